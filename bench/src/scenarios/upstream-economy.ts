import { MAX_CURSOR_LENGTH } from '@export-ledger/contract';
import { followCursors, getPage } from '../lib/api';
import { withBff } from '../lib/processes';
import { callsPerDistinctPage, startUpstreamCounter } from '../lib/upstream-counter';
import { measure, type Row, type ScenarioResult } from '../report';
import type { Stage } from './stage';

const CONCURRENT = 50;
const SCROLL_RECORDS = 2_000;
const LATENCY_MS = 20;
/** The web's page size (apps/web get-records.ts PAGE_LIMIT). */
const WEB_LIMIT = '100';
/** Rows a 1,000 px viewport shows: the web keeps fetching a sparse filter until they are there. */
const VIEWPORT_ROWS = 20;

/**
 * 5. Upstream economy: how many Lightsail calls the BFF makes per distinct page, (a) when 50 identical
 * requests arrive at once on a cold cache, (b) for a user who scrolls 2,000 records, filters, and
 * comes back. Counted by a pass-through proxy that notes each call's region and page token.
 */
export async function upstreamEconomy(stage: Stage): Promise<ScenarioResult> {
  const counter = await startUpstreamCounter(stage.sim.url);
  stage.sim.setFaults('*', { latencyMs: LATENCY_MS });
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const bffOptions = { simUrl: counter.url, credentials: stage.sim.credentials, regions: stage.regions };
    // (a) a cold BFF, 50 identical first-page requests at once.
    await withBff(bffOptions, async (bff) => {
      counter.reset();
      await Promise.all(Array.from({ length: CONCURRENT }, () => getPage(bff.url, { limit: '50' })));
      const result = callsPerDistinctPage(counter.calls());
      rows.push({
        scenario: '5',
        figure: `Upstream calls per distinct page, ${CONCURRENT} concurrent identical first-page requests (all regions)`,
        subject: measure([result.ratio], 'calls'),
        target: { kind: 'budget', text: '= 1.00', met: result.ratio === 1 },
      });
      notes.push(
        `(a) ${CONCURRENT} concurrent \`GET /api/records?limit=50\` on a just-started BFF: ${result.calls} upstream page calls for ${result.pages} distinct pages (region, page token).`,
      );
    });
    // (b) the web's journey: scroll, filter, back. A fresh BFF so the cache starts cold.
    await withBff(bffOptions, async (bff) => {
      counter.reset();
      const started = performance.now();
      const scrolled = await followCursors(bff.url, { limit: WEB_LIMIT }, SCROLL_RECORDS);
      const afterScroll = callsPerDistinctPage(counter.calls());
      const filtered = await followCursors(bff.url, { limit: WEB_LIMIT, state: 'Failed' }, VIEWPORT_ROWS);
      // Back to no filter. The web keeps the unfiltered pages for 5 minutes (staleTime) and asks for
      // nothing; a reload or a second tab asks for all of them again: that is the case measured.
      const back = await followCursors(bff.url, { limit: WEB_LIMIT }, SCROLL_RECORDS);
      const seconds = (performance.now() - started) / 1000;
      const result = callsPerDistinctPage(counter.calls());
      rows.push({
        scenario: '5',
        figure: `Upstream calls per distinct page: scroll ${SCROLL_RECORDS.toLocaleString('en')} records, filter state=Failed, back`,
        subject: measure([result.ratio], 'calls'),
        target: { kind: 'goal', text: '= 1.00 (within the cache TTL)', met: result.ratio <= 1 },
      });
      rows.push({
        scenario: '5',
        figure: `Longest cursor while paging all ${stage.regions.length} regions (it travels in the URL)`,
        subject: measure([Math.max(scrolled.longestCursor, back.longestCursor)], 'chars'),
        target: {
          kind: 'budget',
          text: `≤ ${MAX_CURSOR_LENGTH} (contract's MAX_CURSOR_LENGTH)`,
          met: Math.max(scrolled.longestCursor, back.longestCursor) <= MAX_CURSOR_LENGTH,
        },
      });
      notes.push(
        `(b) as the web asks (limit ${WEB_LIMIT}, following cursors): ${scrolled.records} records in ${scrolled.requests} requests (${afterScroll.calls} upstream calls for ${afterScroll.pages} distinct pages); then \`state=Failed\` until a viewport of ${VIEWPORT_ROWS} rows is full (${filtered.records} records, ${filtered.requests} requests); then no filter again, all ${back.requests} requests once more (the web itself would serve them from its 5-minute query cache; a reload or a second tab would not). In all: ${result.calls} upstream page calls for ${result.pages} distinct pages, in ${seconds.toFixed(1)} s.`,
        `Every region at ${LATENCY_MS} ms; default \`CACHE_TTL_MS\` (15 s), so a journey shorter than that should fetch no page twice.`,
      );
    });
  } finally {
    stage.sim.clearFaults('*');
    await counter.close();
  }
  return { rows, notes };
}
