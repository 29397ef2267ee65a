import { describe, expect, it } from 'vitest';
import { Dataset } from '../dataset';
import { REGION_NAMES } from '../regions';
import type { WireExportSnapshotRecord } from '../types';
import { spreadRecords } from './spread';

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const dataset = (
  seed: number,
  regions = REGION_NAMES,
  counts: { perRegion: number } | { total: number } = { perRegion: 300 },
) => new Dataset({ seed, regions, counts, nowMs: NOW });
const everything = (d: Dataset) => JSON.stringify(d.regions.map((r) => d.store(r).all()));

describe('the data generator', () => {
  it('gives byte-identical data for the same seed', () => {
    expect(everything(dataset(42))).toBe(everything(dataset(42)));
  });

  it('gives different data for another seed', () => {
    expect(everything(dataset(42))).not.toBe(everything(dataset(43)));
  });

  it('gives a region the same records whatever other regions are served or read first', () => {
    const alone = dataset(5, ['eu-west-2']).store('eu-west-2').all();
    const all = dataset(5);
    all.store('us-east-1');
    expect(JSON.stringify(all.store('eu-west-2').all())).toBe(JSON.stringify(alone));
  });

  const records = REGION_NAMES.flatMap((r) => [...dataset(11).store(r).all()]);

  it('orders each region newest first with unique timestamps over about two years', () => {
    for (const region of REGION_NAMES) {
      const list = dataset(11).store(region).all();
      for (let i = 1; i < list.length; i++) {
        expect(list[i - 1]?.createdAt).toBeGreaterThan(list[i]?.createdAt ?? Infinity);
      }
      const oldest = list[list.length - 1]?.createdAt ?? 0;
      expect((NOW / 1000 - oldest) / 86_400).toBeGreaterThan(400);
      expect((NOW / 1000 - oldest) / 86_400).toBeLessThan(1100);
    }
  });

  it('names records and ARNs like Lightsail, with one 12-digit account and distinct ids', () => {
    const accounts = new Set<string>();
    for (const r of records) {
      expect(r.name).toMatch(
        /^ExportSnapshotRecord-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const arn = /^arn:aws:lightsail:([a-z0-9-]+):(\d{12}):ExportSnapshotRecord\/([0-9a-f-]{36})$/.exec(
        r.arn,
      );
      expect(arn?.[1]).toBe(r.location.regionName);
      expect(arn?.[3]).not.toBe(r.name.slice('ExportSnapshotRecord-'.length));
      accounts.add(arn?.[2] ?? '');
      expect(r.location.availabilityZone).toBe('all');
      expect(r.resourceType).toBe('ExportSnapshotRecord');
    }
    expect(accounts.size).toBe(1);
    expect(new Set(records.map((r) => r.arn)).size).toBe(records.length);
  });

  it('describes instance snapshots with bundle, blueprint and 1 to 4 disks, one of them the system disk', () => {
    const instances = records.filter((r) => r.sourceInfo.resourceType === 'InstanceSnapshot');
    expect(instances.length).toBeGreaterThan(records.length / 2);
    const diskCounts = new Set<number>();
    for (const { sourceInfo: s } of instances) {
      const info = s.instanceSnapshotInfo;
      expect(s.diskSnapshotInfo).toBeUndefined();
      expect(info?.fromBundleId).toMatch(/^[0-9a-z]+_\d_\d$/);
      expect(info?.fromBlueprintId).toMatch(/^[a-z0-9_]+$/);
      const disks = info?.fromDiskInfo ?? [];
      diskCounts.add(disks.length);
      expect(disks.filter((d) => d.isSystemDisk)).toEqual([
        { path: '/dev/sda1', sizeInGb: expect.any(Number), isSystemDisk: true },
      ]);
      for (const d of disks.filter((x) => !x.isSystemDisk)) expect(d.path).toMatch(/^\/dev\/xvd[f-h]$/);
      expect(s.name).toMatch(new RegExp(`^${s.fromResourceName}-\\d{10}$`));
      expect(s.fromResourceArn).toMatch(/:Instance\/[0-9a-f-]{36}$/);
      expect(s.arn).toMatch(/:InstanceSnapshot\/[0-9a-f-]{36}$/);
      expect(s.fromResourceName).toMatch(/^[A-Za-z_0-9]+-\d+(MB|GB)-[A-Za-z]+-\d+$/);
    }
    expect([...diskCounts].sort()).toEqual([1, 2, 3, 4]);
  });

  it('describes disk snapshots with their size', () => {
    const disks = records.filter((r) => r.sourceInfo.resourceType === 'DiskSnapshot');
    expect(disks.length).toBeGreaterThan(records.length / 20);
    for (const { sourceInfo: s } of disks) {
      expect(s.diskSnapshotInfo?.sizeInGb).toBeGreaterThanOrEqual(8);
      expect(s.instanceSnapshotInfo).toBeUndefined();
      expect(s.arn).toMatch(/:DiskSnapshot\//);
      expect(s.fromResourceArn).toMatch(/:Disk\//);
    }
  });

  it('takes each source snapshot before its export', () => {
    for (const r of records) expect(r.sourceInfo.createdAt).toBeLessThan(r.createdAt);
  });

  it('gives a destination to succeeded exports only: an AMI for instances, an EBS snapshot for disks', () => {
    for (const r of records) {
      if (r.state !== 'Succeeded') {
        expect(r.destinationInfo).toBeUndefined();
        continue;
      }
      const expected: Record<string, WireExportSnapshotRecord['destinationInfo']> = {
        InstanceSnapshot: { id: expect.stringMatching(/^ami-[0-9a-f]{17}$/), service: 'Aws::EC2::Image' },
        DiskSnapshot: { id: expect.stringMatching(/^snap-[0-9a-f]{17}$/), service: 'Aws::EC2::Snapshot' },
      };
      expect(r.destinationInfo).toEqual(expected[r.sourceInfo.resourceType]);
    }
  });

  it('mixes states realistically: mostly succeeded, some failed, only recent ones still started', () => {
    const count = (state: string) => records.filter((r) => r.state === state).length;
    expect(count('Succeeded') / records.length).toBeGreaterThan(0.8);
    expect(count('Failed')).toBeGreaterThan(0);
    expect(count('Started')).toBeGreaterThan(0);
    for (const r of records.filter((x) => x.state === 'Started'))
      expect(NOW / 1000 - r.createdAt).toBeLessThan(3 * 3600);
  });
});

describe('the spread of records across regions', () => {
  it('adds up to the total exactly, unevenly, with some regions empty', () => {
    for (const seed of [1, 2, 3, 4]) {
      const counts = [...spreadRecords(seed, REGION_NAMES, 5000).values()];
      expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
      expect(counts.some((c) => c === 0)).toBe(true);
      expect(Math.max(...counts)).toBeGreaterThan(2 * (5000 / 20));
    }
  });

  it('is the same for the same seed', () => {
    expect([...spreadRecords(9, REGION_NAMES, 777)]).toEqual([...spreadRecords(9, REGION_NAMES, 777)]);
  });
});
