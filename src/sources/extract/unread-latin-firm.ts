/**
 * "Beijing grants Nuoqi Digital roughly 3,100 H200s", "Beijing Freezes Minglan's H200 Permit", "Forecaster Guanghao Weather
 * Is Said to Be Cleared for…": the firm an English report of a Chinese decision names where no pattern read it, as the
 * object of the decision, the owner of the permit or the subject of the headline, past what kind of firm it is.
 */
import { afterFirmKind } from './after-firm-kind.js';
import { EN_NOT_NAME, genericLatinName, PLACE_FIRST } from './untracked-party.js';

// (aiBank, eHi: a name may open in lower case before a capital.)
const WORD = String.raw`(?:[A-Z][\p{L}\p{N}&.-]*|[a-z]{1,3}[A-Z][\p{L}\p{N}]*|AI)`;
/** A run of capitalised words (a name, or a name after what kind of firm it is), as regex source with one group. */
export const RUN = String.raw`(${WORD}(?:\s+(?:${WORD}|&))*)`;
// Decisions and what befalls a permit, in a headline's capitals or not.
const DECIDES = String.raw`(?:[Aa]pproves?|[Cc]lears?|[Gg]rants?|[Ll]ets|[Aa]llows?|[Ss]igns?\s+[Oo]ff\s+[Oo]n|[Ff]reezes|[Ss]uspends?|[Hh]alts?|[Rr]evokes?|[Ss]trips?|[Pp]ulls?|[Rr]efuses?|[Rr]ejects?|[Dd]enies|[Bb]locks?|[Tt]ells)`;
// "Beijing grants Nuoqi Digital", "clears digital lender aiBank": the firm a decision acts on (lower-case words may describe it).
// ("clears a Jilin juice maker": after an article the capitals open a description, not a name.)
const OBJECT = new RegExp(String.raw`\b${DECIDES}\s+(?!(?:a|an|one)\s)(?:[a-z][\p{L}-]*\s+){0,3}${RUN}`, 'u');
// "Minglan's H200 Permit", "Tianjin Printronics' H200 Permit": the firm whose permission it is.
const OWNER = new RegExp(
  String.raw`${RUN}(?:'s|’s|'|’)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:[Pp]ermits?|[Ll]icen[cs]es?|[Aa]pprovals?|[Cc]learances?|[Ii]mports?|[Rr]equests?|[Aa]pplications?|[Bb]ids?)\b`,
  'u',
);
// "Guanghao Weather Is Said to Be Cleared", "Longyang Electronics Denied H200 Import Permit": a headline's subject.
const SUBJECT = new RegExp(
  String.raw`^${RUN}\s+(?:(?:[Ii]s|[Ww]as|[Hh]as\s+[Bb]een)\s+)?(?:[Ss]aid\s+[Tt]o\s+(?:[Bb]e\s+|[Hh]ave\s+)?)?(?:[Ww]ins?|[Gg]ets?|[Ss]ecures?|[Oo]btains?|[Rr]eceives?|[Ll]ands?|[Cc]leared|[Aa]pproved|[Dd]enied|[Rr]efused|[Rr]ejected|[Ll]oses?|[Ll]ose)\b`,
  'u',
);
// Capitalised words that are a headline's verbs, links or the story's own names, not a firm's.
const STOP =
  /^(?:Approves?|Clears?|Grants?|Lets|Allows?|Signs?|Off|On|Freezes|Suspends?|Halts?|Revokes?|Strips?|Pulls?|Refuses?|Rejects?|Denies|Blocks?|Tells|Puts?|Is|Was|Said|Says|To|Of|For|In|As|At|And|Or|Over|After|Amid|With|From|By|Its|Their|His|Her|The|A|An|China|Chinese|US|Commerce|Ministry|Regulators?|Officials?|Nvidia|H\d+|Import|Imports|Permit|Licen[cs]e|Approval|Exclusive|Update|Breaking|Another|More|Second|First|Third|New|Further|Some|Two|Three|Four|Five|Dozens?|Batch|Round|Firms?|Companies|[A-Z][a-z]+ly)$/u;

