/**
 * The `sources:` list and the `sourceDefaults:` block of config/greenlight.yml, plus the
 * function that resolves webhook secrets from an environment object. The lead wires
 * `sourcesSchema` and `sourceDefaultsSchema` into config/schema.ts.
 */
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';

/** What kind of thing a source is; decides how it is fetched and parsed. */
export const SOURCE_KINDS = ['feed', 'federal-register', 'federal-register-public-inspection', 'json', 'webhook'] as const;
/** One source kind. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Tiers a source may have (admin is reserved for people). */
export const SOURCE_TIERS = ['official', 'filing', 'wire', 'aggregator'] as const;
/** How far a source's facts may change the ledger. */
export const SOURCE_MODES = ['report', 'apply'] as const;

/** Every five minutes. */
export const DEFAULT_SCHEDULE = '*/5 * * * *';
/** Sent on every request until the operator sets a real contact. */
export const DEFAULT_USER_AGENT = 'Greenlight/0.1 (+contact: set GREENLIGHT_USER_AGENT)';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'ids are lowercase letters, digits and dashes (at most 63), starting with a letter or digit');

/** Where a source's credentials go instead of its URL (shown in refusals). */
export const CREDENTIALS_HINT =
  "Put the credential in the source's `headers:` in the config file, with its value in an environment variable, " +
  'e.g. headers: { Authorization: { env: FEED_TOKEN, prefix: "Bearer " } } (for Basic auth, FEED_TOKEN holds base64 of user:password and the prefix is "Basic ")';

const sourceUrl = z
  .string()
  .refine(
    (u) => {
      try {
        return ['http:', 'https:', 'file:'].includes(new URL(u).protocol);
      } catch {
        return false;
      }
    },
    { message: 'must be an absolute http(s):// or file: URL' },
  )
  .refine(
    (u) => {
      try {
        const url = new URL(u);
        return url.username === '' && url.password === '';
      } catch {
        return true;
      }
    },
    { message: `must not contain a user name or password (user:password@): everyone who can list sources would see it. ${CREDENTIALS_HINT}` },
  );

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an environment variable name such as FEED_TOKEN');
/** Header names that carry secrets: their value must come from the environment, never the YAML. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie)$|(^|-)(api-?key|token|secret|auth)($|-)/i;
/** Headers Greenlight sets itself. */
const OWN_HEADERS = new Set([
  'host',
  'user-agent',
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
  'content-length',
  'connection',
  'transfer-encoding',
]);

/**
 * Extra request headers of a source. A value is a plain string (not secret, e.g. Accept) or
 * `{ env: NAME, prefix?: "Bearer " }`: read from the environment at startup and never shown
 * or logged. Headers that carry credentials must use `env`.
 */
export const sourceHeadersSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name'),
    z.union([z.string().max(2000), z.strictObject({ env: envName, prefix: z.string().max(100).default('') })]),
  )
  .superRefine((headers, ctx) => {
    for (const [name, value] of Object.entries(headers)) {
      if (OWN_HEADERS.has(name.toLowerCase())) ctx.addIssue({ code: 'custom', path: [name], message: `${name} is set by Greenlight itself` });
      else if (typeof value === 'string' && SECRET_HEADER.test(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `a ${name} header carries a credential: take it from the environment, e.g. ${name}: { env: FEED_TOKEN } (the value is never written in the config file)`,
        });
      }
    }
  });

const cron = z.string().refine((c) => validateCron(c), {
  message: 'not a valid cron expression (five fields, e.g. "*/5 * * * *" for every five minutes, or six with seconds first)',
});

/** A dotted path into a JSON document ("data.items", "attributes.title"); empty means the root. */
const jsonPath = z.string().regex(/^$|^[^.\s]+(\.[^.\s]+)*$/, 'a dotted path such as "data.items"');

const FACT_FIELDS = {
  authorization: ['authorizationId', 'name', 'direction', 'authority', 'item', 'holders', 'status', 'quota', 'validTo', 'ref'],
  order: ['orderId', 'item', 'buyer', 'seller', 'quantity', 'status', 'authorization'],
} as const;

/**
 * How a generic JSON source maps its items to ledger facts: `fields` gives a JSON path per
 * fact field, `constants` fixed values (e.g. `item: h200`). Items missing a required field
 * are ingested as text only.
 */
