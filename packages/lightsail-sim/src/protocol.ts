import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * AWS JSON 1.1 framing: the content type, the request id header, and errors as
 * `{"__type", "message"}`. SDKs read the error name from `__type` first (then `code`, then the
 * `x-amzn-ErrorType` header); we send both the body field and the header, as AWS does.
 */
export const CONTENT_TYPE = 'application/x-amz-json-1.1';
export const TARGET_PREFIX = 'Lightsail_20161128';
export const MAX_BODY_BYTES = 1024 * 1024;

export class AwsError extends Error {
  readonly type: string;
  readonly status: number;
  constructor(type: string, status: number, message: string) {
    super(message);
    this.type = type;
    this.status = status;
  }
}

/** The errors the simulator answers with; statuses as Lightsail and the AWS front end use them. */
export const awsErrors = {
  missingAuth: () => new AwsError('MissingAuthenticationTokenException', 403, 'Missing Authentication Token'),
  incompleteSignature: (message: string) => new AwsError('IncompleteSignatureException', 400, message),
  unrecognizedClient: () =>
    new AwsError(
      'UnrecognizedClientException',
      403,
      'The security token included in the request is invalid.',
    ),
  invalidSignature: (message: string) => new AwsError('InvalidSignatureException', 403, message),
  invalidRegion: (region: string) =>
    new AwsError(
      'InvalidSignatureException',
      403,
      `Credential should be scoped to a valid region, not '${region}'. `,
    ),
  unknownOperation: (message: string) => new AwsError('UnknownOperationException', 400, message),
  serialization: (message: string) => new AwsError('SerializationException', 400, message),
  tooLarge: () =>
    new AwsError(
      'RequestEntityTooLargeException',
      413,
      `Request must be smaller than ${MAX_BODY_BYTES} bytes.`,
    ),
  invalidInput: (message: string) => new AwsError('InvalidInputException', 400, message),
  throttling: () => new AwsError('ThrottlingException', 400, 'Rate exceeded'),
  service: () => new AwsError('ServiceException', 500, 'An internal error occurred. Please try again later.'),
  accessDenied: (operation: string) =>
    new AwsError('AccessDeniedException', 400, `You are not authorized to perform: lightsail:${operation}.`),
  settingUp: (region: string) =>
    new AwsError(
      'AccountSetupInProgressException',
      400,
      `Your account is still being set up in ${region}. Please try again in a few minutes.`,
    ),
};

export function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': requestId,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: AwsError, requestId: string): void {
  if (res.headersSent || res.destroyed) return;
  res.setHeader('x-amzn-ErrorType', error.type);
  sendJson(res, error.status, { __type: error.type, message: error.message }, requestId);
}

/**
 * Reads the body up to MAX_BODY_BYTES. A larger body is refused as soon as we know (declared
 * length, or the running total), and the rest is never buffered; the connection is closed after
 * the error so the client stops sending.
 */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      reject(awsErrors.tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        reject(awsErrors.tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Accepts what AWS JSON endpoints accept: either JSON protocol version, with optional parameters. */
export function isJsonContentType(value: string | undefined): boolean {
  const type = value?.split(';')[0]?.trim().toLowerCase();
  return type === CONTENT_TYPE || type === 'application/x-amz-json-1.0';
}

/** The request body as a JSON object, or the SerializationException AWS gives for anything else. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  // Botocore and the SDK send "{}" for an empty input; some hand-written clients send nothing.
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw awsErrors.serialization('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw awsErrors.serialization('Start of structure or map found where not expected.');
  }
  return parsed as Record<string, unknown>;
}
