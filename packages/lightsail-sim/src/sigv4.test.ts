import {
  GetExportSnapshotRecordsCommand,
  GetRegionsCommand,
  LightsailClient,
} from '@aws-sdk/client-lightsail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { rawRequest, sdkClient } from './test-support';
import type { Simulator } from './types';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ recordsPerRegion: 3, regions: ['eu-west-2', 'us-east-1'] });
});
afterAll(() => sim.close());

async function sdkError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) =>
      e as { name: string; message: string; $metadata: { httpStatusCode?: number; attempts?: number } },
  );
  if (!error) throw new Error('expected the call to fail');
  return error;
}

describe('SigV4 verification', () => {
  it('accepts a request signed with the configured key pair for any served region', async () => {
    for (const region of ['eu-west-2', 'us-east-1']) {
      const page = await sdkClient(sim, region).send(new GetExportSnapshotRecordsCommand({}));
      expect(page.exportSnapshotRecords).toHaveLength(3);
    }
  });

  it('answers a wrong secret with InvalidSignatureException (403), as the SDK names it', async () => {
    const error = await sdkError(
      sdkClient(sim, 'eu-west-2', { secretAccessKey: 'not-the-secret', maxAttempts: 1 }).send(
        new GetRegionsCommand({}),
      ),
    );
    expect(error.name).toBe('InvalidSignatureException');
    expect(error.message).toMatch(/signature we calculated does not match/);
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('answers an unknown access key with UnrecognizedClientException (403)', async () => {
    const error = await sdkError(
      sdkClient(sim, 'eu-west-2', { accessKeyId: 'AKIAUNKNOWNKEY000000', maxAttempts: 1 }).send(
        new GetRegionsCommand({}),
      ),
    );
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.message).toBe('The security token included in the request is invalid.');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('answers a request without Authorization with MissingAuthenticationTokenException (403)', async () => {
    const response = await rawRequest(sim, { unsigned: true });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });

  it('refuses a signature older than 15 minutes as expired', async () => {
    const response = await rawRequest(sim, { signingDate: new Date(Date.now() - 20 * 60_000) });
    expect(response.status).toBe(403);
    expect(response.body.__type).toBe('InvalidSignatureException');
    expect(response.body.message).toMatch(
      /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z/,
    );
  });

  it('refuses a signature dated more than 15 minutes ahead', async () => {
    const response = await rawRequest(sim, { signingDate: new Date(Date.now() + 20 * 60_000) });
    expect(response.body.__type).toBe('InvalidSignatureException');
    expect(response.body.message).toMatch(/^Signature not yet current/);
  });

  it('refuses records from a Lightsail region it does not serve', async () => {
    const response = await rawRequest(sim, { region: 'ap-southeast-2' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ __type: 'InvalidSignatureException' });
    expect(response.body.message).toMatch(/valid region, not 'ap-southeast-2'/);
  });

  it('refuses a credential scoped to something that is not a Lightsail region', async () => {
    const response = await rawRequest(sim, { region: 'mars-north-1' });
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/valid region, not 'mars-north-1'/);
  });

  it('answers GetRegions signed for any Lightsail region, as AWS does', async () => {
    const response = await rawRequest(sim, {
      region: 'ap-southeast-2',
      target: 'Lightsail_20161128.GetRegions',
    });
    expect(response.status).toBe(200);
    expect((response.body.regions as { name: string }[]).map((r) => r.name)).toEqual([
      'us-east-1',
      'eu-west-2',
    ]);
  });

  it('refuses a credential scoped to another service', async () => {
    const response = await rawRequest(sim, { region: 'eu-west-2', service: 'ec2' });
    expect(response.body.__type).toBe('InvalidSignatureException');
    expect(response.body.message).toMatch(/correct service: 'lightsail'/);
  });

  it('refuses a payload hash header that does not match the body', async () => {
    const response = await rawRequest(sim, { headers: { 'x-amz-content-sha256': '0'.repeat(64) } });
    expect(response.body.__type).toBe('InvalidSignatureException');
  });

  it('refuses a body changed after signing', async () => {
    const response = await rawRequest(sim, {
      body: '{}',
      sendBody: '{"pageToken":"x"}',
      omitPayloadHash: true,
    });
    expect(response.status).toBe(403);
    expect(response.body.__type).toBe('InvalidSignatureException');
  });

  it('refuses a malformed Authorization header with IncompleteSignatureException', async () => {
    const response = await rawRequest(sim, {
      unsigned: true,
      headers: { authorization: 'AWS4-HMAC-SHA256 garbage' },
    });
    expect(response.status).toBe(400);
    expect(response.body.__type).toBe('IncompleteSignatureException');
  });
});

describe('session tokens', () => {
  const clientWith = (target: Simulator, sessionToken: string | undefined) =>
    new LightsailClient({
      region: 'eu-west-2',
      endpoint: target.url,
      maxAttempts: 1,
      credentials: {
        accessKeyId: target.credentials.accessKeyId,
        secretAccessKey: target.credentials.secretAccessKey,
        ...(sessionToken === undefined ? {} : { sessionToken }),
      },
    });

  it('refuses any session token sent with a long-term key, as AWS does', async () => {
    const error = await sdkError(clientWith(sim, 'not-a-token-of-this-key').send(new GetRegionsCommand({})));
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('with temporary credentials, answers only requests that carry their token', async () => {
    const temporary = await startSimulator({
      recordsPerRegion: 2,
      regions: ['eu-west-2'],
      credentials: {
        accessKeyId: 'ASIATEMPORARYKEY0000',
        secretAccessKey: 'temp-secret',
        sessionToken: 'the-token',
      },
    });
    try {
      const page = await clientWith(temporary, 'the-token').send(new GetExportSnapshotRecordsCommand({}));
      expect(page.exportSnapshotRecords).toHaveLength(2);
      for (const token of [undefined, 'another-token']) {
        const error = await sdkError(clientWith(temporary, token).send(new GetRegionsCommand({})));
        expect(error.name).toBe('UnrecognizedClientException');
      }
    } finally {
      await temporary.close();
    }
  });
});
