import { describe, expect, it } from 'vitest';
import { cleanOutsideLine, cleanOutsideText, stripInvisible } from '../../../src/chat/outside-text.js';

describe('cleanOutsideText', () => {
  it('removes direction overrides, isolates, marks, zero-width characters and controls', () => {
    expect(cleanOutsideText('abc\u202Efdp.exe\u202C')).toBe('abcfdp.exe');
    expect(cleanOutsideText('\u2066iso\u2069 \u200Fx\u200E \u061Cy')).toBe('iso x y');
    expect(cleanOutsideText('Nv\u200Bidia H\u200D200 approval\u2060\uFEFF')).toBe('Nvidia H200 approval');
    expect(cleanOutsideText('bell\u0007 \u001b[31mred\u001b[0m \u0085next')).toBe('bell red \nnext');
  });

  it('keeps newlines and tabs in bodies and folds them in lines', () => {
    expect(cleanOutsideText('a\r\nb\u2028c\td')).toBe('a\nb\nc\td');
    expect(cleanOutsideLine('a\r\nb\u2028c\td')).toBe('a b c d');
  });

  it('keeps what legitimate text needs: emoji sequences, flags, joiners in shaping scripts', () => {
    for (const text of ['👩‍❤️‍👨 👩🏽‍💻 🏳️‍🌈', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'می‌خواهم', 'क्‍ष', 'Ünïcödé ‹text› — “quoted”']) expect(cleanOutsideText(text)).toBe(text);
  });

  it('breaks broadcast mentions, including ones hidden by a zero-width character, and is stable', () => {
    const once = cleanOutsideText('@here @every\u200Bone @Channel bob@example.com');
    expect(once).toBe('@\u200Dhere @\u200Deveryone @\u200DChannel bob@example.com');
    expect(cleanOutsideText(once)).toBe(once);
  });

  it('stripInvisible leaves mentions as written (the neutral model keeps them for the renderers)', () => {
    expect(stripInvisible('@every\u200Bone \u202Ex')).toBe('@everyone x');
  });
});
