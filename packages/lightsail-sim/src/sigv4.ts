import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { awsErrors } from './protocol';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials carry one; a request must then send exactly it, and otherwise none. */
  sessionToken?: string;
}

export interface SignedRequest {
  method: string;
  /** Path and query as received, e.g. `/` or `/?a=b`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** AWS refuses a request signed more than 15 minutes away from its own clock. */
const MAX_SKEW_MS = 15 * 60_000;
const SERVICE = 'lightsail';
const AUTH_PATTERN =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;_.-]+),\s*Signature=([0-9a-f]{64})$/;

/**
 * Checks a request's SigV4 signature by re-signing it with the SDK's own signer over exactly the
 * headers the client listed, then comparing. Returns the region of the credential scope: that is
 * how one endpoint serves every region. Throws the AwsError AWS answers with otherwise.
 */
export async function verifySignature(
  request: SignedRequest,
  credentials: Credentials,
  isValidRegion: (region: string) => boolean,
  nowMs: number,
): Promise<string> {
  const authorization = request.headers.authorization;
  if (authorization === undefined || authorization === '') throw awsErrors.missingAuth();
  const match = AUTH_PATTERN.exec(authorization.trim());
  if (!match) {
    throw awsErrors.incompleteSignature(
      "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters (AWS4-HMAC-SHA256).",
    );
  }
  const [, accessKeyId, scopeDate, region, service, signedHeaderList, signature] =
    match as unknown as string[];
  if (accessKeyId !== credentials.accessKeyId) throw awsErrors.unrecognizedClient();
  // AWS answers a session token that does not belong to the key (or any token sent with a
  // long-term key) the way it answers an unknown key.
  if (header(request.headers, 'x-amz-security-token') !== credentials.sessionToken) {
    throw awsErrors.unrecognizedClient();
  }
  const amzDate = header(request.headers, 'x-amz-date');
  const signedAt = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (amzDate === undefined || signedAt === undefined) {
    throw awsErrors.incompleteSignature(
      "Authorization header requires existence of a valid 'X-Amz-Date' header.",
    );
  }
  checkSkew(amzDate, signedAt, nowMs);
  if (service !== SERVICE)
    throw awsErrors.invalidSignature(`Credential should be scoped to correct service: '${SERVICE}'. `);
  if (!isValidRegion(region as string)) throw awsErrors.invalidRegion(region as string);
  if (scopeDate !== amzDate.slice(0, 8)) {
    throw awsErrors.invalidSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}'`,
    );
  }
  const signedHeaders = (signedHeaderList as string).split(';');
  if (!signedHeaders.includes('host'))
    throw awsErrors.invalidSignature("'Host' must be a 'SignedHeader' in the AWS Authorization.");
  checkPayloadHash(request);
  const expected = await computeSignature(request, credentials, region as string, signedHeaders, signedAt);
  const given = Buffer.from(signature as string, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw awsErrors.invalidSignature(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return region as string;
}

async function computeSignature(
  request: SignedRequest,
  credentials: Credentials,
  region: string,
  signedHeaders: string[],
  signingDate: Date,
): Promise<Buffer> {
  const url = new URL(request.url, 'http://placeholder');
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(request.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  const httpRequest = new HttpRequest({
    method: request.method,
    protocol: 'http:',
    hostname: headers.host ?? '',
    path: url.pathname,
    query,
    headers,
    body: request.body,
  });
  // applyChecksum: false, or the signer would add (and sign) an x-amz-content-sha256 the client never sent.
  const signer = new SignatureV4({
    // Without the token: the client's own x-amz-security-token header, when it signed one, is
    // already among the signed headers above.
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    region,
    service: SERVICE,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(httpRequest, {
    signingDate,
    signableHeaders: new Set(signedHeaders),
  });
  const auth = String(signed.headers.authorization ?? '');
  return Buffer.from(/Signature=([0-9a-f]{64})/.exec(auth)?.[1] ?? '', 'hex');
}

/** A client may send the payload hash itself; the signer trusts that header, so we check it here. */
function checkPayloadHash(request: SignedRequest): void {
  const declared = header(request.headers, 'x-amz-content-sha256');
  if (declared === undefined) return;
  const actual = createHash('sha256').update(request.body).digest('hex');
  if (declared !== actual) {
    throw awsErrors.invalidSignature(
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }
}

function checkSkew(amzDate: string, signedAt: Date, nowMs: number): void {
  const now = formatAmzDate(new Date(nowMs));
  if (signedAt.getTime() < nowMs - MAX_SKEW_MS) {
    const limit = formatAmzDate(new Date(nowMs - MAX_SKEW_MS));
    throw awsErrors.invalidSignature(
      `Signature expired: ${amzDate} is now earlier than ${limit} (${now} - 15 min.)`,
    );
  }
  if (signedAt.getTime() > nowMs + MAX_SKEW_MS) {
    const limit = formatAmzDate(new Date(nowMs + MAX_SKEW_MS));
    throw awsErrors.invalidSignature(
      `Signature not yet current: ${amzDate} is still later than ${limit} (${now} + 15 min.)`,
    );
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