export const jsonFactMappingSchema = z
  .strictObject({
    kind: z.enum(['authorization', 'order']),
    fields: z.record(z.string(), jsonPath).default({}),
    constants: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  })
  .superRefine((m, ctx) => {
    const allowed: readonly string[] = FACT_FIELDS[m.kind];
    for (const key of [...Object.keys(m.fields), ...Object.keys(m.constants)]) {
      if (!allowed.includes(key)) ctx.addIssue({ code: 'custom', message: `"${key}" is not a field of an ${m.kind} fact (allowed: ${allowed.join(', ')})` });
    }
  });

/** Field mapping of a generic JSON source. */
export const jsonMappingSchema = z.strictObject({
  itemsPath: jsonPath.default(''),
  idField: jsonPath.default('id'),
  titleField: jsonPath.default('title'),
  summaryField: jsonPath.optional(),
  linkField: jsonPath.optional(),
  dateField: jsonPath.optional(),
  facts: jsonFactMappingSchema.optional(),
});
/** Validated JSON mapping. */
export type JsonMapping = z.infer<typeof jsonMappingSchema>;

/** Federal Register query options (documents and public-inspection documents). */
export const federalRegisterOptionsSchema = z.strictObject({
  agencies: z.array(z.string()).default([]),
  types: z.array(z.string()).default([]),
  terms: z.string().optional(),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date')
    .optional(),
  maxPages: z.number().int().min(1).max(50).default(5),
});

/** Per-source fetch limits; the fetch layer's defaults apply where absent. */
export const sourceLimitsSchema = z.strictObject({
  timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  maxItems: z.number().int().min(1).max(5000).default(500),
});

const sourceShape = z.strictObject({
  id: slug,
  name: z.string().min(1).max(200).optional(),
  kind: z.enum(SOURCE_KINDS).default('feed'),
  url: sourceUrl.optional(),
  schedule: cron.default(DEFAULT_SCHEDULE),
  tier: z.enum(SOURCE_TIERS).optional(),
  mode: z.enum(SOURCE_MODES).optional(),
  federalRegister: federalRegisterOptionsSchema.optional(),
  json: jsonMappingSchema.optional(),
  secretEnv: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'an environment variable name such as GREENLIGHT_HOOK_SECRET_PROCUREMENT')
    .optional(),
  headers: sourceHeadersSchema.optional(),
  limits: sourceLimitsSchema.prefault({}),
  allowPrivate: z.boolean().default(false),
});

/** One entry of `sources:`, with defaults filled in (tier and mode depend on the kind). */
export const sourceConfigSchema = sourceShape
  .superRefine((s, ctx) => {
    if ((s.kind === 'feed' || s.kind === 'json') && s.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `a ${s.kind} source needs a url` });
    }
    if (s.kind === 'webhook' && s.url !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a webhook source receives POSTs at /hooks/<id>; it has no url' });
    }
    if (s.headers !== undefined && s.kind === 'webhook')
      ctx.addIssue({ code: 'custom', path: ['headers'], message: 'a webhook source is not fetched; it takes no headers' });
    if (s.json !== undefined && s.kind !== 'json') ctx.addIssue({ code: 'custom', path: ['json'], message: 'only json sources take a json mapping' });
    if (s.federalRegister !== undefined && !s.kind.startsWith('federal-register')) {
      ctx.addIssue({ code: 'custom', path: ['federalRegister'], message: 'only federal-register sources take federalRegister options' });
    }
  })
  .transform((s) => {
    const tier = s.tier ?? (s.kind === 'feed' || s.kind === 'json' ? 'wire' : 'official');
    return {
      ...s,
      name: s.name ?? s.id,
      tier,
      mode: s.mode ?? (tier === 'official' ? 'apply' : 'report'),
      json: s.kind === 'json' ? (s.json ?? jsonMappingSchema.parse({})) : undefined,
      federalRegister: s.kind.startsWith('federal-register') ? (s.federalRegister ?? federalRegisterOptionsSchema.parse({})) : undefined,
      secretEnv: s.kind === 'webhook' ? (s.secretEnv ?? defaultSecretEnv(s.id)) : undefined,
    };
  });
/** One source as written in the config (input). */
export type SourceConfigInput = z.input<typeof sourceConfigSchema>;
/** One source with every default applied. */
export type SourceConfig = z.output<typeof sourceConfigSchema>;

/** The `sources:` list; ids must be unique. */
export const sourcesSchema = z
  .array(sourceConfigSchema)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    });
  });

