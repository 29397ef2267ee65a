import http from 'node:http';

/**
 * A plain keep-alive HTTP GET: the BFF's client side costs what the SDK's does (node:http), so the
 * BFF-vs-direct ratio measures the BFF, not the difference between fetch() and node:http.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
