/** Slack file references for `import file:`: the id is found in every form a person may paste. */
import { describe, expect, it } from 'vitest';
import { slackFileId } from '../../../../src/platforms/slack/files.js';

describe('slackFileId', () => {
  it.each([
    ['F0123ABCD', 'F0123ABCD'],
    ['https://acme.slack.com/files/U0AB12CD3/F0123ABCD/backup.json', 'F0123ABCD'],
    ['<https://acme.slack.com/files/U0AB12CD3/F0123ABCD/backup.json>', 'F0123ABCD'],
    ['https://files.slack.com/files-pri/T0AB12-F0123ABCD/backup.json', 'F0123ABCD'],
    ['https://acme.slack.com/archives/C1/p123?file=F0123ABCD', 'F0123ABCD'],
  ])('finds the id in %s', (reference, id) => {
    expect(slackFileId(reference)).toBe(id);
  });

  it.each(['backup.json', 'https://example.com/FILES/backup.json', 'F12'])('finds none in %s', (reference) => {
    expect(slackFileId(reference)).toBeUndefined();
  });
});
