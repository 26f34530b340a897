import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { SourceFetchError } from './errors.js';

const blockedV4 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches localhost on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved + broadcast
] as const) {
  blockedV4.addSubnet(net, prefix, 'ipv4');
}

/**
 * IPv6 ranges refused inside global unicast (2000::/3); everything outside 2000::/3 is refused
 * anyway. Each entry is [first bytes, prefix length in bits].
 */
const BLOCKED_V6: ReadonlyArray<readonly [readonly number[], number, string]> = [
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x20, 0x01, 0x00, 0x00], 23, 'IETF protocol assignment (Teredo, ORCHID, ...)'],
  [[0x20, 0x02], 16, '6to4, which embeds an IPv4 address'],
  [[0x3f, 0xff], 20, 'documentation'],
];

/**
 * The 16 bytes of an IPv6 literal (with or without an embedded dotted IPv4 tail), or
 * undefined when it is not one. Done by hand because BlockList's handling of embedded IPv4
 * differs across Node versions, and the WHATWG URL parser rewrites the dotted form to hex.
 */
export function ipv6Bytes(address: string): Uint8Array | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const all = rest === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  if (all.length !== 8 || all.some((g) => !(g >= 0 && g <= 0xffff))) return undefined;
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 255;
  });
  return bytes;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const i = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((bytes[i]! & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

const dotted = (b: Uint8Array, at: number) => [b[at], b[at + 1], b[at + 2], b[at + 3]].join('.');

/**
 * Why an IP literal is not a public unicast address, or undefined when it is one. IPv4 is
 * checked against the deny list; IPv6 must be global unicast (2000::/3) outside the
 * documentation, protocol-assignment and 6to4 ranges, which refuses ::/96 (IPv4-compatible,
 * ::1, ::), ::ffff:0:0/96 (IPv4-mapped), ::ffff:0:0:0/96 (IPv4-translated), 64:ff9b::/96
 * (NAT64), unique-local, link-local and multicast. Where an IPv6 form embeds an IPv4 address
 * the reason names it. Non-IP strings are refused (fail closed).
 */
export function nonPublicReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blockedV4.check(bare, 'ipv4') ? 'a private, loopback, link-local or reserved IPv4 address' : undefined;
  const b = family === 6 ? ipv6Bytes(bare) : undefined;
  if (!b) return 'not an IP address';
  const embedded = embeddedIPv4(b);
  if (embedded !== undefined) return `an IPv6 form of the IPv4 address ${embedded}`;
  if ((b[0]! & 0xe0) !== 0x20) return 'not a global unicast IPv6 address (loopback, unique-local, link-local, multicast or reserved)';
  const hit = BLOCKED_V6.find(([prefix, bits]) => startsWith(b, prefix, bits));
  return hit ? `an IPv6 ${hit[2]} address` : undefined;
}

/** The IPv4 address an IPv6 form carries: ::/96, ::ffff:0:0/96, ::ffff:0:0:0/96, 64:ff9b::/96, 2002::/16. */
function embeddedIPv4(b: Uint8Array): string | undefined {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 12)) return b.slice(12).some((x) => x !== 0) && !(zeros(12, 15) && b[15] === 1) ? dotted(b, 12) : undefined;
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return dotted(b, 12);
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) return dotted(b, 12);
  if (startsWith(b, [0x00, 0x64, 0xff, 0x9b], 96)) return dotted(b, 12);
  if (b[0] === 0x20 && b[1] === 0x02) return dotted(b, 2);
  return undefined;
}

/**
 * True when an IP literal is not a public unicast address: loopback, private, link-local,
 * unique-local, unspecified, multicast, documentation, reserved, or an IPv6 form that embeds
 * an IPv4 address (mapped, translated, NAT64, 6to4) — i.e. not somewhere a public feed lives.
 * Non-IP strings count as non-public (fail closed).
 */
export function isNonPublicAddress(address: string): boolean {
  return nonPublicReason(address) !== undefined;
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
export async function assertPublicAddress(url: string | URL, opts: { lookupAll?: LookupAll } = {}): Promise<string[]> {
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
  const reason = nonPublicReason(address) ?? 'not a public address';
  return new SourceFetchError(
    'blocked-address',
    `Refusing to fetch ${url.href}: host "${url.hostname}" is a private, loopback or link-local address (${address}: ${reason}). ` +
      'Only public internet addresses are allowed for feed sources',
    { url: url.href },
  );
}
