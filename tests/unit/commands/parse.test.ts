import { describe, expect, it } from 'vitest';
import { parseLine, tokenize, UsageError } from '../../../commands/lib/parse.js';
import { storyLedger } from '../../fakes/story-ledger.js';

describe('command line parser', () => {
  it('splits words and key:value options, with quoted values', () => {
    expect(parseLine('/greenlight track edit cn-h200 status:approved note:"in principle, for now" source_title=\'x\'')).toEqual({
      words: ['track', 'edit', 'cn-h200', 'source_title=x'],
      options: { status: 'approved', note: 'in principle, for now' },
    });
    expect(parseLine("greenlight status 'Other Chinese firms'")).toEqual({ words: ['status', 'Other Chinese firms'], options: {} });
    expect(parseLine('/greenlight condition add text:"say \\"no\\" twice"').options.text).toBe('say "no" twice');
    expect(parseLine('/greenlight status "key:looking text"').words).toEqual(['status', 'key:looking text']);
    expect(parseLine('/greenlight history https://example.com/x').words).toEqual(['history', 'https://example.com/x']);
  });

  it('refuses an unclosed quote and a repeated option', () => {
    expect(() => tokenize('status "abc')).toThrow(UsageError);
    expect(() => parseLine('list status:pending status:approved')).toThrow(/given twice/);
  });
});

describe('command invocation errors', () => {
  it('names an unknown option and lists the real ones', async () => {
    const { run } = await storyLedger();
    const { reply } = await run('/greenlight list colour:red');
    expect(reply.severity).toBe('error');
    expect(reply.private).toBe(true);
    expect(reply.text).toContain('Unknown option `colour` for `/greenlight list`. Its options: status, item, holder, authority, direction, page.');
  });

  it('says which option has the wrong type', async () => {
    const { run } = await storyLedger();
    expect((await run('/greenlight list page:two')).reply.text).toContain('Option `page` must be a whole number (like 400000, 400,000 or 40k), not "two".');
    expect((await run('/greenlight list status:approvedish')).reply.text).toContain('Option `status` must be one of: rumored, reported');
    expect((await run('/greenlight track remove cn-h200-import-pending confirm:maybe')).reply.text).toContain('must be true or false');
    expect((await run('/greenlight order add item:h200 buyer:ByteDance quantity:lots')).reply.text).toContain(
      '`quantity`: "lots" is not a count; write it like 5000',
    );
  });

  it('asks for required options', async () => {
    const { run } = await storyLedger();
    const { reply } = await run('/greenlight order add item:h200');
    expect(reply.text).toContain('`/greenlight order add` needs `quantity:`');
    expect(reply.text).toContain('Usage: `/greenlight order add item:<text> quantity:<text> buyer:<text>');
  });

  it('offers a list to choose from for ambiguous names, and changes nothing', async () => {
    const { run, ledger } = await storyLedger();
    const seq = ledger.state.seq;
    const { reply } = await run('/greenlight status china h200');
    expect(reply.title).toBe('Which one?');
    expect(reply.choices).toEqual([
      'China H200 import approval (ByteDance, Alibaba, Tencent) (authorization, id cn-h200-import-group)',
      'China H200 import approvals for other firms (authorization, id cn-h200-import-pending)',
    ]);
    const order = await run('/greenlight order add item:h200 quantity:10 buyer:ByteDance authorization:china');
    expect(order.reply.severity).toBe('error');
    expect(ledger.state.seq).toBe(seq);
  });

  it('matches names case-insensitively by id, name or alias, including Chinese aliases', async () => {
    const { run } = await storyLedger();
    expect((await run('/greenlight quota 字节跳动')).reply.title).toBe('Quota: ByteDance');
    expect((await run('/greenlight quota NVIDIA H200')).reply.title).toBe('Quota: Nvidia H200');
    expect((await run('/greenlight status US H200 EXPORT')).reply.title).toBe('US H200 export licensing to approved Chinese customers (us-h200-export-china)');
    expect((await run('/greenlight status nothing-like-this')).reply.text).toContain('No authorization or holder or item matches "nothing-like-this"');
  });

  it('tells an unknown command and a bare group apart', async () => {
    const { run } = await storyLedger();
    expect((await run('/greenlight frobnicate')).reply.text).toBe('Unknown command `frobnicate`. Try `/greenlight help`.');
    expect((await run('/greenlight track')).reply.text).toBe('`/greenlight track` needs one of: add, edit, remove, restore.');
    expect((await run('/greenlight quota h200 extra:1')).reply.text).toContain('Unknown option `extra`');
  });
});
