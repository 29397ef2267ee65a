import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dataset } from './dataset';
import { type FaultController, parseFaults } from './faults';
import { readBody } from './protocol';
import type { StatsRecorder } from './stats';

export const CONTROL_PREFIX = '/__sim';

export interface ControlDeps {
  dataset: Dataset;
  faults: FaultController;
  stats: StatsRecorder;
}

/** The operator interface is for whoever runs the simulator, i.e. this machine only. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/**
 * `/__sim/*`: read and change faults, read and reset stats, read a region's ground truth.
 * Plain JSON, no SigV4 (it is not part of the AWS API), refused unless the peer is loopback.
 */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress)) {
    return reply(res, 403, { error: 'The control route only answers on loopback.' });
  }
  const path = (req.url ?? '').split('?')[0]?.slice(CONTROL_PREFIX.length) ?? '';
  const method = req.method ?? 'GET';
  try {
    let segments: string[];
    try {
      segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return reply(res, 400, { error: `The path ${CONTROL_PREFIX}${path} is not valid percent-encoding.` });
    }
    const [resource, target, extra] = segments;
    if (resource === 'faults' && extra === undefined)
      return await faultsRoute(req, res, deps, method, target);
    if (resource === 'stats' && target === undefined && method === 'GET')
      return reply(res, 200, deps.stats.snapshot());
    if (resource === 'stats' && target === 'reset' && method === 'POST') {
      deps.stats.reset();
      return reply(res, 200, deps.stats.snapshot());
    }
    if (resource === 'records' && target !== undefined && extra === undefined && method === 'GET') {
      if (!deps.dataset.has(target)) return reply(res, 404, { error: `Region ${target} is not served.` });
      return reply(res, 200, { region: target, records: deps.dataset.store(target).all() });
    }
    return reply(res, 404, { error: `No control route ${method} ${CONTROL_PREFIX}${path}.` });
  } catch (error) {
    return reply(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}

async function faultsRoute(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
  method: string,
  region?: string,
) {
  if (region !== undefined && region !== '*' && !deps.dataset.has(region)) {
    return reply(res, 404, { error: `Region ${region} is not served.` });
  }
  if (method === 'GET') {
    return reply(res, 200, region === undefined ? deps.faults.snapshot() : deps.faults.effective(region));
  }
  if (method === 'PUT' && region !== undefined) {
    const body = await readBody(req).catch(() => {
      throw new Error('The body must be a JSON object under 1 MiB.');
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new Error('The body is not valid JSON.');
    }
    deps.faults.set(region, parseFaults(parsed));
    return reply(res, 200, deps.faults.snapshot());
  }
  if (method === 'DELETE') {
    deps.faults.clear(region);
    return reply(res, 200, deps.faults.snapshot());
  }
  return reply(res, 405, { error: `${method} is not allowed here.` });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
