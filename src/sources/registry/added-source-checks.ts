/**
 * The checks `source add` makes on a URL before anything is stored: no credentials in it, and
 * no local file or private host unless the invoker may add local sources (the shell) or the
 * config allows private addresses.
 */
import { CREDENTIALS_HINT, type SourceConfig } from '../../../config/sources-schema.js';
import { DomainError, type DomainErrorCode } from '../../core/errors.js';
import { assertPublicAddress, type LookupAll } from '../fetch/address-guard.js';
import { SourceFetchError } from '../fetch/errors.js';
import { hasUserInfo } from '../fetch/redact-url.js';

/** A refusal meant for the admin who asked; a DomainError, so the router shows its message as is. */
export class SourceServiceError extends DomainError {
  constructor(code: DomainErrorCode, message: string) {
    super(code, message);
    this.name = 'SourceServiceError';
  }
}

/** Refuses a URL with `user:password@`, saying how to pass credentials instead; never quotes the URL. */
export function refuseUserInfo(url: string): void {
  if (!hasUserInfo(url)) return;
  throw new SourceServiceError(
    'invalid_input',
    `The URL contains a user name or password (user:password@); it was not added, since everyone who can list sources would see it. Remove it from the URL. ${CREDENTIALS_HINT}, then restart Greenlight.`,
  );
}

/**
 * Where an admin-added URL points: 'local' (a file, or a loopback, private or link-local host)
 * when the invoker may add local sources, else 'public'. Throws a {@link SourceServiceError}
 * for a local URL without that permission (unless `allowPrivateAddresses`).
 */
export async function checkAddedUrl(
  c: SourceConfig,
  opts: { allowLocal: boolean; allowPrivateAddresses: boolean; lookupAll?: LookupAll },
): Promise<'local' | 'public'> {
  if (c.url === undefined) return 'public';
  const url = new URL(c.url);
  if (url.protocol === 'file:') {
    if (opts.allowLocal) return 'local';
    if (opts.allowPrivateAddresses) return 'public';
    throw new SourceServiceError(
      'forbidden',
      'Local file: sources can only be added from the shell or the config file, or when sourceDefaults.allowPrivateAddresses is true.',
    );
  }
  const problem = await addressProblem(url, opts.lookupAll);
  if (problem?.code === 'blocked-address') {
    if (opts.allowLocal) return 'local';
    if (opts.allowPrivateAddresses) return 'public';
    throw new SourceServiceError(
      'forbidden',
      `${sentence(problem.message)} Add it from the shell on the machine itself, or set sourceDefaults.allowPrivateAddresses: true in the config to allow intranet sources.`,
    );
  }
  // A name that does not resolve now: from the shell its polls will say why; elsewhere it is refused as before.
  if (problem && !opts.allowLocal && !opts.allowPrivateAddresses) throw new SourceServiceError('invalid_input', sentence(problem.message));
  return 'public';
}

/** The guard's refusal for a URL's host (blocked, or not resolvable), or undefined when it is public. */
async function addressProblem(url: URL, lookupAll: LookupAll | undefined): Promise<SourceFetchError | undefined> {
  try {
    await assertPublicAddress(url, lookupAll ? { lookupAll } : {});
    return undefined;
  } catch (err) {
    if (err instanceof SourceFetchError) return err;
    throw err;
  }
}

/** The text as one sentence ending in a single full stop (messages may or may not end in one). */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
