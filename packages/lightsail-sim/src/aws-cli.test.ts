import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import type { Simulator } from './types';

const run = promisify(execFile);
// The Debian AWS CLI v2; a v1 `aws` may come first on PATH, so the path is explicit.
const AWS_CLI = process.env.AWS_CLI ?? '/usr/bin/aws';
const available = existsSync(AWS_CLI);
if (!available)
  console.warn(`Skipping the AWS CLI tests: ${AWS_CLI} is not installed (set AWS_CLI to point at one).`);

let sim: Simulator;
const REGION = 'eu-west-2';

async function aws(
  args: string[],
  secret = sim.credentials.secretAccessKey,
  keyId = sim.credentials.accessKeyId,
) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    AWS_ACCESS_KEY_ID: keyId,
    AWS_SECRET_ACCESS_KEY: secret,
    AWS_DEFAULT_REGION: REGION,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
  const argv = ['lightsail', ...args, '--endpoint-url', sim.url, '--output', 'json'];
  return run(AWS_CLI, argv, { env, timeout: 30_000 }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

const names = (stdout: string) =>
  (JSON.parse(stdout) as { exportSnapshotRecords: { name: string }[] }).exportSnapshotRecords.map(
    (r) => r.name,
  );

describe.skipIf(!available)('the AWS CLI v2 against the simulator', () => {
  beforeAll(async () => {
    sim = await startSimulator({
      host: '127.0.0.1',
      seed: 8,
      recordsPerRegion: 45,
      pageSize: 7,
      regions: [REGION, 'us-east-1'],
    });
  });
  afterAll(() => sim?.close());

  it('lists the whole region, following every page', { timeout: 60_000 }, async () => {
    const result = await aws(['get-export-snapshot-records', '--region', REGION]);
    expect(result.stderr).toBe('');
    expect(names(result.stdout)).toEqual(sim.records(REGION).map((r) => r.name));
  });

  it('resumes with --starting-token after --max-items without gaps or overlaps', {
    timeout: 60_000,
  }, async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const result = await aws([
        'get-export-snapshot-records',
        '--region',
        REGION,
        '--max-items',
        // Not a multiple of the page size: the CLI stops mid-page and must resume inside it.
        '16',
        ...(token ? ['--starting-token', token] : []),
      ]);
      expect(result.code).toBe(0);
      seen.push(...names(result.stdout));
      token = (JSON.parse(result.stdout) as { NextToken?: string }).NextToken;
    } while (token);
    expect(seen).toEqual(sim.records(REGION).map((r) => r.name));
  });

  it('shows the error class real AWS gives for a wrong secret', { timeout: 60_000 }, async () => {
    const result = await aws(['get-export-snapshot-records', '--region', REGION], 'wrong-secret');
    expect(result.code).toBe(254);
    expect(result.stderr).toContain(
      'An error occurred (InvalidSignatureException) when calling the GetExportSnapshotRecords operation: The request signature we calculated does not match',
    );
  });

  it('shows UnrecognizedClientException for an unknown access key', { timeout: 60_000 }, async () => {
    const result = await aws(
      ['get-export-snapshot-records', '--region', REGION],
      'any',
      'AKIANOTAKNOWNKEY0000',
    );
    expect(result.code).toBe(254);
    expect(result.stderr).toContain(
      'An error occurred (UnrecognizedClientException) when calling the GetExportSnapshotRecords operation: The security token included in the request is invalid.',
    );
  });

  it('lists the served regions', { timeout: 60_000 }, async () => {
    const result = await aws(['get-regions', '--region', 'us-east-1']);
    const regions = (JSON.parse(result.stdout) as { regions: { name: string }[] }).regions.map((r) => r.name);
    expect(regions.sort()).toEqual(['eu-west-2', 'us-east-1']);
  });
});
