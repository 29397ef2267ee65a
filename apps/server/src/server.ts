import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { compose } from './compose';
import { ConfigError, loadConfig } from './config';
import { answerClientError } from './lib/client-error';
import { createLogger } from './lib/logger';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function readConfig() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.LOG_LEVEL);
const composition = await compose(config, logger, packageJson.version);
const app = createApp({
  ...composition.deps,
  webDistDir: fileURLToPath(new URL('../../web/dist', import.meta.url)),
});

// A client that trickles its headers holds a socket: Node waits 60 s for them and checks every 30 s.
// Our requests are one short line: 10 s is plenty. Answers (long exports) are not limited by this.
const server = createServer(
  { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 2_000 },
  app,
);
server.listen(config.PORT, config.HOST, () => {
  const { port } = server.address() as AddressInfo;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  // The one line other tools wait for; written plainly, outside the JSON log stream.
  process.stdout.write(`Export Ledger listening on http://${host}:${port}\n`);
});
server.on('clientError', answerClientError);
server.on('error', (error) => {
  logger.fatal({ err: error }, 'could not listen');
  process.exit(1);
});

let stopping = false;
/** Answers not yet finished: once stopping, each one closes its connection instead of keeping it alive. */
const unfinished = new Set<ServerResponse>();
// Prepended: it must run before Express, which may answer in the same tick.
server.prependListener('request', (_req, res: ServerResponse) => {
  if (stopping && !res.headersSent) res.setHeader('Connection', 'close');
  unfinished.add(res);
  res.once('close', () => {
    unfinished.delete(res);
    // An answer whose headers went out before the signal said keep-alive: close its connection now.
    if (stopping) server.closeIdleConnections();
  });
});
/** Stop accepting, let requests in flight finish, release upstream clients and the simulator. */
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // Otherwise a keep-alive client (any browser) may send its next request on the old connection,
  // which is then accepted and cut 8 s later, and close() waits for that idle connection to time out.
  for (const res of unfinished) if (!res.headersSent) res.setHeader('Connection', 'close');
  // Long exports get 8 s to finish, then their connections are cut so close() can complete.
  setTimeout(() => server.closeAllConnections(), 8_000).unref();
  setTimeout(() => {
    logger.warn('could not stop cleanly within 10 s');
    process.exit(1);
  }, 10_000).unref();
  server.close(async () => {
    await composition.close().catch((error: unknown) => logger.error({ err: error }, 'close failed'));
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
