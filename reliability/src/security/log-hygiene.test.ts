import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/http';
import { strayLines } from '../support/logs';
import { type Stack, startStack } from '../support/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: 131, regions: ['eu-west-2'], records: 20 }, { LOG_LEVEL: 'info' });
});

afterAll(async () => {
  await stack?.close();
});

describe('log output under hostile headers', () => {
  it('stays JSON lines with a request id: a client cannot make the server print stack traces', async () => {
    const hostile: Record<string, string>[] = [
      { 'x-forwarded-for': '1.2.3.4, 5.6.7.8' },
      { forwarded: 'for=1.2.3.4;host=evil.example' },
      { 'x-forwarded-host': 'evil.example', 'x-real-ip': '9.9.9.9' },
    ];
    for (const headers of hostile) {
      for (const path of ['/api/records?limit=1', '/api/meta', '/api/nope', '/healthz']) {
        await rawRequest(stack.url, path, { headers });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(strayLines(stack.server.output())).toEqual([]);
    const requestLines = stack.server
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"request completed"'));
    expect(requestLines.length).toBeGreaterThan(10);
    for (const line of requestLines) expect(JSON.parse(line).req.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stays JSON lines when one request reads every region at once', async () => {
    const all = await startStack({ seed: 132, records: 400 }, { LOG_LEVEL: 'info' });
    try {
      expect(all.sim.regions.length).toBeGreaterThan(10);
      for (const path of ['/api/records?limit=100', '/api/records.ndjson', '/api/records?q=zzz']) {
        expect((await fetch(`${all.url}${path}`)).status).toBe(200);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(strayLines(all.server.output())).toEqual([]);
    } finally {
      await all.close();
    }
  });
});
