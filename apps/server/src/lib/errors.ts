import type { ErrorBody, ErrorCode } from '@export-ledger/contract';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { RequestAbortedError } from './abort';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  not_found: 404,
  rate_limited: 429,
  internal: 500,
  upstream_error: 502,
  upstream_throttled: 503,
  upstream_timeout: 504,
};

/** The one error type of the server: a code from the contract, its HTTP status, a safe message. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { field?: string; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = STATUS_BY_CODE[code];
  }
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  // req.path is relative to the mount point (app.use('/api', …)): name the path the client asked for.
  next(new AppError('not_found', `No route for ${req.method} ${req.baseUrl}${req.path}`));
};

/** Turns every error into the contract's JSON body. Unknown errors are logged, never echoed. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (err instanceof RequestAbortedError) {
    // The client is gone: nobody to answer.
    req.log?.debug('client closed the request');
    if (!res.writableEnded) res.destroy();
    return;
  }
  const appError = toAppError(err);
  if (appError.status >= 500) req.log?.error({ err }, 'request failed');
  if (appError.options.retryAfterSeconds !== undefined) {
    res.setHeader('Retry-After', String(appError.options.retryAfterSeconds));
  }
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      requestId: String(req.id ?? ''),
      ...(appError.options.field ? { field: appError.options.field } : {}),
    },
  };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(appError.status).json(body);
};

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // body-parser and friends mark client errors with a 4xx status; keep their status class only.
  const status = typeof err === 'object' && err !== null && 'status' in err ? Number(err.status) : 500;
  if (status === 404) return new AppError('not_found', 'Not found');
  if (status >= 400 && status < 500) return new AppError('bad_request', 'Malformed request');
  return new AppError('internal', 'Internal error', { cause: err });
}
