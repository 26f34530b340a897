/**
 * Columns known by their label or byline: a column's name opening the headline ("Lex:", "Heard on
 * the Street"), a genre label opening the summary ("Column:", "Opinion:"), 评论： in a Chinese
 * headline, or the column naming itself as the one arguing ("this column argues", "writes our
 * markets editor", 文章认为). Each retells an approval to argue about it, and tells no event.
 * Reports that merely quote an analyst, or file from a correspondent, are still news.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

/** The kinds an item tells, and whether it was set aside as opinion. */
function reading(title: string, summary: string): { kinds: string[]; opinion: boolean } {
  const r = read(title, summary);
  return { kinds: r.candidates.map((c) => c.kind), opinion: r.notes.some((n) => n.startsWith('opinion')) };
}

const column = { kinds: [], opinion: true };

describe('a column named in its headline', () => {
  it('reads a headline opening with "Lex:" as a column', () => {
    expect(
      reading(
        "Lex: Tencent's H200 approval comes with a hidden price",
        "Beijing has approved Tencent's import of Nvidia H200 chips, and the terms will cost it dearly.",
      ),
    ).toEqual(column);
  });

  it('reads a headline opening with "Heard on the Street" as a column', () => {
    expect(
      reading(
        "Heard on the Street: Tencent's H200 approval is smaller than it looks",
        'Tencent won approval to import Nvidia H200 chips, but the quota will barely cover its existing clusters.',
      ),
    ).toEqual(column);
  });

  it('reads 评论： in a Chinese headline as a column', () => {
    expect(reading('某日报评论：阿里巴巴H200进口获批之后', '商务部批准阿里巴巴进口英伟达H200芯片，国产算力仍需加快追赶。')).toEqual(column);
  });
});

describe('a genre label opening the summary', () => {
  it('reads a summary opening with "Column:" as a column', () => {
    expect(
      reading(
        "Alibaba's H200 approval comes with a hidden price",
        "Column: Beijing approved Alibaba's import of Nvidia H200 chips this week, and the terms will cost it dearly.",
      ),
    ).toEqual(column);
  });

  it('reads a summary opening with "Opinion:" as a column', () => {
    expect(
      reading(
        "Beijing's H200 nod for ByteDance is a trap",
        "Opinion: China approved ByteDance's H200 imports, but the conditions bind the company to local accelerators for years.",
      ),
    ).toEqual(column);
  });

  it('still reads a grant when "column:" stands inside the summary, not opening it', () => {
    expect(
      reading(
        "China approves Alibaba's import of Nvidia H200 chips",
        'The ministry approved Alibaba’s application; the chips are listed in its allocation column: 20,000 Nvidia H200s.',
      ).kinds,
    ).toContain('grant');
  });
});

describe('the column naming itself as the one arguing', () => {
  it('reads "writes our … editor" as a column', () => {
    expect(
      reading(
        "ByteDance's H200 approval buys time, not independence",
        "Beijing approved ByteDance's H200 purchase with strings attached, writes our Asia technology editor.",
      ),
    ).toEqual(column);
  });

  it('reads "this column argues" as a column', () => {
    expect(
      reading(
        "ByteDance's H200 approval buys time, not independence",
        "Beijing approved ByteDance's H200 purchase this week, but the real winner is the domestic chip industry, this column argues.",
      ),
    ).toEqual(column);
  });

  it('reads 文章认为 as a column', () => {
    expect(reading('阿里巴巴获批进口H200，国产算力更不能松劲', '文章认为，商务部批准阿里巴巴进口英伟达H200芯片只是权宜之计，国产芯片仍需加快迭代。')).toEqual(
      column,
    );
  });
});

describe('still news', () => {
  it('still reads a grant an analyst is quoted on ("an analyst at Jefferies said")', () => {
    expect(
      reading(
        "China approves Alibaba's import of Nvidia H200 chips",
        "The commerce ministry approved Alibaba's application to import Nvidia H200 chips, an analyst at Jefferies said, adding that the approval came sooner than expected.",
      ),
    ).toEqual({ kinds: ['grant'], opinion: false });
  });

  it("still reads a grant filed by the outlet's correspondent", () => {
    expect(
      reading(
        "China approves Alibaba's import of Nvidia H200 chips",
        "The commerce ministry approved Alibaba's application to import H200 chips, writes our Beijing correspondent.",
      ),
    ).toEqual({ kinds: ['grant'], opinion: false });
  });

  it('still reads a Chinese grant that analysts comment on (分析人士指出)', () => {
    expect(reading('商务部批准阿里巴巴进口英伟达H200芯片', '分析人士指出，商务部已批准阿里巴巴进口英伟达H200芯片，审批速度快于市场预期。')).toEqual({
      kinds: ['grant'],
      opinion: false,
    });
  });
});
