import { once } from 'node:events';
import { connect } from 'node:net';
import { recordsPageSchema } from '@export-ledger/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack';

let stack: Stack | undefined;

afterAll(async () => {
  await stack?.close();
});

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
    // Let them reach the server and the simulator (which holds each call 3 s) before the signal.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const exited = once(stack.server.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const signalledAt = Date.now();
    stack.server.child.kill('SIGTERM');

    let refused = 'connected';
    for (let tries = 0; tries < 100 && refused === 'connected'; tries += 1) {
      refused = await tryConnect(port);
      if (refused === 'connected') await new Promise((resolve) => setTimeout(resolve, 20));
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
