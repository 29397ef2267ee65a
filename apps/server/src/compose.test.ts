import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metaSchema, recordsPageSchema } from '@export-ledger/contract';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { compose } from './compose';
import { loadConfig } from './config';
import { createLogger } from './lib/logger';

describe('compose in the default simulator mode', () => {
  it('boots like npm start with default configuration and serves demo records', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const composition = await compose(config, createLogger('silent'), '1.2.3');
    const server: Server = createApp(composition.deps).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = recordsPageSchema.parse(await (await fetch(`${base}/api/records?limit=30`)).json());
      expect(page.records).toHaveLength(30);
      expect(page.regions.every((region) => region.status === 'ok')).toBe(true);
      expect(metaSchema.parse(await (await fetch(`${base}/api/meta`)).json())).toEqual({
        source: 'simulator',
        version: '1.2.3',
      });
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await composition.close();
    }
  });
});
