/**
 * Makes text that came from outside (feeds, webhooks, admins' typing) safe to show on any
 * platform, before each platform escapes it for its own markup (`cleanOutsideText`):
 * - invisible and direction-changing characters go: C0/C1 controls (tabs and newlines stay
 *   in bodies), terminal escape sequences, bidi embeddings, overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), zero-width and other
 *   invisible format characters. A title can then neither display reversed nor hide words;
 * - `@everyone`, `@here` and `@channel` get a zero-width joiner after the `@`, so they can
 *   never notify anyone, whatever the platform or a later copy does with the text.
 * The result is stable: cleaning clean text changes nothing.
 */

/** `line`: labels and titles (line breaks and tabs become spaces); `block`: bodies. */
export type OutsideTextMode = 'line' | 'block';

const ZWJ = '\u200D';

// ANSI/VT sequences (CSI, OSC, and two-character ESC sequences) go whole, not just the ESC.
// eslint-disable-next-line no-control-regex
const TERMINAL_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g;
// Line separators of every kind become \n.
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
/**
 * Removed outright: C0 controls but tab and newline; DEL and C1; bidi marks, embeddings,
 * overrides and isolates; zero-width space, word joiner and invisible operators; BOM;
 * soft hyphen; Mongolian vowel separator; Hangul fillers; interlinear annotation marks;
 * deprecated format characters; invisible musical formatting.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}]/gu;
// Tag characters are invisible, except inside an emoji flag sequence (🏴 + tags + cancel tag).
const TAGS = /\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}|[\u{e0000}-\u{e007f}]/gu;
// Joiners are needed inside emoji sequences and by scripts that shape letters (Arabic,
// Indic, …); anywhere else they only hide things, e.g. between Latin letters or after `@`.
const JOINER = /[\u200c\u200d]/g;
const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const PLAIN_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]$/u;
const BROADCAST = /@(everyone|here|channel)/gi;
const PRINTABLE_ASCII = /^[\x20-\x7e\t\n]*$/;

function charBefore(text: string, at: number): string {
  if (at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!)) return text.slice(at - 2, at);
  return text[at - 1] ?? '';
}

function keepJoiner(joiner: string, text: string, at: number): boolean {
  const prev = charBefore(text, at);
  const next = at + 1 < text.length ? String.fromCodePoint(text.codePointAt(at + 1)!) : '';
  if (joiner === ZWJ && EMOJI.test(prev) && EMOJI.test(next)) return true;
  const shapes = (ch: string) => LETTER.test(ch) && !PLAIN_SCRIPT.test(ch);
  return shapes(prev) && shapes(next);
}

/**
 * The sanitiser alone: invisible and direction-changing characters removed, line breaks
 * normalised (and, for `line`, turned into spaces). Used where outside text enters the
 * neutral reply/alert model, which keeps mentions as written for the renderers to handle.
 */
export function stripInvisible(text: string, mode: OutsideTextMode = 'block'): string {
  // Most text is printable ASCII: nothing to strip (renderers call this for every string).
  if (PRINTABLE_ASCII.test(text)) return mode === 'line' ? text.replace(/[\t\n]+/g, ' ') : text;
  let out = text.replace(TERMINAL_SEQUENCE, '').replace(LINE_BREAK, '\n').replace(INVISIBLE, '');
  out = out.replace(TAGS, (m) => (m.codePointAt(0) === 0x1f3f4 ? m : ''));
  out = out.replace(JOINER, (ch: string, at: number, all: string) => (keepJoiner(ch, all, at) ? ch : ''));
  return mode === 'line' ? out.replace(/[\t\n]+/g, ' ') : out;
}

/** Outside text made safe to show: stripInvisible, then broadcast mentions broken (renderers use this). */
export function cleanOutsideText(text: string, mode: OutsideTextMode = 'block'): string {
  return stripInvisible(text, mode).replace(BROADCAST, `@${ZWJ}$1`);
}

/** A label or title, cleaned to one line. */
export function cleanOutsideLine(text: string): string {
  return cleanOutsideText(text, 'line');
}
