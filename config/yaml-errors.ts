/** Maps zod issues on a parsed YAML document back to the key and line they came from. */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { formatPath } from '../src/core/zod-issues.js';

/** A parsed YAML file with a way to find the line of a key path. */
export interface YamlSource {
  doc: Document;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML text; syntax errors throw with the file, line and column. */
export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new Error(`${file}: YAML syntax error at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
  }
  return {
    doc,
    lineOf(path) {
      // Walk up the path until a node with a position is found (a missing key has none).
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** "config/greenlight.yml: seed.authorizations.0.status (line 42): Invalid option: ..." */
export function describeIssues(issues: readonly z.core.$ZodIssue[], source: YamlSource, file: string): string {
  return issues
    .slice(0, 10)
    .map((issue) => {
      const key = formatPath(issue.path) || '(top level)';
      const line = source.lineOf(issue.path);
      return `${file}: ${key}${line ? ` (line ${line})` : ''}: ${issue.message}`;
    })
    .join('\n');
}
