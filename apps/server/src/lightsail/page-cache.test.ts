import type { RegionName } from '@export-ledger/contract';
import { describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache';
import type { UpstreamPage } from './types';

function upstream() {
  const calls: { region: RegionName; token: string | null; signal?: AbortSignal }[] = [];
  const pending: ((page: UpstreamPage) => void)[] = [];
  const fetchPage = (region: RegionName, token: string | null, signal?: AbortSignal) => {
    calls.push({ region, token, ...(signal ? { signal } : {}) });
    return new Promise<UpstreamPage>((resolve, reject) => {
      pending.push(resolve);
      signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  };
  const answer = () => {
    for (const resolve of pending.splice(0)) resolve({ records: [], nextPageToken: null });
  };
  return { calls, fetchPage, answer };
}

describe('page cache', () => {
  it('joins 50 concurrent identical reads into one upstream call', async () => {
    const source = upstream();
    const cache = createPageCache(source.fetchPage, { ttlMs: 1000, maxPages: 10, now: () => 0 });
    const reads = Array.from({ length: 50 }, () => cache.read('eu-west-2', null));
    source.answer();
    await Promise.all(reads);
    expect(source.calls).toHaveLength(1);
  });

  it('answers from the cache within the TTL and calls upstream again after it', async () => {
    let now = 0;
    const source = upstream();
    const cache = createPageCache(source.fetchPage, { ttlMs: 1000, maxPages: 10, now: () => now });
    const first = cache.read('eu-west-2', 'token');
    source.answer();
    await first;
    now = 999;
    await cache.read('eu-west-2', 'token');
    expect(source.calls).toHaveLength(1);
    now = 1000;
    const third = cache.read('eu-west-2', 'token');
    source.answer();
    await third;
    expect(source.calls).toHaveLength(2);
  });

  it('keeps a joined call going when one of its waiters leaves, and cancels it when all leave', async () => {
    const source = upstream();
    const cache = createPageCache(source.fetchPage, { ttlMs: 0, maxPages: 10, now: () => 0 });
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = cache.read('eu-west-2', null, leaving.signal);
    const stayed = cache.read('eu-west-2', null, staying.signal);
    leaving.abort();
    await expect(left).rejects.toThrow(/closed/);
    expect(source.calls[0]?.signal?.aborted).toBe(false);
    staying.abort();
    await expect(stayed).rejects.toThrow(/closed/);
    expect(source.calls[0]?.signal?.aborted).toBe(true);
  });

  it('forgets the least recently used page beyond its size', async () => {
    const source = upstream();
    const cache = createPageCache(source.fetchPage, { ttlMs: 1000, maxPages: 2, now: () => 0 });
    for (const token of ['a', 'b', 'c']) {
      const read = cache.read('eu-west-2', token);
      source.answer();
      await read;
    }
    expect(cache.size()).toBe(2);
  });
});
