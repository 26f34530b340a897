/**
 * "Hold" as a cue for goods in stock: only the seller's own chips are its stock. A share of a
 * permission held ("holds about 120,000 of the joint allowance", "holds the biggest slice of the
 * quota"), a permission held ("the quota it holds jointly", "holds the ministry's consent"), a
 * buyer's chips or a buyer's site ("Volcano Engine now holds 100,000", "the Gansu site now holds"),
 * what machines hold, and a firm's legal name ("Alibaba Group Holding") are no stock figure.
 * Patterns only; assignRoles applies them to each inventory cue.
 */
import type { Hit } from './phrase-index.js';
import type { Named } from './named.js';

const HOLD_CUE = /^(?:hold|holds|held|holdings?|still holds|持有)$/i;

// Nouns naming a permission, or a part of one.
const PERMIT = String.raw`(?:go-ahead|approvals?|licen[cs]es?|permits?|clearances?|nods?|permissions?|consent|sign-?offs?|quotas?|allowances?|allotments?|ceilings?)`;

// A word of a noun phrase: no figure, and no word that starts a clause or a phrase of its own ("holds 600,000 H200s awaiting
// licences": the licences are the buyers' to come, the chips are stock).
const WORD = String.raw`(?!(?:awaiting|waiting|pending|for|with|under|on|in|without|before|after|until|when|while|as|since|once|if|because|that|which|to|ahead|and|or)\s)(?![\d.,]+\s)[\p{L}\p{N}.'’-]+\s+`;
// "holds a commerce-ministry go-ahead for 1,930 H200s", "holds the commerce ministry's permission", "jointly held Nvidia Corp.
// H200 import quota", "holds the biggest slice of the group quota": a permission, or a part of one, is held.
const HELD_PERMIT_AFTER = new RegExp(String.raw`^\s+(?:(?:an?|the|its|their)\s+)?(?:${WORD}){0,4}?(?:${PERMIT}|(?:slice|share|portion|part|cut)\s+of)\b`, 'iu');

// "the import quota it holds jointly", "the approval that ByteDance, Alibaba and Tencent hold jointly": a permission held.
const QUOTA_HELD = new RegExp(
  String.raw`(?:${PERMIT}|allocations?|配额|额度|许可)\s+(?:(?:(?:that|which)\s+[^.;:!?]{0,40}?)|(?:(?:it|they|the (?:three|firms|companies|group))\s+)?(?:\w+\s+)?)$`,
  'iu',
);

// "holds about 130,000 of the H200s China cleared for three firms", "holds some 200K of China's H200 import quota", "holds
// roughly 136,900 of the chips in the three-way approval", "holds no fewer than 143,000 of the trio's chips": a share of what
// was approved, or of a group's whole, not stock.
const FIGURE = String.raw`^\s+(?:[\p{L}]+\s+){0,3}?[\d.,]+\s*(?:k|mn|million|thousand)?\s+(?:[\p{L}\p{N}-]+\s+){0,2}?of\s+`;
const SHARE_OF_APPROVED = new RegExp(
  FIGURE +
    String.raw`(?:the\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?(?:Beijing|China|the ministry|regulators|the government|(?:the\s+)?Chinese authorities|authorities)\s+(?:has\s+|had\s+)?(?:cleared|let|approved|allowed|authori[sz]ed|granted|green-?lit)\b` +
    String.raw`|(?:the|its|their|\p{L}+['’]s)\s+(?:${WORD}){0,4}?(?:(?:in|under)\s+(?:the|its|their)\s+(?:${WORD}){0,3}?)?${PERMIT}\b` +
    String.raw`|the\s+(?:trio|three|big three|group|platforms|firms|companies)['’]s?\s)`,
  'iu',
);

// "48 servers holding 384 H200 processors": what the machines hold is their make-up, not stock.
const MACHINES_HOLD = /\b(?:servers?|machines?|systems?|racks?|nodes?|boxes|cabinets?|clusters?)\s+$/i;

// "the Gansu site now holds", "Wulanchabu halls now hold", "a Shenzhen distributor had been holding": a buyer's site or a
// reseller holds chips already delivered or bought, not the seller's stock.
const SITE_BEFORE =
  /\b(?:sites?|halls?|campus(?:es)?|data[- ]?cent(?:re|er)s?|facilit(?:y|ies)|distributors?|resellers?|dealers?)\s+(?:(?:now|still|currently|already|also|is|are|was|were|said|to|has|have|had|been|reportedly)\s+)*$/i;
// Between a buyer's name and the cue: "Volcano Engine now holds", "Tencent is said to hold".
const SUBJECT_GAP = /^(?:\s+(?:now|still|currently|already|also|is|are|was|were|said|to|has|have|had|been|reportedly))*\s+$/i;

// "Alibaba Group Holding is set to receive", "Tencent Holdings has…": a capitalised Holding after a capitalised name is part
// of the name, unless a figure follows ("Tencent Holding About 120,000 …" in a title-case headline).
const NAME_BEFORE = /\p{Lu}[\p{L}&.-]*\s+$/u;
const FIGURE_AFTER = /^\s+(?:about|around|roughly|some|nearly|almost|close|near|at|over|more|up|fewer|under|less|just|no|\d)/i;

/**
 * Whether an inventory cue hit (a form of "hold") says nothing about the seller's stock.
 * `sentenceStart` bounds the words looked at before the cue; `buyers` are the named parties of
 * the sentence other than the seller.
 */
export function heldNotStock(text: string, hit: Hit, sentenceStart: number, buyers: readonly Named[]): boolean {
  if (!HOLD_CUE.test(hit.words)) return false;
  const before = (n: number) => text.slice(Math.max(sentenceStart, hit.index - n), hit.index);
  const after = (n: number) => text.slice(hit.end, hit.end + n);
  return (
    (/^Holdings?$/.test(hit.words) && NAME_BEFORE.test(before(24)) && !FIGURE_AFTER.test(after(12))) ||
    // 验放持有进口许可的H200芯片: goods said to hold a permission are described by it.
    /^[^，。；,;]{0,4}?(?:许可|批文|批准|牌照)/u.test(after(10)) ||
    HELD_PERMIT_AFTER.test(after(70)) ||
    QUOTA_HELD.test(before(70)) ||
    SHARE_OF_APPROVED.test(after(110)) ||
    MACHINES_HOLD.test(before(12)) ||
    SITE_BEFORE.test(before(60)) ||
    buyers.some((b) => !b.generic && b.end <= hit.index && b.index >= sentenceStart && SUBJECT_GAP.test(text.slice(b.end, hit.index)))
  );
}
