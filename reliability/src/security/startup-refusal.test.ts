import { describe, expect, it } from 'vitest';
import { runServerToExit, startServerProcess } from '../support/server-process';

/** Nothing here binds a public address: the refusal happens before listen, and the waiver is
 * exercised on 127.0.0.2, a loopback address the server's own loopback list does not name. */
describe('starting on a non-loopback HOST without access control', () => {
  it.concurrent.each(['0.0.0.0', '::', '192.0.2.10', '127.0.0.2'])(
    'refuses HOST=%s with a message naming HOST, before listening',
    async (host) => {
      const { code, output, listened } = await runServerToExit({ HOST: host });
      expect(code).not.toBe(0);
      expect(listened).toBe(false);
      expect(output).toMatch(/HOST/);
      expect(output).toContain(host);
      expect(output).toContain('ALLOW_REMOTE_WITHOUT_AUTH');
      expect(output).not.toMatch(/\n\s+at .*\(/); // a message, not a stack trace
    },
  );

  it('starts once the operator waives it explicitly', async () => {
    const server = await startServerProcess({
      env: { HOST: '127.0.0.2', ALLOW_REMOTE_WITHOUT_AUTH: 'true' },
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop('SIGKILL');
    }
  });

  it.concurrent.each([
    ['PORT', 'abc'],
    ['LIGHTSAIL_SOURCE', 'nope'],
    ['LIGHTSAIL_REGIONS', 'us-east-1.evil.example'],
    ['LIGHTSAIL_ENDPOINT', 'file:///etc/passwd'],
  ])('refuses %s=%s with a message naming it', async (name, value) => {
    const { code, output, listened } = await runServerToExit({ [name]: value });
    expect(code).not.toBe(0);
    expect(listened).toBe(false);
    expect(output).toContain(name);
  });
});
