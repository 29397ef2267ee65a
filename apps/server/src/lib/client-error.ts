import type { Socket } from 'node:net';
import type { ErrorBody } from '@export-ledger/contract';

/** The headers helmet gives every other answer; this one is written before Express sees anything. */
const SECURITY_HEADERS = [
  "Content-Security-Policy: default-src 'self';base-uri 'none';frame-ancestors 'none';object-src 'none'",
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: no-referrer',
];

/**
 * Requests Node's HTTP parser refuses before Express runs (a 1 MB query string, a malformed header)
 * would get Node's bare 431/400 with no body. They get the API's JSON error body instead.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A response already on its way (pipelined garbage after a request): a raw 400 written now would
  // land in the middle of its body. Node's own default handler makes the same check.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  // A timeout (headers not in within headersTimeout) also fires on a connection the browser opened
  // ahead of need and has not used yet: an answer written now would be read as the answer to the
  // request it sends next. Closed without an answer, the browser retries that request elsewhere.
  const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  if (error.code === 'ECONNRESET' || timedOut || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    error: {
      code: 'bad_request',
      message: tooLarge ? 'The request line or headers are too large' : 'Malformed HTTP request',
      requestId: '',
    },
  } satisfies ErrorBody);
  socket.end(
    [
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      ...SECURITY_HEADERS,
      '',
      body,
    ].join('\r\n'),
  );
}
