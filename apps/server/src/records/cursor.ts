import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { MAX_CURSOR_LENGTH, type RegionName, regionNameSchema } from '@export-ledger/contract';
import { z } from 'zod';
import { AppError } from '../lib/errors';
import type { NormalizedFilters } from './filters';

/** A record's place in its region: [createdAt in epoch ms, last segment of its ARN]. */
export type RecordKey = [time: number, arnTail: string];
/**
 * Where a region's reading stands: the token of the page being read and the key of the last record
 * taken from the region (null before the first), or done. A key rather than an offset, so that a new
 * export appearing at the top of a page cannot make a record come twice.
 */
export type RegionPosition = { t: string | null; k: RecordKey | null } | 'done';
export type Positions = Map<RegionName, RegionPosition>;

const positionSchema = z.union([
  z.literal('done'),
  z.strictObject({
    t: z.string().min(1).max(2048).nullable(),
    k: z.tuple([z.number().int().nonnegative(), z.string().max(256)]).nullable(),
  }),
]);
const payloadSchema = z.strictObject({
  v: z.literal(1),
  f: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  r: z.partialRecord(regionNameSchema, positionSchema),
});

/**
 * A hash of the filters a cursor belongs to. The limit is left out on purpose: a client may change
 * its page size between pages without losing its place.
 */
export function filterHash(filters: NormalizedFilters): string {
  const canonical = JSON.stringify({
    region: [...filters.requestedRegions].sort(),
    state: [...filters.states].sort(),
    source: [...filters.sources].sort(),
    q: filters.q,
  });
  return createHash('sha256').update(canonical).digest('base64url');
}

const invalid = (why: string) =>
  new AppError('bad_request', `cursor: ${why}; start again without a cursor`, { field: 'cursor' });

/** Signs and checks cursors: base64url(JSON payload) + "." + base64url(HMAC-SHA256(payload)). */
export function createCursorCodec(secret: Buffer) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest();

  return {
    encode(hash: string, positions: Positions): string {
      const payload = Buffer.from(
        JSON.stringify({ v: 1, f: hash, r: Object.fromEntries(positions) }),
      ).toString('base64url');
      return `${payload}.${sign(payload).toString('base64url')}`;
    },

    /** Checks signature, shape and filters; never calls upstream. Throws a 400 naming `cursor`. */
    decode(cursor: string, hash: string): Positions {
      if (cursor.length > MAX_CURSOR_LENGTH) throw invalid('too long');
      const [payload, signature, extra] = cursor.split('.');
      if (!payload || !signature || extra !== undefined) throw invalid('not a cursor of this server');
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw invalid('not a cursor of this server, or it was altered');
      }
      let parsed: z.infer<typeof payloadSchema>;
      try {
        parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      } catch {
        throw invalid('unreadable');
      }
      if (parsed.f !== hash) throw invalid('it belongs to other filters');
      return new Map(Object.entries(parsed.r) as [RegionName, RegionPosition][]);
    },

    /** The cursor must name exactly the regions being read (they could change with discovery). */
    checkRegions(positions: Positions, regions: readonly RegionName[]): void {
      const same = positions.size === regions.length && regions.every((region) => positions.has(region));
      if (!same) throw invalid('it was made for another set of regions');
    },
  };
}

export type CursorCodec = ReturnType<typeof createCursorCodec>;
