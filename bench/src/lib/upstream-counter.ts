import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UpstreamCall {
  operation: string;
  region: string;
  pageToken: string | null;
}

export interface UpstreamCounter {
  url: string;
  calls(): UpstreamCall[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * A pass-through proxy in front of the simulator that notes which page every upstream call asked for:
 * the simulator counts requests, but "upstream calls per distinct page" needs the page token too.
 * It forwards bytes and headers untouched (Host included), so SigV4 signatures still verify.
 */
export async function startUpstreamCounter(targetUrl: string): Promise<UpstreamCounter> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true });
  let calls: UpstreamCall[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      calls.push(describeCall(req.headers, body));
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => [...calls],
    reset: () => {
      calls = [];
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}

function describeCall(headers: http.IncomingHttpHeaders, body: Buffer): UpstreamCall {
  const target = String(headers['x-amz-target'] ?? '');
  const scope = String(headers.authorization ?? '').match(/Credential=[^/]+\/\d{8}\/([^/]+)\//);
  let pageToken: string | null = null;
  try {
    const parsed = JSON.parse(body.toString('utf8') || '{}') as { pageToken?: unknown };
    pageToken = typeof parsed.pageToken === 'string' ? parsed.pageToken : null;
  } catch {
    // Not JSON: counted with no token; the simulator will answer it with an error.
  }
  return { operation: target.split('.').pop() ?? '', region: scope?.[1] ?? 'unknown', pageToken };
}

/** Upstream calls per distinct page asked for (1.0: no page was fetched twice). */
export function callsPerDistinctPage(calls: UpstreamCall[]): { calls: number; pages: number; ratio: number } {
  const pages = calls.filter((call) => call.operation === 'GetExportSnapshotRecords');
  const distinct = new Set(pages.map((call) => `${call.region}\u0000${call.pageToken ?? ''}`));
  return {
    calls: pages.length,
    pages: distinct.size,
    ratio: distinct.size === 0 ? 0 : pages.length / distinct.size,
  };
}
