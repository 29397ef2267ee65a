import { errorBodySchema } from '@export-ledger/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack';

const LIMIT = 5;
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(
    { seed: 71, regions: ['eu-west-2'], records: 20 },
    { RATE_LIMIT_PER_MINUTE: String(LIMIT) },
  );
});

afterAll(async () => {
  await stack?.close();
});

describe('rate limiting', () => {
  it('answers 429 with the standard RateLimit headers and the error body past the configured limit', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < LIMIT + 2; i += 1) {
      last = await fetch(`${stack.url}/api/records?limit=1`);
      statuses.push(last.status);
      if (last.status === 200) await last.body?.cancel();
      else if (i < LIMIT + 1) await last.body?.cancel();
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429]);
    if (!last) throw new Error('no response');
    // draft-8 (`RateLimit` + `RateLimit-Policy`) or draft-7 (`RateLimit-Limit`/`-Remaining`/`-Reset`).
    const draft8 = last.headers.get('ratelimit') !== null && last.headers.get('ratelimit-policy') !== null;
    const draft7 =
      last.headers.get('ratelimit-limit') !== null && last.headers.get('ratelimit-reset') !== null;
    expect(draft8 || draft7).toBe(true);
    if (draft8) expect(last.headers.get('ratelimit-policy')).toMatch(new RegExp(`q=${LIMIT}\\b`));
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = errorBodySchema.parse(await last.json());
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.requestId).toBe(last.headers.get('x-request-id'));
  });

  it('keeps liveness answering while the API is limited', async () => {
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
  });
});
