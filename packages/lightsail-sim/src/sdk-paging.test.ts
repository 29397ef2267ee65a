import { GetExportSnapshotRecordsCommand, GetRegionsCommand } from '@aws-sdk/client-lightsail';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { asSdkRecord, readAllPages, sdkClient } from './test-support';
import type { Simulator } from './types';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('GetExportSnapshotRecords through @aws-sdk/client-lightsail', () => {
  it.each([
    { seed: 1, pageSize: 25, recordsPerRegion: 120 },
    { seed: 7, pageSize: 7, recordsPerRegion: 50 },
    { seed: 99, pageSize: 1000, recordsPerRegion: 300 },
    { seed: 3, pageSize: 10, recordsPerRegion: 30 },
  ])(
    'returns every record of a region exactly once, in order (seed $seed, page size $pageSize)',
    async (opts) => {
      sim = await startSimulator({ ...opts, regions: ['eu-west-2', 'us-east-1'] });
      const { records, pages } = await readAllPages(sdkClient(sim, 'eu-west-2'));
      const truth = sim.records('eu-west-2');
      expect(records).toHaveLength(opts.recordsPerRegion);
      expect(pages).toBe(Math.max(1, Math.ceil(opts.recordsPerRegion / opts.pageSize)));
      expect(records).toEqual(truth.map(asSdkRecord));
      expect(new Set(records.map((r) => r.arn)).size).toBe(records.length);
    },
  );

  it('omits nextPageToken on the last page and on an empty region', async () => {
    sim = await startSimulator({ recordsPerRegion: 0, regions: ['eu-west-1'] });
    const page = await sdkClient(sim, 'eu-west-1').send(new GetExportSnapshotRecordsCommand({}));
    expect(page.exportSnapshotRecords).toEqual([]);
    expect(page.nextPageToken).toBeUndefined();
  });

  it('serves each region its own records from one port, chosen by the credential scope', async () => {
    sim = await startSimulator({ recordsPerRegion: 5, regions: ['eu-west-2', 'ap-northeast-1'] });
    for (const region of sim.regions) {
      const { records } = await readAllPages(sdkClient(sim, region));
      expect(records.map((r) => r.location?.regionName)).toEqual(Array(5).fill(region));
      expect(records.map((r) => r.arn)).toEqual(sim.records(region).map((r) => r.arn));
    }
  });

  it('serves all 20 regions read concurrently, each exactly its ground truth', async () => {
    sim = await startSimulator({ seed: 12, records: 2000, pageSize: 50 });
    const results = await Promise.all(
      sim.regions.map((region) => readAllPages(sdkClient(sim as Simulator, region))),
    );
    let total = 0;
    results.forEach(({ records }, i) => {
      const region = sim?.regions[i] ?? '';
      expect(records.map((r) => r.arn)).toEqual(sim?.records(region).map((r) => r.arn));
      total += records.length;
    });
    expect(total).toBe(2000);
    expect(results.filter(({ records }) => records.length === 0).length).toBeGreaterThan(0);
  });

  it('gives records with every field the SDK declares, timestamps parsed as dates', async () => {
    sim = await startSimulator({ recordsPerRegion: 300, regions: ['us-west-2'] });
    const { records } = await readAllPages(sdkClient(sim, 'us-west-2'));
    // The members of each shape in the SDK's models (dist-types/models/models_0.d.ts).
    const declared = {
      record: [
        'name',
        'arn',
        'createdAt',
        'location',
        'resourceType',
        'state',
        'sourceInfo',
        'destinationInfo',
      ],
      location: ['availabilityZone', 'regionName'],
      source: [
        'resourceType',
        'createdAt',
        'name',
        'arn',
        'fromResourceName',
        'fromResourceArn',
        'instanceSnapshotInfo',
        'diskSnapshotInfo',
      ],
      instance: ['fromBundleId', 'fromBlueprintId', 'fromDiskInfo'],
      disk: ['name', 'path', 'sizeInGb', 'isSystemDisk'],
      diskSnapshot: ['sizeInGb'],
      destination: ['id', 'service'],
    };
    const seen = Object.fromEntries(Object.keys(declared).map((k) => [k, new Set<string>()])) as Record<
      keyof typeof declared,
      Set<string>
    >;
    const note = (shape: keyof typeof declared, value: object | undefined) => {
      for (const key of Object.keys(value ?? {})) seen[shape].add(key);
    };
    for (const record of records) {
      note('record', record);
      note('location', record.location);
      note('source', record.sourceInfo);
      note('instance', record.sourceInfo?.instanceSnapshotInfo);
      for (const disk of record.sourceInfo?.instanceSnapshotInfo?.fromDiskInfo ?? []) note('disk', disk);
      note('diskSnapshot', record.sourceInfo?.diskSnapshotInfo);
      note('destination', record.destinationInfo);
      expect(record.createdAt).toBeInstanceOf(Date);
      expect(record.sourceInfo?.createdAt).toBeInstanceOf(Date);
      expect(record.destinationInfo === undefined).toBe(record.state !== 'Succeeded');
      const isInstance = record.sourceInfo?.resourceType === 'InstanceSnapshot';
      expect(record.sourceInfo?.instanceSnapshotInfo !== undefined).toBe(isInstance);
      expect(record.sourceInfo?.diskSnapshotInfo !== undefined).toBe(!isInstance);
    }
    for (const [shape, members] of Object.entries(declared)) {
      expect([...seen[shape as keyof typeof declared]].sort(), shape).toEqual([...members].sort());
    }
  });
});

describe('GetRegions through @aws-sdk/client-lightsail', () => {
  it('lists the served regions with their display names', async () => {
    sim = await startSimulator({ regions: ['us-east-1', 'eu-west-2'] });
    const { regions } = await sdkClient(sim, 'us-east-1').send(new GetRegionsCommand({}));
    expect(regions?.map((r) => [r.name, r.displayName, r.continentCode])).toEqual([
      ['us-east-1', 'Virginia', 'NA'],
      ['eu-west-2', 'London', 'EU'],
    ]);
    expect(regions?.[0]?.availabilityZones).toEqual([]);
  });

  it('adds availability zones when asked', async () => {
    sim = await startSimulator({ regions: ['eu-west-2'] });
    const { regions } = await sdkClient(sim, 'eu-west-2').send(
      new GetRegionsCommand({ includeAvailabilityZones: true }),
    );
    expect(regions?.[0]?.availabilityZones?.map((z) => z.zoneName)).toEqual([
      'eu-west-2a',
      'eu-west-2b',
      'eu-west-2c',
    ]);
    expect(regions?.[0]?.relationalDatabaseAvailabilityZones).toEqual([]);
  });
});
