/**
 * When two tellings are one event. A story key (see `storyKey`) names the item, the parties,
 * what happened, the direction and the rounded quantity; outlets word the same event
 * differently, hedge it or not, name the group or one member, give the figure or leave it
 * out, so keys are compared by meaning rather than as strings:
 * - the same item and the same kind of event (a grant with a quota and a "report" of a grant
 *   are one kind; a proposed and an agreed condition are not);
 * - the same certainty class: hedged, reported and firm tellings are one story, while an
 *   official statement is a story of its own (it confirms the reports) and so is a denial;
 * - compatible directions (one may be unknown);
 * - compatible parties (see partiesFit); a story is every telling that joined it, so once
 *   one telling named its holders, a telling naming other holders is another story;
 * - compatible quantities: both within 10% of each other, or one telling without a figure.
 * Titles and wording never enter: the key is built from what extraction read.
 */

/** A story key taken apart. */
export interface StorySignature {
  itemId: string;
  parties: string[];
  /** The kind of event, the same for every wording of it. */
  family: string;
  /** '' (hedged, reported, firm), '!' (official), '~' (denied). */
  mark: string;
  direction: string;
  quantity?: number;
}

const FAMILY: Record<string, string> = {
  approved: 'grant',
  approved_with_conditions: 'grant',
  partially_approved: 'grant',
  denied: 'denial',
  suspended: 'suspension',
  revoked: 'revocation',
  applied: 'application',
};

/** Buyer labels that name nobody in particular. */
const UNNAMED = new Set(['', 'unnamed buyers']);

/** The signature of a key written by `storyKey`; undefined for keys compared only exactly (structured slots, effective dates). */
export function parseKey(key: string): StorySignature | undefined {
  const parts = key.split('|');
  if (parts.length !== 5) return undefined;
  const [itemId, parties, what, direction, quantity] = parts as [string, string, string, string, string];
  if (!itemId || what.startsWith('effective:')) return undefined;
  const markMatch = /[!~]$/.exec(what);
  const mark = markMatch?.[0] ?? '';
  let bare = mark ? what.slice(0, -1) : what;
  if (bare.startsWith('report:')) bare = bare.slice('report:'.length);
  const family = FAMILY[bare] ?? bare;
  const value = Number(quantity);
  return {
    itemId,
    parties: parties.split(',').filter((p) => !UNNAMED.has(p)),
    family,
    mark,
    direction,
    ...(quantity && value > 0 ? { quantity: value } : {}),
  };
}

function closeQuantities(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

/**
 * True when two party lists can name the same event: the same set, one inside the other (a
 * telling that also names a group member in passing), or one telling naming nobody ("more
 * firms", "Chinese buyers"). Disjoint holders are different events even on one record.
 */
export function partiesFit(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((p) => large.includes(p));
}

/** How two signatures relate: the same event, or not. `ignoreQuantity` compares everything but the figure (a corrected item); `ignoreMark` any certainty. */
export function sameEvent(a: StorySignature, b: StorySignature, options: { ignoreQuantity?: boolean; ignoreMark?: boolean } = {}): boolean {
  if (a.itemId !== b.itemId || a.family !== b.family) return false;
  if (!options.ignoreMark && a.mark !== b.mark) return false;
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  if (!options.ignoreQuantity && a.quantity !== undefined && b.quantity !== undefined && !closeQuantities(a.quantity, b.quantity)) return false;
  return partiesFit(a.parties, b.parties) || sameFirmTwoScripts(a, b);
}

/** Undoing decisions: rare enough per firm that a story's window rarely holds two. */
const UNDOING = new Set(['denial', 'suspension', 'revocation']);

/** How long after its last telling a refusal, suspension or revocation of a named firm is still the same story. */
export const UNDOING_STORY_MS = 10 * 24 * 3600_000;

/**
 * True for a refusal, suspension or revocation of firms the telling names: a firm is refused or
 * stopped once, so its own notice days after the wires ("纳睿雷达：收到商务部不予许可通知", four days
 * on) is one more telling, not news; a story window sized for the press's hours would split it.
 */
export function undoingOfNamedFirm(sig: StorySignature): boolean {
  return UNDOING.has(sig.family) && sig.parties.length > 0;
}

/**
 * 硅基流动 (zh-…) and "SiliconFlow": a firm no list knows, named in Chinese by one outlet and
 * in Latin letters by another. For a grant, the same figure (within 10%), or a figure in only one
 * of the tellings, says it is one event; without any figure, two unknown firms stay two stories.
 */
export function sameFirmTwoScripts(a: StorySignature, b: StorySignature): boolean {
  // A refusal, suspension or revocation of a firm no list knows is rare enough that, within a
  // story's window, one told in Chinese and one told in Latin letters are one event even
  // without a figure (常熟银行 and "Jiangsu Changshu Rural Commercial Bank" refused the same week).
  // The cost: two different untracked firms undone in one window, in two scripts, alert once.
  const chinese = (x: StorySignature) => x.parties.length > 0 && x.parties.length <= 2 && x.parties.every((p) => p.startsWith('zh-'));
  const latin = (x: StorySignature) => x.parties.length > 0 && x.parties.length <= 2 && x.parties.every((p) => !p.startsWith('zh-'));
  const crossed = (chinese(a) && latin(b)) || (chinese(b) && latin(a));
  if (crossed && UNDOING.has(a.family) && a.quantity === undefined && b.quantity === undefined) return true;
  // A grant or request told with its figure in one script and without one in the other (迈瑞医疗获准约4000颗, then "Mindray
  // Said to Win Beijing's Nod") is one event: outlets that drop the figure do not make another firm. Two figures must agree.
  if (crossed && (a.quantity === undefined) !== (b.quantity === undefined)) return true;
  if (a.parties.length !== 1 || b.parties.length !== 1 || a.quantity === undefined || b.quantity === undefined) return false;
  const zh = [a.parties[0]!, b.parties[0]!].filter((p) => p.startsWith('zh-')).length;
  return zh === 1 && closeQuantities(a.quantity, b.quantity);
}
