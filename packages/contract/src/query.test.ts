import { describe, expect, it } from 'vitest';
import { recordsQuerySchema } from './query';

describe('recordsQuerySchema', () => {
  it('accepts a region given once or repeated, and defaults the limit to 50', () => {
    expect(recordsQuerySchema.parse({ region: 'eu-west-2' })).toMatchObject({
      region: ['eu-west-2'],
      limit: 50,
    });
    expect(recordsQuerySchema.parse({ region: ['eu-west-2', 'us-east-1'] }).region).toEqual([
      'eu-west-2',
      'us-east-1',
    ]);
  });

  it.each(['0', '201', '-1', '1e9', 'NaN', '5.5', ''])('rejects limit=%s naming the field', (limit) => {
    const result = recordsQuerySchema.safeParse({ limit });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['limit']);
  });

  it('rejects a region that is not a Lightsail region, such as one that would change the endpoint host', () => {
    for (const region of ['us-east-1.evil.example', '../', 'US-EAST-1', 'us-east-1\u0000']) {
      expect(recordsQuerySchema.safeParse({ region }).success).toBe(false);
    }
  });

  it('rejects unknown parameters and repeated single-valued ones', () => {
    expect(recordsQuerySchema.safeParse({ foo: 'bar' }).success).toBe(false);
    expect(recordsQuerySchema.safeParse({ limit: ['5', '6'] }).success).toBe(false);
    expect(recordsQuerySchema.safeParse({ q: ['a', 'b'] }).success).toBe(false);
  });
});
