import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { SourceFetchError } from './errors.js';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches localhost on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved + broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fe80::', 10],
  ['fc00::', 7],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/**
 * Return the IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d or
 * ::ffff:7f00:1) or NAT64 (64:ff9b::) IPv6 address, else undefined. Done by
 * hand because BlockList's handling of mapped addresses differs across Node
 * versions, and the WHATWG URL parser rewrites the dotted form to hex.
 */
function embeddedIPv4(address: string): string | undefined {
  const m = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!m) return undefined;
  if (m[1] !== undefined) return m[1];
  const hi = parseInt(m[2] ?? '0', 16);
  const lo = parseInt(m[3] ?? '0', 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/**
 * True when an IP literal is loopback, private, link-local, unique-local,
 * unspecified, multicast or reserved — i.e. not somewhere a public feed lives.
 * Non-IP strings count as non-public (fail closed).
 */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIPv4(bare);
    if (v4 !== undefined) return blocked.check(v4, 'ipv4');
    return blocked.check(bare, 'ipv6');
  }
  return true;
}

/** Resolver signature, injectable so tests can simulate DNS answers. */
export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const defaultLookup: LookupAll = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * Refuse URLs whose host is or resolves to a non-public address (SSRF guard).
 * Every address the name resolves to must be public: an attacker controlling
 * DNS could otherwise return one public and one private record.
 * Throws {@link SourceFetchError} with code 'blocked-address' (or 'network'
 * when the name does not resolve). Returns the resolved addresses.
 */
export async function assertPublicAddress(
  url: string | URL,
  opts: { lookupAll?: LookupAll } = {},
): Promise<string[]> {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) {
    if (isNonPublicAddress(host)) throw blockedError(parsed, host);
    return [host];
  }
  let records: Array<{ address: string }>;
  try {
    records = await (opts.lookupAll ?? defaultLookup)(host);
  } catch (cause) {
    throw new SourceFetchError('network', `Could not resolve host "${host}" for ${parsed.href}`, {
      url: parsed.href,
      cause,
    });
  }
  if (records.length === 0) {
    throw new SourceFetchError('network', `Host "${host}" resolved to no addresses`, { url: parsed.href });
  }
  const bad = records.find((r) => isNonPublicAddress(r.address));
  if (bad) throw blockedError(parsed, bad.address);
  return records.map((r) => r.address);
}

function blockedError(url: URL, address: string): SourceFetchError {
  return new SourceFetchError(
    'blocked-address',
    `Refusing to fetch ${url.href}: host "${url.hostname}" is a private, loopback or link-local address (${address}). ` +
      'Only public internet addresses are allowed for feed sources.',
    { url: url.href },
  );
}
