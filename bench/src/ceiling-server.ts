// The throughput ceiling: a bare Express route answering the same JSON body as the BFF's cached page,
// with no middleware at all. Run as its own process so it never shares an event loop with autocannon.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';

const file = process.env.PAYLOAD_FILE;
if (!file) throw new Error('PAYLOAD_FILE is required');
const payload: unknown = JSON.parse(readFileSync(file, 'utf8'));

const app = express();
app.get('/x', (_req, res) => {
  res.json(payload);
});
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`Ceiling listening on http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