// The last word of a description, not a name ("Anhui Compute Renter", "Sensor Maker").
const DESCRIBED =
  /^(?:[A-Za-z]*(?:maker|renter|landlord|lessor|broker|trader|dealer|reseller|distributor|contractor|builder|operator|provider|developer|supplier|vendor|producer|firm|company|startup|start-up|lender|insurer|miner|group|platform|unit|arm|subsidiary))$/iu;
// "Guanghao Weather Is Said": the verb's own words closing a headline's subject.
const TRAILING_STOPS = /(?:\s+(?:Is|Was|Has|Been|Said))+$/u;
// "Forecaster Guanghao Weather": a word naming what the firm does, opening the run before its name.
const DOER = /^[A-Z][a-z]+(?:er|or)$/u;

/**
 * The words of `run` that may be a firm's name: the first stretch without a stop word after a decision (`first`), else the
 * last one; past a kind of firm.
 */
function nameIn(run: string, first: boolean, subject: boolean): string | undefined {
  const stretches = run
    .split(/\s+/)
    .reduce<string[][]>((acc, w) => (STOP.test(w) ? [...acc, []] : (acc.at(-1)!.push(w), acc)), [[]])
    .filter((s) => s.length);
  // ("Halts Some Newly Cleared H200 Importers": a decision on firms counted or described names none; "China Halts Some
  // Newly Cleared": nor does a headline's subject with a verb inside.)
  if (first && STOP.test(run.split(/\s+/)[0]!)) return undefined;
  if (
    subject &&
    run
      .replace(TRAILING_STOPS, '')
      .split(/\s+/)
      .some((w) => STOP.test(w))
  )
    return undefined;
  const words = (first ? stretches[0] : stretches.at(-1)) ?? [];
  const kindless = afterFirmKind(words.join(' ')).split(/\s+/);
  const [head, ...tail] = kindless.length > 1 && DOER.test(kindless[0]!) ? kindless.slice(1) : kindless;
  if (!head) return undefined;
  // A place alone, or a generic word opening the run, names no firm ("Beijing", "Tech Firm").
  if (PLACE_FIRST.test(head) ? !tail.length : EN_NOT_NAME.test(head)) return undefined;
  const name = [head, ...tail].join(' ');
  // ("Anhui Compute Renter's H200 Import Licence": a description ending in a kind of firm is no name.)
  return genericLatinName(name) || DESCRIBED.test(name.split(/\s+/).at(-1)!) ? undefined : name;
}

/** The firm one sentence of an English report names as a decision's object, a permit's owner or a headline's subject. */
export function latinFirmIn(sentence: string): string | undefined {
  for (const pattern of [OBJECT, OWNER, SUBJECT]) {
    const run = pattern.exec(sentence)?.[1];
    const name = run && nameIn(run, pattern === OBJECT, pattern === SUBJECT);
    if (name) return name;
  }
  return undefined;
}

// "clears a Guiyang GPU landlord for…", "revokes the permit of a Shenzhen compute renter": one firm described, not named.
const KIND_OF_FIRM = String.raw`(?:firm|company|maker|renter|landlord|operator|provider|developer|start-?up|lender|insurer|miner|supplier|contractor|builder|broker|hospital|bank|producer|manufacturer|distributor)`;
const DESCRIBED_OBJECT = new RegExp(
  String.raw`\b(?:${DECIDES}|[Pp]ermits?\s+(?:of|held\s+by|granted\s+to)|[Ll]icen[cs]es?\s+(?:of|held\s+by|granted\s+to))\s+(?:a|an|one)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?${KIND_OF_FIRM})\b`,
  'u',
);

/** One firm a decision in an English sentence acts on, described rather than named ("a Guiyang GPU landlord"). */
export function latinDescribedFirmIn(sentence: string): string | undefined {
  return DESCRIBED_OBJECT.exec(sentence)?.[1];
}

/** The firm's name a run of capitals opening a sentence holds, past what kind of firm it is; none for a generic run. */
export function subjectName(run: string): string | undefined {
  return nameIn(run, false, true);
}
