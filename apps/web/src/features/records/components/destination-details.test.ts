import { describe, expect, it } from 'vitest';
import { ec2ConsoleUrl } from './destination-details';

describe('ec2ConsoleUrl', () => {
  it('links an image and a snapshot to the EC2 console of the record region', () => {
    expect(ec2ConsoleUrl('eu-west-2', { id: 'ami-0abc', service: 'Aws::EC2::Image' })).toBe(
      'https://eu-west-2.console.aws.amazon.com/ec2/home?region=eu-west-2#ImageDetails:imageId=ami-0abc',
    );
    expect(ec2ConsoleUrl('us-east-1', { id: 'snap-0def', service: 'Aws::EC2::Snapshot' })).toBe(
      'https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#SnapshotDetails:snapshotId=snap-0def',
    );
  });

  it('has no link without a destination id or for an unknown service', () => {
    expect(ec2ConsoleUrl('us-east-1', undefined)).toBeNull();
    expect(ec2ConsoleUrl('us-east-1', { service: 'Aws::EC2::Image' })).toBeNull();
    expect(ec2ConsoleUrl('us-east-1', { id: 'x-1', service: 'Aws::S3::Object' })).toBeNull();
  });
});
