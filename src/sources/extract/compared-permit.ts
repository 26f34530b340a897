/**
 * A figure named only as the permission another figure is measured against: "ordered 300,000, more than its approved
 * quota of 200,000", "above its 200,000-chip quota", 超过其20万颗的获批额度. The quota is the yardstick, not news.
 */

// A comparison word, then the holder's ("more than its", "above their"), and the quota's nouns.
const COMPARED = String.raw`\b(?:more than|exceed(?:s|ed|ing)?|above|beyond|over|below|under|less than|short of|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|pass(?:es|ed|ing)?|top(?:s|ped|ping)?|within)\s+(?:its|their|the|his|her)\s+`;
const QUOTA_NOUN = String.raw`(?:import\s+|purchase\s+)?(?:quota|allowance|allotment|ceiling|cap|limit|allocation)`;
// (The quota named before the figure: "more than its approved quota of".)
const QUOTA_OF_BEFORE = new RegExp(
  String.raw`${COMPARED}(?:(?:approved|permitted|licensed|allotted|allowed|authori[sz]ed|cleared|granted|original|current|existing|initial)\s+)?${QUOTA_NOUN}\s+of\s+(?:(?:about|around|roughly|some|nearly|just|over|more than|fewer than|up to)\s+)*$`,
  'iu',
);
// (Or the figure opening the quota's noun phrase: "above its 200,000-chip quota".)
const COMPARED_BEFORE = new RegExp(`${COMPARED}$`, 'iu');
const QUOTA_AFTER = new RegExp(String.raw`^(?:[\s-]*(?:chip|unit|H200))?[\s-]*${QUOTA_NOUN}\b`, 'iu');
const ZH_COMPARED_BEFORE = /(?:超过|超出|高于|低于|多于|少于|不足)了?(?:其|该公司|公司|此前)?(?:获批的?|核准的?)?\s*$/u;
const ZH_QUOTA_AFTER = /^[颗片块枚台]?的?(?:获批|核准|批准|进口|采购)?(?:额度|配额|上限)/u;

/** True when the figure at [index, end) is a quota another figure is measured against. */
export function comparedWithPermit(text: string, q: { index: number; end: number }): boolean {
  const before = text.slice(Math.max(0, q.index - 70), q.index);
  const after = text.slice(q.end, q.end + 20);
  return (
    QUOTA_OF_BEFORE.test(before) || (COMPARED_BEFORE.test(before) && QUOTA_AFTER.test(after)) || (ZH_COMPARED_BEFORE.test(before) && ZH_QUOTA_AFTER.test(after))
  );
}
