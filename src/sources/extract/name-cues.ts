/**
 * What unknown-names.ts reads names with besides its patterns: the words that rule a name's head out, and the
 * characters or words each pattern cannot match without (tested first, so that most sentences skip most patterns).
 */
import { covered } from './hit-ranges.js';

/** The last word of a unit's name ("Harbour Logistics Arm"): its parent is the firm. */
export const UNIT_HEAD = /^(?:arm|unit|subsidiary|division|affiliate)$/i;
/** A description's last word ("Anhui Compute Renter"): no name. */
export const DESCRIPTION_HEAD =
  /^(?:renters?|firms?|company|companies|start-?ups?|makers?|developers?|providers?|operators?|buyers?|importers?|customers?|units?|arms?|subsidiary|lenders?|insurers?)$/i;
/**
 * "Approve a Second Round of H200 Imports", "Reject About Five H200 Import Bids": words that count rounds, batches or
 * requests open no firm's name.
 */
export const COUNTING_WORD =
  /^(?:First|Second|Third|Fourth|Fifth|Next|Another|New|More|Further|Extra|Additional|Fresh|Round|Batch|Wave|Tranche|About|Around|Roughly|Some|Over|Nearly|Almost|Several|Dozens?|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Hundreds|Thousands|Many|Most|All)$/u;

/** A span of text. */
type Span = { index: number; end: number };

const HAN = /\p{Script=Han}/u;
// No character of the Han script lies below U+2E80: a simple range rules most Latin text out before the script's table.
const ABOVE_LATIN = /[^\0-\u2e7f]/u;

/** Whether a string holds a Chinese character. */
export function hasHan(s: string): boolean {
  return ABOVE_LATIN.test(s) && HAN.test(s);
}

/** Whether a span overlaps a name known before or found already (covered on both, without joining them on each test). */
export function taken(index: number, end: number, known: readonly Span[], out: readonly Span[]): boolean {
  return covered(index, end, known) || covered(index, end, out);
}

/** What every English pattern needs: a lower-case letter. */
export const LOWER_LATIN = /[a-z]/u;
/**
 * Words EN_GRANTED_TO, REPORTED_CLAUSE and EN_ASKED_BY cannot match without, and the possessive CAPS_POSSESSOR needs.
 * (A literal alternation tests faster than a run of includes on the two-byte strings Chinese text gives.)
 */
export const GRANT_WORDS = /granted|issued|given|awarded/u;
export const REPORT_WORDS = /that|show|reveal/u;
export const ASK_WORDS = /application|request|bid/u;
export const CAPS_POSSESSIVE = /'S|’S/u;
/** How every match of CAPS_SUBJECT opens. */
export const CAPS_OPENING = /^\W{0,3}[A-Z][A-Z0-9&.'-]/u;
