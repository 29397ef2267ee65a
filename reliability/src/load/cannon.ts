/**
 * The load generator, run as its own process (`node --import tsx cannon.ts '<json>'`) so the
 * server's event loop and the generator's never share a core's time slice in one process. Prints
 * one JSON line: statuses, bodies of non-2xx answers that are not the contract's error body, and
 * autocannon's counters.
 */
import { errorBodySchema } from '@export-ledger/contract';
import autocannon from 'autocannon';

export interface CannonConfig {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Weighted request paths: [path, weight]. */
  paths: [string, number][];
}

export interface CannonReport {
  total: number;
  statuses: Record<string, number>;
  /** Samples of non-2xx answers whose body is not `{ error: { code, message, requestId } }`. */
  malformedErrors: string[];
  malformedCount: number;
  errors: number;
  timeouts: number;
  requestsPerSecond: number;
}

function main(): void {
  const config = JSON.parse(process.argv[2] ?? '{}') as CannonConfig;
  const total = config.paths.reduce((sum, [, weight]) => sum + weight, 0);
  const pick = (): string => {
    let roll = Math.random() * total;
    for (const [path, weight] of config.paths) {
      roll -= weight;
      if (roll <= 0) return path;
    }
    return config.paths[0]?.[0] ?? '/';
  };
  const statuses: Record<string, number> = {};
  const malformed: string[] = [];
  let malformedCount = 0;
  const instance = autocannon(
    {
      url: config.url,
      connections: config.connections,
      duration: config.durationSeconds,
      timeout: 30,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: pick() }),
          onResponse: (status, body) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status < 300) return;
            let ok = false;
            try {
              ok = errorBodySchema.safeParse(JSON.parse(body)).success;
            } catch {
              ok = false;
            }
            if (!ok) {
              malformedCount += 1;
              if (malformed.length < 10) malformed.push(`${status}: ${body.slice(0, 300)}`);
            }
          },
        },
      ],
    },
    (error, result) => {
      if (error) {
        process.stderr.write(`autocannon failed: ${String(error)}\n`);
        process.exit(1);
      }
      const report: CannonReport = {
        total: result.requests.total,
        statuses,
        malformedErrors: malformed,
        malformedCount,
        errors: result.errors,
        timeouts: result.timeouts,
        requestsPerSecond: result.requests.average,
      };
      process.stdout.write(`${JSON.stringify(report)}\n`);
    },
  );
  process.once('SIGINT', () => instance.stop());
}

main();
