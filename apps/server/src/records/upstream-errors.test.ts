import { describe, expect, it } from 'vitest';
import { upstreamError } from '../lightsail/error-map';
import { UpstreamError } from '../lightsail/types';
import { allRegionsFailed } from './upstream-errors';

describe('the error when every region a request read failed', () => {
  it('names each reason once, with all the regions it applies to', () => {
    const error = allRegionsFailed([
      upstreamError('unavailable', 'eu-west-2'),
      upstreamError('unavailable', 'us-east-1'),
      upstreamError('denied', 'ap-south-1'),
      upstreamError('unavailable', 'ca-central-1'),
    ]);
    expect(error.message).toBe(
      'Lightsail could not be reached or failed for eu-west-2, us-east-1, and ca-central-1; ' +
        "Access denied reading Lightsail in ap-south-1: the server's AWS credentials need " +
        'lightsail:GetExportSnapshotRecords and lightsail:GetRegions',
    );
    expect(error.status).toBe(502);
  });

  it('says a message that names no region once, however many regions it hit', () => {
    const noCredentials = (region: 'eu-west-2' | 'us-east-1') =>
      new UpstreamError('denied', 'no_credentials', 'The server found no AWS credentials', region);
    const error = allRegionsFailed([noCredentials('eu-west-2'), noCredentials('us-east-1')]);
    expect(error.message).toBe('The server found no AWS credentials');
  });

  it('answers 503 when every region was throttled and 504 when one timed out', () => {
    const throttled = allRegionsFailed([
      upstreamError('throttled', 'eu-west-2'),
      upstreamError('throttled', 'us-east-1'),
    ]);
    expect(throttled.status).toBe(503);
    expect(throttled.message).toBe(
      'Lightsail throttled the requests for eu-west-2 and us-east-1; try again shortly',
    );
    expect(
      allRegionsFailed([upstreamError('throttled', 'eu-west-2'), upstreamError('timeout', 'us-east-1')])
        .status,
    ).toBe(504);
  });
});
