import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageThrough, type SimApp, startSimApp } from '../test-support/sim-app';

let app: SimApp;
let pagedNames: string[] = [];
const regions = ['eu-west-2', 'us-east-1', 'ap-south-1', 'sa-east-1'];
const PAGE_SIZE = 100;

beforeAll(async () => {
  app = await startSimApp({ sim: { seed: 99, regions, recordsPerRegion: 5000, pageSize: PAGE_SIZE } });
}, 60_000);

async function cachedPages(): Promise<number> {
  const metrics = await (await app.get('/metrics')).text();
  return Number(/^page_cache_pages (\d+)$/m.exec(metrics)?.[1] ?? 0);
}

afterAll(async () => {
  await app.close();
});

/** Reads a streamed body, noting how many upstream pages had been read when the first bytes came. */
async function readStreamed(response: Response) {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  let upstreamCallsAtFirstChunk = -1;
  let upstreamCallsAfterPause = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (chunks === 0) {
      upstreamCallsAtFirstChunk = app.recordCalls();
      // A reader that stops reading: back-pressure must stop the server reading Lightsail too.
      await new Promise((resolve) => setTimeout(resolve, 500));
      upstreamCallsAfterPause = app.recordCalls();
    }
    chunks += 1;
    text += decoder.decode(value, { stream: true });
  }
  return { text, chunks, upstreamCallsAtFirstChunk, upstreamCallsAfterPause };
}

describe('exports of a 20,000-record selection', () => {
  it('streams NDJSON that matches the paged API record for record, before reading everything upstream', async () => {
    app.sim.resetStats();
    const response = await app.get('/api/records.ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="export-ledger-\d{8}\.ndjson"$/,
    );

    const { text, chunks, upstreamCallsAtFirstChunk, upstreamCallsAfterPause } = await readStreamed(response);
    const names = text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { name: string }).name);

    expect(names).toHaveLength(20_000);
    // An export reads through the page cache without filling it with the whole selection.
    expect(await cachedPages()).toBe(0);
    pagedNames = (await pageThrough(app, 'limit=200')).records.map((record) => record.name);
    expect(names).toEqual(pagedNames);
    expect(chunks).toBeGreaterThan(1);
    // Streamed: the first bytes left while most of the 200 upstream pages were still unread.
    expect(upstreamCallsAtFirstChunk).toBeLessThan(20_000 / PAGE_SIZE / 2);
    // Back-pressure: while the client paused for 500 ms, the server did not read on to the end
    // (it waits for 'drain'; only socket buffers' worth of pages were read ahead).
    expect(upstreamCallsAfterPause).toBeLessThan(20_000 / PAGE_SIZE / 2);
  }, 60_000);

  it('streams CSV with a header and one row per record in the same order', async () => {
    const response = await app.get('/api/records.csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const { text } = await readStreamed(response);
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header?.startsWith('name,arn,createdAt,region,state')).toBe(true);
    expect(rows.map((row) => row.split(',')[0])).toEqual(pagedNames);
  }, 60_000);

  it('applies the same filters as the list', async () => {
    const failed = (await pageThrough(app, 'limit=200&state=Failed&region=us-east-1')).records.map(
      (r) => r.name,
    );
    const { text } = await readStreamed(await app.get('/api/records.ndjson?state=Failed&region=us-east-1'));
    const names = text
      ? text
          .trimEnd()
          .split('\n')
          .map((line) => (JSON.parse(line) as { name: string }).name)
      : [];
    expect(names).toEqual(failed);
  }, 60_000);
});
