import { describe, expect, it } from 'vitest';
import { healthSchema } from './meta';
import { MAX_CURSOR_LENGTH, recordsQuerySchema } from './query';
import { exportErrorLineSchema } from './records';

describe('contract additions of the BFF', () => {
  it('describes the last line of an NDJSON export cut short by an upstream failure', () => {
    expect(
      exportErrorLineSchema.parse({
        error: { code: 'upstream_error', message: 'Access denied in eu-west-2' },
      }),
    ).toMatchObject({ error: { code: 'upstream_error' } });
    expect(exportErrorLineSchema.safeParse({ name: 'ExportSnapshotRecord-1' }).success).toBe(false);
  });

  it('describes /healthz and /readyz answers', () => {
    for (const status of ['ok', 'ready', 'starting'])
      expect(healthSchema.parse({ status })).toEqual({ status });
  });

  it('accepts a cursor up to MAX_CURSOR_LENGTH characters and no longer', () => {
    expect(recordsQuerySchema.safeParse({ cursor: 'a'.repeat(MAX_CURSOR_LENGTH) }).success).toBe(true);
    const tooLong = recordsQuerySchema.safeParse({ cursor: 'a'.repeat(MAX_CURSOR_LENGTH + 1) });
    expect(tooLong.error?.issues[0]?.path).toEqual(['cursor']);
  });
});
