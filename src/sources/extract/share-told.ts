/**
 * "ByteDance gets the biggest slice of China's H200 quota … has been allotted 180,000 under the quota China granted to
 * it, Alibaba and Tencent": a headline telling one member's share of a grant, and a sentence giving that share's figure
 * beside the whole group, are one telling: the member's share, with the figure as its allocation.
 */
import type { CandidateEvent } from './candidate.js';
import { namesGroup } from './tellings.js';

const SHARE_WORDS = /^(?:share|slice|portion)\s+of\b/i;

/** Folds a group telling with a figure into the figure-less share its headline tells of one of its holders. */
export function shareTold(cands: CandidateEvent[]): void {
  // (Over a copy: a telling folded in leaves the list.)
  for (const share of [...cands]) {
    if (!cands.includes(share) || share.kind !== 'grant' || share.quantity || share.holders.length !== 1 || !SHARE_WORDS.test(share.trigger)) continue;
    const member = share.holders[0]!.value;
    const whole = cands.find(
      (o) =>
        o !== share &&
        o.kind === 'grant' &&
        // (Or the body's figure already read as that member's allocation: "Tencent's portion … comes to 150,000".)
        ((o.quantity?.role === 'quota' && o.holders.length > 1) || (o.quantity?.role === 'allocation' && o.quantity.holder === member)) &&
        o.holders.some((h) => h.value === member) &&
        o.item?.value === share.item?.value &&
        (!o.authority || !share.authority || o.authority.value === share.authority.value),
    );
    if (!whole) continue;
    share.quantity = { ...whole.quantity!, role: 'allocation', holder: member };
    if (!share.authority && whole.authority) share.authority = whole.authority;
    cands.splice(cands.indexOf(whole), 1);
  }
}

/**
 * "Of the H200s Beijing cleared ByteDance, Alibaba and Tencent to import together, Alibaba's portion is …": a grant whose
 * figure is one named holder's allocation is that holder's news; the others are named only to say whose quota it is part of.
 */
export function allocationHolderOnly(cands: CandidateEvent[], text: string): void {
  for (const c of cands) {
    const member = c.quantity?.role === 'allocation' ? c.quantity.holder : undefined;
    if (c.kind !== 'grant' || !member || c.holders.length < 2) continue;
    const own = c.holders.find((h) => h.value === member);
    // (三家合计额度: a word for the group, standing for its first holder, names the group, not that holder.)
    // (Read in the item's text, as groupPhraseHolders does: scanning the words alone would drop the text's phrase index.)
    if (!own || namesGroup(text, own.words)) continue;
    c.holders = [own];
  }
}
