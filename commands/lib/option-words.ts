/**
 * zod's default messages in the command's words: "can be at most 200 characters (this one
 * has 1,000)", never "Too big: expected string to have <=200 characters". Passed to every
 * command's parse, so the one issue formatter prints option names with these sentences;
 * messages a schema wrote itself win over these.
 */
import type { z } from 'zod';

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** The error map for command options. */
export const optionWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? ` (this one has ${issue.input.length.toLocaleString('en-US')})` : '';
        return `can be at most ${count(max, 'character')}${length}`;
      }
      if (issue.origin === 'array') return `can list at most ${max.toLocaleString('en-US')}`;
      return `must be at most ${max.toLocaleString('en-US')}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return `must be at least ${count(min, 'character')} long`;
      if (issue.origin === 'array') return `must list at least ${min.toLocaleString('en-US')}`;
      return `must be at least ${min.toLocaleString('en-US')}`;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      if (issue.expected === 'int') return 'must be a whole number';
      return issue.expected === 'boolean' ? 'must be true or false' : `must be a ${issue.expected}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not in the expected form' : `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown option${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
};
