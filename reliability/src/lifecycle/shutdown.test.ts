import { once } from 'node:events';
import { connect } from 'node:net';
import { recordsPageSchema } from '@export-ledger/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack';

let stack: Stack | undefined;

afterAll(async () => {
  await stack?.close();
});

/** Page reads the server has started (cache misses, cache hits and calls joined in flight). */
async function pageReadsStarted(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  let reads = 0;
  for (const line of metrics.split('\n')) {
    const match = /^page_cache_(?:misses|hits)_total(?:\{[^}]*\})? (\d+)/.exec(line);
    if (match) reads += Number(match[1]);
  }
  return reads;
}

/** Resolves with the connect error code, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('SIGTERM while requests are in flight', () => {
  it('lets them complete, refuses new connections, and exits 0 within 10 s', async () => {
    stack = await startStack(
      { seed: 81, regions: ['eu-west-2', 'us-east-1'], records: 40 },
      { CACHE_TTL_MS: '0' },
    );
    const port = Number(new URL(stack.url).port);
    stack.sim.setFaults('*', { latencyMs: 3000 });

    const inFlight = [
      fetch(`${stack.url}/api/records?limit=5`),
      fetch(`${stack.url}/api/records?limit=9&region=eu-west-2`),
      fetch(`${stack.url}/api/records.ndjson?region=us-east-1`),
    ];
    // Signal only once all three are being served (each reads at least one page, which the simulator
    // holds 3 s): a connection still in the listen backlog at close would be reset, not served.
    // Four reads: the first page of both regions, of eu-west-2, of us-east-1.
    const deadline = Date.now() + 20_000;
    while ((await pageReadsStarted(stack.url)) < 4) {
      if (Date.now() > deadline) throw new Error('the in-flight requests never reached the server');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const exited = once(stack.server.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const signalledAt = Date.now();
    stack.server.child.kill('SIGTERM');

    // Until the signal is handled connections are still accepted; one that reaches the listen
    // backlog just as the listener closes is reset by the kernel. Both mean "not yet refused".
    let refused = 'connected';
    for (let tries = 0; tries < 100 && refused !== 'ECONNREFUSED'; tries += 1) {
      refused = await tryConnect(port);
      if (refused !== 'ECONNREFUSED') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(refused).toBe('ECONNREFUSED');

    const responses = await Promise.all(inFlight);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    recordsPageSchema.parse(await responses[0]?.json());
    recordsPageSchema.parse(await responses[1]?.json());
    const ndjson = (await responses[2]?.text()) ?? '';
    expect(ndjson.trim().split('\n').length).toBe(stack.sim.records('us-east-1').length);

    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    stack.sim.clearFaults('*');
  });
});
