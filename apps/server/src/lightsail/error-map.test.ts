import { describe, expect, it } from 'vitest';
import { RequestAbortedError } from '../lib/abort';
import { classify, toUpstreamError } from './error-map';
import { UpstreamError } from './types';

const sdkError = (name: string, httpStatusCode: number) =>
  Object.assign(new Error('User: arn:aws:iam::123456789012:user/x is not authorized'), {
    name,
    $metadata: { httpStatusCode, requestId: 'abc' },
  });

describe('upstream error mapping', () => {
  it.each([
    ['AccessDeniedException', 403, 'denied'],
    ['UnrecognizedClientException', 400, 'denied'],
    ['ThrottlingException', 400, 'throttled'],
    ['TimeoutError', 0, 'timeout'],
    ['AccountSetupInProgressException', 400, 'setup'],
    ['ServiceException', 500, 'unavailable'],
    ['InvalidInputException', 400, 'error'],
  ] as const)('classifies %s (HTTP %i) as %s', (name, status, kind) => {
    expect(classify(sdkError(name, status))).toBe(kind);
  });

  it('keeps none of the SDK message, metadata or account in what it returns', () => {
    const mapped = toUpstreamError(sdkError('AccessDeniedException', 403), 'eu-west-2', {
      deadline: new AbortController().signal,
    });
    expect(mapped).toBeInstanceOf(UpstreamError);
    expect(JSON.stringify({ ...mapped, message: mapped.message })).not.toMatch(/123456789012|abc|iam/);
    expect(mapped.message).toContain('eu-west-2');
  });

  it('tells a client that left from a deadline that passed', () => {
    const client = new AbortController();
    const deadline = new AbortController();
    deadline.abort();
    expect(toUpstreamError(new Error('x'), 'eu-west-2', { deadline: deadline.signal })).toMatchObject({
      kind: 'timeout',
    });
    client.abort();
    expect(
      toUpstreamError(new Error('x'), 'eu-west-2', { client: client.signal, deadline: deadline.signal }),
    ).toBeInstanceOf(RequestAbortedError);
  });

  it('says so plainly when there are no credentials at all', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    expect(toUpstreamError(error, 'us-east-1', { deadline: new AbortController().signal })).toMatchObject({
      kind: 'denied',
      code: 'no_credentials',
    });
  });
});
