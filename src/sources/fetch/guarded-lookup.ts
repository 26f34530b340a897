import { lookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isNonPublicAddress, nonPublicReason } from './address-guard.js';
import { SourceFetchError } from './errors.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The all-addresses form of dns.lookup, injectable so tests can play a rebinding DNS server. */
export type LookupAllCallback = (
  hostname: string,
  options: LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A `net.connect` lookup that refuses non-public answers. assertPublicAddress
 * checks before the request, but the socket resolves the name again; checking
 * here too closes the DNS-rebinding gap (first answer public, second private).
 */
export function guardedLookupWith(resolveAll: LookupAllCallback) {
  return function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
    const all: LookupAllOptions = { ...options, all: true };
    resolveAll(hostname, all, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => isNonPublicAddress(a.address));
      if (bad) {
        const blocked = new SourceFetchError(
          'blocked-address',
          `Refusing to connect to "${hostname}": it resolved to ${bad.address}, ${nonPublicReason(bad.address) ?? 'not a public address'}`,
        );
        return callback(blocked, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`No addresses for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}

/** {@link guardedLookupWith} over the system resolver: what every fetch connects with. */
export const guardedLookup = guardedLookupWith((hostname, options, callback) => lookup(hostname, options, callback));
