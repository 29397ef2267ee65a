import { connect } from 'node:net';
import { GetExportSnapshotRecordsCommand } from '@aws-sdk/client-lightsail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePageToken } from './page-token';
import { startSimulator } from './server';
import { rawRequest, sdkClient } from './test-support';
import type { Simulator } from './types';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ recordsPerRegion: 30, pageSize: 10, regions: ['eu-west-2', 'us-east-1'] });
});
afterAll(() => sim.close());

describe('AWS JSON 1.1 framing', () => {
  it('answers with the JSON 1.1 content type, a request id and epoch-second timestamps', async () => {
    const response = await rawRequest(sim, { region: 'eu-west-2' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const [first] = response.body.exportSnapshotRecords as { createdAt: unknown }[];
    expect(typeof first?.createdAt).toBe('number');
    expect(typeof response.body.nextPageToken).toBe('string');
  });

  it('answers an unknown operation with UnknownOperationException (400)', async () => {
    const response = await rawRequest(sim, { target: 'Lightsail_20161128.DeleteInstance' });
    expect(response.status).toBe(400);
    expect(response.body.__type).toBe('UnknownOperationException');
  });

  it('answers a missing X-Amz-Target with UnknownOperationException', async () => {
    const response = await rawRequest(sim, { target: undefined });
    expect(response.status).toBe(400);
    expect(response.body.__type).toBe('UnknownOperationException');
  });

  it('answers malformed JSON with SerializationException (400)', async () => {
    const response = await rawRequest(sim, { body: '{"pageToken": ' });
    expect(response.status).toBe(400);
    expect(response.body.__type).toBe('SerializationException');
  });

  it('answers a JSON value that is not an object with SerializationException', async () => {
    for (const body of ['[]', '"x"', '42', 'null']) {
      expect((await rawRequest(sim, { body })).body.__type).toBe('SerializationException');
    }
  });

  it('answers a wrong content type with SerializationException', async () => {
    const response = await rawRequest(sim, { contentType: 'text/plain' });
    expect(response.status).toBe(400);
    expect(response.body.__type).toBe('SerializationException');
  });

  it('answers a pageToken that is not a string with SerializationException', async () => {
    const response = await rawRequest(sim, { body: '{"pageToken": 12}' });
    expect(response.body.__type).toBe('SerializationException');
  });

  it('ignores members it does not know, as AWS JSON services do', async () => {
    const response = await rawRequest(sim, { body: '{"somethingNew": true}' });
    expect(response.status).toBe(200);
  });

  it('answers an oversized body with 413 RequestEntityTooLargeException and stays up', async () => {
    const response = await rawRequest(sim, { body: Buffer.alloc(2 * 1024 * 1024, 0x20) });
    expect(response.status).toBe(413);
    expect(response.body.__type).toBe('RequestEntityTooLargeException');
    expect((await rawRequest(sim)).status).toBe(200);
  });

  it('answers other methods and paths with UnknownOperationException', async () => {
    expect((await rawRequest(sim, { method: 'GET' })).body.__type).toBe('UnknownOperationException');
    expect((await rawRequest(sim, { path: '/other' })).body.__type).toBe('UnknownOperationException');
  });

  it('answers bytes that are not HTTP with 400 and keeps serving', async () => {
    const { port } = new URL(sim.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('\x00\x01 not http\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await rawRequest(sim)).status).toBe(200);
  });
});

describe('page tokens', () => {
  it('answers a garbage pageToken with InvalidInputException (400)', async () => {
    const client = sdkClient(sim, 'eu-west-2', { maxAttempts: 1 });
    const error = await client
      .send(new GetExportSnapshotRecordsCommand({ pageToken: 'garbage!' }))
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'InvalidInputException', $metadata: { httpStatusCode: 400 } });
  });

  it('answers a token issued for another region with InvalidInputException', async () => {
    const first = await sdkClient(sim, 'us-east-1').send(new GetExportSnapshotRecordsCommand({}));
    const error = await sdkClient(sim, 'eu-west-2', { maxAttempts: 1 })
      .send(new GetExportSnapshotRecordsCommand({ pageToken: first.nextPageToken }))
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'InvalidInputException' });
  });

  it('resumes after the record a token names, even one no longer listed', async () => {
    const [, second] = sim.records('eu-west-2');
    const token = encodePageToken({
      region: 'eu-west-2',
      createdAt: (second?.createdAt ?? 0) + 0.0005,
      arn: 'arn:x',
    });
    const page = await sdkClient(sim, 'eu-west-2').send(
      new GetExportSnapshotRecordsCommand({ pageToken: token }),
    );
    expect(page.exportSnapshotRecords?.[0]?.arn).toBe(second?.arn);
  });
});
