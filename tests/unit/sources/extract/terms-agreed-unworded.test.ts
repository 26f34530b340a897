/**
 * Terms a party binds itself to with no condition word: the goods or permission told after the agreeing verb are what the
 * duty is about (duty-clause.ts, unworded-conditions.ts), a pledge signed binds its signer, buying home-grown chips beside
 * the goods is the bundling duty, a frame with a verb the lexicon does not know still leaves the verb to be read, and terms
 * agreed in an item whose only buyers are the waiting firms are theirs (terms-of-waiting.ts).
 */
import { describe, expect, it } from 'vitest';
import { kinds, kindsOfWaiting } from './candidates-helpers.js';

describe('terms agreed with no condition word', () => {
  it('reads goods or a permission told after the agreeing verb as what the duty is about', () => {
    expect(
      kinds(
        'Nvidia agrees to gather buyer attestations before each China H200 shipment',
        'Nvidia has agreed to gather a signed attestation from every Chinese customer before shipping, a Commerce official said.',
      ),
    ).toEqual(['condition_agreed']);
    expect(
      kinds(
        'Nvidia will list the addresses of its Chinese H200 clients for Commerce',
        'Nvidia has accepted a Commerce Department request that it list, every month, the addresses of all Chinese clients receiving H200 chips under its export licences, a filing showed.',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('reads a pledge signed and home-grown chips bought beside the goods as terms agreed', () => {
    expect(kinds('Waiting chip buyers sign pledges not to move H200s between provinces')).toEqual(['condition_agreed']);
    expect(
      kinds(
        'Alibaba agrees to buy domestic accelerators alongside its H200s',
        'Alibaba has agreed to buy domestic accelerators alongside its Nvidia H200 imports, a spokesperson said.',
      ),
    ).toContain('condition_agreed');
  });

  it('reads a commitment the item calls a term of the permission, though the lexicon does not know its verb', () => {
    expect(
      kinds(
        'ByteDance vows its H200s will never train ad models',
        'ByteDance has committed to the commerce ministry that its imported Nvidia H200s will never train advertising models, one of the terms of the approval it shares with two other firms.',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('gives terms agreed in an item whose only buyers are the waiting firms to them', () => {
    expect(kindsOfWaiting('排队企业据悉接受H200机柜加装烟感', '知情人士称，仍在等候进口批复的内地企业已同意在每个H200机柜加装烟感报警器。')).toEqual([
      'condition_agreed other-cn-firms',
    ]);
  });

  it('still reads an agreement to buy a count of the chips as an order', () => {
    expect(kinds('Qerant Cloud agrees to buy 6,000 Nvidia H200 chips')).not.toContain('condition_agreed');
  });

  it('still reads an authority agreeing to let firms import, and a firm committing to a count of the chips, as no terms', () => {
    expect(
      kinds(
        'Beijing lets Qerant Cloud import more H200s',
        'Beijing has agreed to let Qerant Cloud import as many as 9,000 more Nvidia H200 chips under its approval, people familiar said.',
      ),
    ).not.toContain('condition_agreed');
    expect(
      kinds(
        'Qerant Cloud lines up more Nvidia chips',
        'Qerant Cloud has committed to a fresh batch of about 7,000 Nvidia H200 processors, with delivery due next quarter, people said.',
      ),
    ).not.toContain('condition_agreed');
  });

  it('still leaves terms agreed with a named firm beside the waiting firms to no one but the firm', () => {
    expect(
      kindsOfWaiting('字节跳动据悉接受H200机柜加装烟感 排队企业仍在观望', '知情人士称，字节跳动已同意在每个H200机柜加装烟感报警器。').some((b) =>
        b.includes('other-cn-firms'),
      ),
    ).toBe(false);
  });
});
