import { describe, expect, it } from 'vitest';
import { assertPublicAddress, HostPoliteness, isNonPublicAddress, parseRetryAfter, SourceFetchError } from '../../../src/sources/fetch/index.js';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.5.6.7',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '[::1]',
    'not-an-ip',
    // IPv6 forms that embed an IPv4 address, and non-global ranges (issue 12 item 6)
    '::127.0.0.1',
    '::7f00:1',
    '[::127.0.0.1]',
    '::ffff:0:127.0.0.1',
    '::ffff:0:7f00:1',
    '2002:7f00:1::',
    '2002:a9fe:a9fe::1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::7f00:1',
    '64:ff9b:1::1',
    '2001:db8::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '3fff::1',
    'ff02::1',
    'fe80::1%eth0',
    'fec0::1',
    '100::1',
    '::ffff:8.8.8.8',
    '2002:808:808::1',
    '198.51.100.7',
    '203.0.113.1',
    '192.0.2.1',
  ])('%s is not public', (addr) => {
    expect(isNonPublicAddress(addr)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2001:4860:4860::8888', '2606:2800:220:1::1', '2a00:1450:4001:80b::200e'])(
    '%s is public',
    (addr) => {
      expect(isNonPublicAddress(addr)).toBe(false);
    },
  );
});

describe('assertPublicAddress', () => {
  const fakeDns = (addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('refuses IP-literal URLs in private ranges, including the IPv6-mapped form', async () => {
    await expect(assertPublicAddress('http://127.0.0.1:8080/feed')).rejects.toMatchObject({ code: 'blocked-address' });
    await expect(assertPublicAddress('http://[::ffff:127.0.0.1]/feed')).rejects.toMatchObject({ code: 'blocked-address' });
    await expect(assertPublicAddress('http://169.254.169.254/latest/meta-data')).rejects.toThrow(/private, loopback or link-local/);
  });

  it('refuses a name if any resolved address is private', async () => {
    const err = await assertPublicAddress('https://feeds.example/rss', { lookupAll: fakeDns(['93.184.216.34', '10.0.0.5']) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceFetchError);
    expect((err as SourceFetchError).code).toBe('blocked-address');
    expect((err as SourceFetchError).message).toContain('10.0.0.5');
  });

  it('accepts a name whose addresses are all public and returns them', async () => {
    await expect(assertPublicAddress('https://feeds.example/rss', { lookupAll: fakeDns(['93.184.216.34', '2606:2800:220:1::1']) })).resolves.toEqual([
      '93.184.216.34',
      '2606:2800:220:1::1',
    ]);
  });

  it('reports an unresolvable name as a network error', async () => {
    const lookupAll = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(assertPublicAddress('https://nope.invalid/', { lookupAll })).rejects.toMatchObject({ code: 'network' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-15T12:00:00Z');
  it('reads delta-seconds', () => expect(parseRetryAfter('120', now)).toBe(120_000));
  it('reads an HTTP-date', () => expect(parseRetryAfter('Thu, 15 Jan 2026 12:01:30 GMT', now)).toBe(90_000));
  it('clamps past dates to 0 and huge values to one day', () => {
    expect(parseRetryAfter('Thu, 15 Jan 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('99999999', now)).toBe(86_400_000);
  });
  it('ignores garbage', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('HostPoliteness', () => {
  it('spaces requests to one host by 1/rate, per host, in call order', async () => {
    const p = new HostPoliteness({ requestsPerSecond: 50, perHost: { 'Slow.Example': 20 } });
    expect(p.intervalFor('fast.example')).toBe(20);
    expect(p.intervalFor('slow.example')).toBe(50);
    const order: string[] = [];
    const go = async (name: string, url: string) => {
      await p.acquire(url);
      order.push(name);
    };
    await Promise.all([
      go('a1', 'https://fast.example/1'),
      go('a2', 'https://fast.example/2'),
      go('s1', 'https://slow.example/1'),
      go('a3', 'https://fast.example/3'),
      go('s2', 'https://slow.example/2'),
    ]);
    expect(order.filter((n) => n.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(order.filter((n) => n.startsWith('s'))).toEqual(['s1', 's2']);
    // First requests to each host go at once; the second ones wait for their slot.
    expect(order.slice(0, 2).sort()).toEqual(['a1', 's1']);
  });

  it('a waiting caller can be aborted', async () => {
    const p = new HostPoliteness({ requestsPerSecond: 0.1 });
    await p.acquire('https://one.example/');
    const ac = new AbortController();
    const waiting = p.acquire('https://one.example/', ac.signal);
    ac.abort(new Error('shutdown'));
    await expect(waiting).rejects.toThrow('shutdown');
  });

  it('rejects a non-positive rate', () => {
    expect(() => new HostPoliteness({ requestsPerSecond: 0 })).toThrow(RangeError);
  });
});
