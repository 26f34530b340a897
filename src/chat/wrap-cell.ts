/**
 * Table cells in fixed-width text (the shell, Discord code blocks): a long cell continues on
 * the next lines of its column, broken between words, never cut. Shared so that every
 * platform's tables read the same.
 */

// Inside a word longer than a line (a link), these are the places a reader expects a break.
const SOFT_BREAK = /[/?&=#_.-]/;

/** Splits one word longer than `width` into pieces, after a slash, dash or dot where there is one. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > width) {
    let cut = -1;
    for (let i = width; i > width / 2; i--) {
      if (SOFT_BREAK.test(rest[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = width;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** Splits a cell into lines of at most `width`, breaking between words (a word longer than the line breaks at a slash, dash or dot). */
export function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const pieces = word.length > width ? breakWord(word, width) : [word];
    for (const [k, piece] of pieces.entries()) {
      if (k > 0 || (current && current.length + 1 + piece.length > width)) {
        if (current || k > 0) lines.push(current);
        current = piece;
      } else current = current ? `${current} ${piece}` : piece;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * The width of a column: its longest cell, at most `max`, but wide enough for its longest
 * word up to `maxWord`, so that words are not broken where a little more room keeps them whole.
 */
export function columnWidth(cells: readonly string[], max: number, maxWord = max): number {
  const longest = Math.max(0, ...cells.map((c) => c.length));
  const word = Math.max(0, ...cells.flatMap((c) => c.split(' ').map((w) => w.length)));
  return Math.max(Math.min(longest, max), Math.min(word, maxWord));
}

/** A row as lines: each cell wrapped to its column, padded, columns two spaces apart. */
export function wrapRow(cells: readonly string[], widths: readonly number[]): string[] {
  const wrapped = widths.map((w, i) => wrapCell(cells[i] ?? '', w));
  const height = Math.max(1, ...wrapped.map((c) => c.length));
  return Array.from({ length: height }, (_, k) =>
    wrapped
      .map((c, i) => (c[k] ?? '').padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
