import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerClientError } from './client-error';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function listen(handler: http.RequestListener, options: http.ServerOptions = {}): Promise<number> {
  server = http.createServer(options, handler);
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function exchange(port: number, steps: (socket: net.Socket, received: () => string) => Promise<void>) {
  return new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => {
      data += String(chunk);
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(data));
    steps(socket, () => data).catch(reject);
  });
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('answerClientError', () => {
  it('answers a malformed request with the JSON error body and the security headers', async () => {
    const port = await listen((_req, res) => res.end('ok'));
    const answer = await exchange(port, async (socket) => {
      socket.write('\x00garbage\r\n\r\n');
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("frame-ancestors 'none'");
    expect(answer).toContain('"code":"bad_request"');
  });

  it('does not write a raw 400 into a response whose headers already went out', async () => {
    const port = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/csv' });
      res.write('first,row\n');
      setTimeout(() => res.end('last,row\n'), 300);
    });
    const answer = await exchange(port, async (socket, received) => {
      socket.write('GET /export HTTP/1.1\r\nHost: x\r\n\r\n');
      await until(() => received().includes('first,row'));
      socket.write('\x00garbage\r\n\r\n');
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).not.toContain('HTTP/1.1 400');
  });

  it('closes a connection that sent nothing within the headers timeout without writing an answer', async () => {
    const port = await listen((_req, res) => res.end('ok'), {
      headersTimeout: 300,
      requestTimeout: 300,
      connectionsCheckingInterval: 50,
    });
    // What a browser's preconnected socket looks like until it sends its next request.
    const answer = await exchange(port, async () => undefined);
    expect(answer).toBe('');
  });
});