/** Settings shared by every source: `sourceDefaults:` at the top of the config. */
export const sourceDefaultsSchema = z
  .strictObject({
    userAgent: z.string().min(1).default(DEFAULT_USER_AGENT),
    requestsPerSecondPerHost: z.number().positive().default(1),
    /** Per-host overrides, e.g. `{ www.sec.gov: 10 }`. */
    perHostRequestsPerSecond: z.record(z.string(), z.number().positive()).default({}),
    failuresBeforeUnhealthy: z.number().int().min(1).default(3),
    failuresBeforePause: z.number().int().min(1).default(8),
    maxBackoffMs: z
      .number()
      .int()
      .min(1000)
      .default(6 * 60 * 60 * 1000),
    /** How many polls may run at once across all sources. */
    maxConcurrentPolls: z.number().int().min(1).max(256).default(16),
    /** The webhook server listens only when this is set (0 picks a free port). */
    webhookPort: z.number().int().min(0).max(65535).optional(),
    webhookHost: z.string().default('127.0.0.1'),
    /** Open connections the webhook server keeps at most; more are closed at once. */
    webhookMaxConnections: z.number().int().min(1).max(10_000).default(64),
    /** A webhook request's headers must arrive within this (slow senders are cut off). */
    webhookHeadersTimeoutMs: z.number().int().min(100).max(120_000).default(5_000),
    /** Its body must arrive within this after the headers. */
    webhookBodyTimeoutMs: z.number().int().min(100).max(300_000).default(10_000),
    allowPrivateAddresses: z.boolean().default(false),
    /** Feed parsing runs in worker threads: caps on a feed's shape, time budget of one parse, pool size. */
    feedParsing: z
      .strictObject({
        maxAttributesPerElement: z.number().int().min(16).max(100_000).default(256),
        maxDepth: z.number().int().min(16).max(10_000).default(128),
        timeoutMs: z.number().int().min(100).max(300_000).default(10_000),
        workers: z.number().int().min(1).max(16).default(2),
      })
      .prefault({}),
  })
  .refine((d) => d.failuresBeforePause >= d.failuresBeforeUnhealthy, {
    message: 'failuresBeforePause must be at least failuresBeforeUnhealthy',
    path: ['failuresBeforePause'],
  });
/** Validated source defaults. */
export type SourceDefaults = z.output<typeof sourceDefaultsSchema>;

/** The env var a webhook source reads its secret from when the config names none. */
export function defaultSecretEnv(id: string): string {
  return `GREENLIGHT_HOOK_SECRET_${id.toUpperCase().replace(/-/g, '_')}`;
}

/** Minimum secret length: shorter shared secrets are guessable. */
const MIN_SECRET_LENGTH = 16;

/**
 * Resolves the webhook secret of a source from an environment object (the only place it is
 * read). Returns undefined when the source is not a webhook; throws with a message naming the
 * variable (never the value) when it is missing or too short.
 */
export function resolveWebhookSecret(
  source: Pick<SourceConfig, 'id' | 'kind' | 'secretEnv'>,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (source.kind !== 'webhook') return undefined;
  const name = source.secretEnv ?? defaultSecretEnv(source.id);
  const value = env[name];
  if (value === undefined || value === '') {
    throw new Error(`Webhook source "${source.id}" needs a shared secret: set ${name} in the environment (e.g. openssl rand -hex 32).`);
  }
  if (value.length < MIN_SECRET_LENGTH) throw new Error(`${name} is too short: use at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32).`);
  return value;
}

/**
 * The request headers of a source, with `{ env }` values read from an environment object (the
 * only place they are read). Returns undefined when the source has none; throws with a message
 * naming the variable (never the value) when one is unset.
 */
export function resolveSourceHeaders(
  source: Pick<SourceConfig, 'id' | 'headers'>,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> | undefined {
  if (!source.headers) return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(source.headers)) {
    if (typeof value === 'string') {
      out[name] = value;
      continue;
    }
    const secret = env[value.env];
    if (secret === undefined || secret.trim() === '') {
      throw new Error(`Source "${source.id}" sends its ${name} header from ${value.env}: set ${value.env} in the environment.`);
    }
    if (/[\r\n]/.test(secret)) throw new Error(`${value.env} contains a line break; an HTTP header value cannot.`);
    out[name] = `${value.prefix}${secret.trim()}`;
  }
  return out;
}

/** GREENLIGHT_USER_AGENT overrides the configured User-Agent. */
export function resolveUserAgent(defaults: SourceDefaults, env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env.GREENLIGHT_USER_AGENT?.trim();
  return fromEnv ? fromEnv : defaults.userAgent;
}
