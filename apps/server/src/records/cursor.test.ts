import { randomBytes } from 'node:crypto';
import type { RegionName } from '@export-ledger/contract';
import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors';
import { createCursorCodec, filterHash, type Positions, type RegionPosition } from './cursor';
import { normalizeFilters } from './filters';

const codec = createCursorCodec(randomBytes(32));
const filters = normalizeFilters({
  region: ['eu-west-2', 'us-east-1'],
  state: ['Failed'],
  source: [],
  q: 'Web ',
});
const hash = filterHash(filters);
const positions: Positions = new Map<RegionName, RegionPosition>([
  ['eu-west-2', { t: 'token-2', k: [1_700_000_000_000, 'b1c2'] }],
  ['us-east-1', 'done'],
]);

function rejection(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('cursor codec', () => {
  it('reads back the positions it wrote for the same filters', () => {
    expect(codec.decode(codec.encode(hash, positions), hash)).toEqual(positions);
  });

  it('binds a cursor to its filters but not to the order of repeated values or the case of q', () => {
    const same = normalizeFilters({
      region: ['us-east-1', 'eu-west-2'],
      state: ['Failed'],
      source: [],
      q: 'web',
    });
    expect(filterHash(same)).toBe(hash);
  });

  it('rejects a cursor used with other filters as a 400 naming cursor', () => {
    const other = filterHash(
      normalizeFilters({ region: ['eu-west-2'], state: [], source: [], q: undefined }),
    );
    const error = rejection(() => codec.decode(codec.encode(hash, positions), other));
    expect(error).toMatchObject({ code: 'bad_request', status: 400, options: { field: 'cursor' } });
    expect(error.message).toMatch(/other filters/);
  });

  it('rejects a cursor whose payload was altered, even when it is still valid JSON', () => {
    const [payload, signature] = codec.encode(hash, positions).split('.');
    const altered = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    altered.r['eu-west-2'].k = null;
    const forged = `${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`;
    expect(rejection(() => codec.decode(forged, hash)).options.field).toBe('cursor');
  });

  it('rejects a cursor signed with another secret (another server process)', () => {
    const foreign = createCursorCodec(randomBytes(32)).encode(hash, positions);
    expect(rejection(() => codec.decode(foreign, hash)).options.field).toBe('cursor');
  });

  it.each(['garbage', 'a.b', '..', 'a.b.c', '', '%%%.###', 'x'.repeat(5000)])(
    'rejects a garbage cursor (case %#)',
    (bad) => {
      expect(rejection(() => codec.decode(bad, hash))).toMatchObject({
        status: 400,
        options: { field: 'cursor' },
      });
    },
  );

  it('rejects a cursor made for another set of regions', () => {
    expect(() => codec.checkRegions(positions, ['eu-west-2'])).toThrow(AppError);
    expect(() => codec.checkRegions(positions, ['eu-west-2', 'us-east-1'])).not.toThrow();
  });
});
