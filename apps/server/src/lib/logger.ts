import { type DestinationStream, pino } from 'pino';

/** Paths that may carry credentials; pino replaces their values before anything is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-amz-security-token"]',
  // What an authenticating proxy in front may add.
  'req.headers["x-api-key"]',
  'req.headers["x-auth-request-access-token"]',
  'res.headers["set-cookie"]',
  '*.accessKeyId',
  '*.secretAccessKey',
  '*.sessionToken',
  '*.credentials',
  'err.config',
];

/** JSON lines to stdout; tests pass a destination to read what would be written. */
export function createLogger(level: string, destination?: DestinationStream) {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}

export type Logger = ReturnType<typeof createLogger>;
