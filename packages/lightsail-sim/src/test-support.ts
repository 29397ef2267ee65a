import { Sha256 } from '@aws-crypto/sha256-js';
import type { ExportSnapshotRecord } from '@aws-sdk/client-lightsail';
import { GetExportSnapshotRecordsCommand, LightsailClient } from '@aws-sdk/client-lightsail';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Simulator } from './types';

/** A real SDK client pointed at the simulator, as the server's gateway builds one. */
export function sdkClient(
  sim: Simulator,
  region: string,
  overrides: { secretAccessKey?: string; accessKeyId?: string; maxAttempts?: number } = {},
): LightsailClient {
  return new LightsailClient({
    region,
    endpoint: sim.url,
    credentials: {
      accessKeyId: overrides.accessKeyId ?? sim.credentials.accessKeyId,
      secretAccessKey: overrides.secretAccessKey ?? sim.credentials.secretAccessKey,
    },
    maxAttempts: overrides.maxAttempts ?? 3,
  });
}

/** Follows nextPageToken to the end, the way every consumer must (the SDK ships no paginator for it). */
export async function readAllPages(
  client: LightsailClient,
): Promise<{ records: ExportSnapshotRecord[]; pages: number }> {
  const records: ExportSnapshotRecord[] = [];
  let pages = 0;
  let pageToken: string | undefined;
  do {
    const page = await client.send(new GetExportSnapshotRecordsCommand({ pageToken }));
    pages++;
    records.push(...(page.exportSnapshotRecords ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return { records, pages };
}

/** The SDK's view of a wire record: epoch seconds become Dates, everything else is kept as is. */
export function asSdkRecord(wire: object): unknown {
  return JSON.parse(JSON.stringify(wire), (key, value) =>
    key === 'createdAt' && typeof value === 'number' ? new Date(Math.round(value * 1000)) : value,
  );
}

export interface RawRequest {
  region?: string;
  target?: string | undefined;
  body?: string | Buffer;
  contentType?: string | undefined;
  /** Sign as of this date (default now). */
  signingDate?: Date;
  secretAccessKey?: string;
  accessKeyId?: string;
  service?: string;
  /** Extra headers, signed like the others. */
  headers?: Record<string, string>;
  /** Skip signing altogether. */
  unsigned?: boolean;
  method?: string;
  path?: string;
  /** Send this body instead of the one signed. */
  sendBody?: string;
  /** Leave out x-amz-content-sha256, so only the signature covers the body. */
  omitPayloadHash?: boolean;
}

/** A hand-built request signed with the SDK's signer, for what no well-behaved client would send. */
export async function rawRequest(
  sim: Simulator,
  request: RawRequest = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const url = new URL(request.path ?? '/', sim.url);
  const body = request.body ?? '{}';
  const headers: Record<string, string> = { host: url.host, ...request.headers };
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  else if (!('contentType' in request)) headers['content-type'] = 'application/x-amz-json-1.1';
  if (request.target !== undefined) headers['x-amz-target'] = request.target;
  else if (!('target' in request)) headers['x-amz-target'] = 'Lightsail_20161128.GetExportSnapshotRecords';
  let finalHeaders = headers;
  if (!request.unsigned) {
    const signer = new SignatureV4({
      credentials: {
        accessKeyId: request.accessKeyId ?? sim.credentials.accessKeyId,
        secretAccessKey: request.secretAccessKey ?? sim.credentials.secretAccessKey,
      },
      region: request.region ?? sim.regions[0] ?? 'us-east-1',
      service: request.service ?? 'lightsail',
      sha256: Sha256,
      applyChecksum: !request.omitPayloadHash,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: request.method ?? 'POST',
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        headers,
        body,
      }),
      { signingDate: request.signingDate ?? new Date() },
    );
    finalHeaders = signed.headers;
  }
  const { host: _host, ...sendable } = finalHeaders;
  const response = await fetch(url, {
    method: request.method ?? 'POST',
    headers: sendable,
    body: request.method === 'GET' ? null : (request.sendBody ?? body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}
