import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startSimApp } from '../test-support/sim-app';
import { createLogger } from './logger';

describe('request logs', () => {
  it('carry the request id and never the authorization header or a cookie', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await startSimApp({
      sim: { regions: ['eu-west-2'], records: 3 },
      logger: createLogger('info', sink),
    });
    try {
      const response = await app.get('/api/meta', {
        headers: {
          authorization: 'Bearer secret-token-123',
          cookie: 'session=secret-cookie-456',
          'proxy-authorization': 'Basic secret-proxy-789',
        },
      });
      const requestId = response.headers.get('x-request-id');
      const line = lines.find((text) => text.includes('/api/meta')) ?? '';
      expect(JSON.parse(line)).toMatchObject({ req: { id: requestId } });
      expect(line).not.toContain('secret-token-123');
      expect(line).not.toContain('secret-cookie-456');
      expect(line).not.toContain('secret-proxy-789');
      expect(line).toContain('[redacted]');
    } finally {
      await app.close();
    }
  });
});
