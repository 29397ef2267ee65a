import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dataset } from './dataset';
import type { FaultController, FaultDecision } from './faults';
import { isOperation, type Operation, runOperation } from './operations';
import {
  AwsError,
  awsErrors,
  isJsonContentType,
  parseJsonObject,
  readBody,
  sendError,
  sendJson,
  TARGET_PREFIX,
} from './protocol';
import { REGION_NAMES } from './regions';
import { type Credentials, verifySignature } from './sigv4';
import type { StatsRecorder } from './stats';

export interface AwsHandlerDeps {
  dataset: Dataset;
  faults: FaultController;
  stats: StatsRecorder;
  credentials: Credentials;
  pageSize: number;
}

/**
 * One Lightsail API request, in the order AWS's front end checks things: framing and size, then
 * the signature (which yields the region), then the operation and its input, then the region's
 * faults. Anything unexpected becomes a ServiceException: a request never crashes the process.
 */
export async function handleAwsRequest(req: IncomingMessage, res: ServerResponse, deps: AwsHandlerDeps) {
  const requestId = randomUUID();
  let tracked: { operation: Operation; region: string } | undefined;
  const departed = new AbortController();
  res.on('close', () => {
    if (res.writableFinished) return;
    departed.abort();
    deps.stats.abort(tracked);
  });
  try {
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
      throw awsErrors.unknownOperation('Lightsail only answers POST / with an X-Amz-Target header.');
    }
    const body = await readBody(req);
    const region = await verifySignature(
      { method: req.method, url: req.url ?? '/', headers: req.headers, body },
      deps.credentials,
      (name) => REGION_NAMES.includes(name),
      // The signature's freshness is judged by the real clock, even when data uses an injected one.
      Date.now(),
    );
    const operation = parseTarget(req.headers['x-amz-target']);
    // GetRegions answers from any Lightsail region, as on AWS; records only in the regions served.
    if (operation !== 'GetRegions' && !deps.dataset.has(region)) throw awsErrors.invalidRegion(region);
    if (!isJsonContentType(req.headers['content-type'])) {
      throw awsErrors.serialization(
        `Content-Type must be application/x-amz-json-1.1, not '${req.headers['content-type'] ?? ''}'.`,
      );
    }
    const input = parseJsonObject(body);
    tracked = { operation, region };
    await applyDelays(deps.faults, region, departed.signal);
    if (departed.signal.aborted) return;
    const fault = faultError(deps.faults.decide(region), operation, region);
    if (fault) throw fault;
    const output = runOperation(operation, input, { dataset: deps.dataset, region, pageSize: deps.pageSize });
    sendJson(res, 200, output, requestId);
    deps.stats.record(operation, region, 'ok');
  } catch (caught) {
    if (departed.signal.aborted) return;
    const error = caught instanceof AwsError ? caught : unexpected(caught);
    // Past the size limit the rest of the body is never read, so the connection cannot be reused.
    if (error.status === 413) res.setHeader('Connection', 'close');
    sendError(res, error, requestId);
    if (tracked) deps.stats.record(tracked.operation, tracked.region, error.type);
  }
}

function parseTarget(value: string | string[] | undefined): Operation {
  const target = Array.isArray(value) ? value[0] : value;
  const [prefix, name, ...rest] = (target ?? '').split('.');
  if (prefix !== TARGET_PREFIX || name === undefined || rest.length > 0 || !isOperation(name)) {
    throw awsErrors.unknownOperation(
      target
        ? `Operation ${target} is not supported by this endpoint.`
        : 'The X-Amz-Target header is missing.',
    );
  }
  return name;
}

async function applyDelays(faults: FaultController, region: string, signal: AbortSignal): Promise<void> {
  const latency = faults.effective(region).latencyMs ?? 0;
  if (latency > 0) await sleep(latency, undefined, { signal }).catch(() => undefined);
  if (!signal.aborted) await faults.waitWhileHanging(region, signal);
}

function faultError(decision: FaultDecision, operation: string, region: string): AwsError | undefined {
  switch (decision) {
    case 'accessDenied':
      return awsErrors.accessDenied(operation);
    case 'settingUp':
      return awsErrors.settingUp(region);
    case 'throttle':
      return awsErrors.throttling();
    case 'error':
      return awsErrors.service();
    default:
      return undefined;
  }
}

function unexpected(error: unknown): AwsError {
  console.error('lightsail-sim: unexpected error while answering a request', error);
  return awsErrors.service();
}
