/**
 * Turns JSON parse failures into one-line descriptions an operator can act on: where in
 * the file, and what is wrong (zod issues: src/core/zod-issues.ts).
 */
/**
 * Describes a JSON.parse failure of `text` as `line L column C: <message>`. V8 reports
 * only a character position, which is useless in a large file.
 */
export function describeJsonError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line} column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}
