/**
 * A grant says whose approval it is. One the body tells with no holder named, in an item about
 * something else, is background; the headline's own grant and an authority's own statement stay.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('grants with no holder named', () => {
  it('reads a background line in a results story as no grant, and says why', () => {
    const x = read(
      'Acme Robotics posts record quarter on warehouse demand',
      'Acme said orders rose 40%. China has approved imports of Nvidia H200 chips this year, the report noted.',
    );
    expect(x.candidates).toEqual([]);
    expect(x.notes).toContain('"approved": an approval with no holder named');
  });

  it('reads "has let some companies import" in a story about an office as no grant', () => {
    expect(
      briefs(
        'Lumen Labs opens Suzhou design centre',
        "The lab will hire 200 engineers. Beijing, meanwhile, has let some companies import Nvidia's H200 processors.",
      ),
    ).toEqual([]);
  });

  it("keeps the ministry's own statement that it approved applications, though it names no firm", () => {
    expect(
      briefs(
        'Commerce ministry briefing, Thursday',
        'A spokesperson said the ministry had approved H200 import applications submitted by enterprises in accordance with the law.',
      ),
    ).toEqual(['grant/official mofcom [] h200']);
  });

  it('keeps the holders a grant names', () => {
    expect(briefs('Lumen Labs opens Suzhou design centre', 'Beijing has approved H200 imports for Tencent, the report said.')).toEqual([
      'grant/reported mofcom [tencent] h200',
    ]);
  });
});
