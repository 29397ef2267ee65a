import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { errorBodySchema } from '@export-ledger/contract';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One keep-alive connection pool for a test file, so thousands of requests stay cheap. */
export const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });

/**
 * A request sent as written: the path is not normalized (`/api/../x` stays as is), unlike fetch,
 * and any method or header the HTTP parser accepts can be sent.
 */
export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; agent?: Agent } = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent ?? keepAlive,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** True when the body is the contract's error body. */
export function isErrorBody(body: string): boolean {
  try {
    return errorBodySchema.safeParse(JSON.parse(body)).success;
  } catch {
    return false;
  }
}

export function isJsonContentType(headers: IncomingHttpHeaders): boolean {
  return /^application\/json\b/.test(String(headers['content-type'] ?? ''));
}
