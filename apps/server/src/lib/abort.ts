import { setMaxListeners } from 'node:events';
import type { Request, Response } from 'express';

/** The browser's request went away: nothing to answer, nothing to report as a fault. */
export class RequestAbortedError extends Error {
  override name = 'RequestAbortedError';
  constructor(message = 'The client closed the request') {
    super(message);
  }
}

/**
 * An AbortSignal that fires when the client disconnects before the response is complete, so every
 * upstream call made for this request is cancelled with it.
 */
export function requestSignal(req: Request, res: Response): AbortSignal {
  const controller = new AbortController();
  // One listener per region read in parallel (up to 20), and Node warns past 10 on stderr.
  setMaxListeners(100, controller.signal);
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new RequestAbortedError());
  });
  req.once('aborted', () => controller.abort(new RequestAbortedError()));
  return controller.signal;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RequestAbortedError();
}
