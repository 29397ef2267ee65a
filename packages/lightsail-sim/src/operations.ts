import type { Dataset } from './dataset';
import { decodePageToken, encodePageToken } from './page-token';
import { awsErrors } from './protocol';
import { REGIONS } from './regions';

export const OPERATIONS = ['GetExportSnapshotRecords', 'GetRegions'] as const;
export type Operation = (typeof OPERATIONS)[number];

export function isOperation(name: string): name is Operation {
  return (OPERATIONS as readonly string[]).includes(name);
}

export interface OperationContext {
  dataset: Dataset;
  region: string;
  pageSize: number;
}

/** Runs one operation on a parsed JSON input. Unknown members are ignored, as AWS JSON services do. */
export function runOperation(
  operation: Operation,
  input: Record<string, unknown>,
  ctx: OperationContext,
): unknown {
  return operation === 'GetRegions' ? getRegions(input, ctx) : getExportSnapshotRecords(input, ctx);
}

function getExportSnapshotRecords(
  input: Record<string, unknown>,
  { dataset, region, pageSize }: OperationContext,
) {
  const { pageToken } = input;
  if (pageToken !== undefined && pageToken !== null && typeof pageToken !== 'string') {
    throw awsErrors.serialization(`Expected a string for member 'pageToken', got ${jsonType(pageToken)}.`);
  }
  let after: { createdAt: number; arn: string } | undefined;
  if (typeof pageToken === 'string') {
    const key = decodePageToken(pageToken);
    if (key === undefined || key.region !== region) {
      throw awsErrors.invalidInput(
        'The pageToken is not valid for this request. Use the nextPageToken of a previous response in the same region.',
      );
    }
    after = key;
  }
  const page = dataset.store(region).page(after, pageSize);
  return page.next === undefined
    ? { exportSnapshotRecords: page.records }
    : { exportSnapshotRecords: page.records, nextPageToken: encodePageToken({ region, ...page.next }) };
}

function getRegions(input: Record<string, unknown>, { dataset }: OperationContext) {
  const withZones = booleanMember(input, 'includeAvailabilityZones');
  const withDbZones = booleanMember(input, 'includeRelationalDatabaseAvailabilityZones');
  const zones = (name: string, include: boolean) =>
    include ? ['a', 'b', 'c'].map((letter) => ({ zoneName: `${name}${letter}`, state: 'available' })) : [];
  return {
    regions: REGIONS.filter((r) => dataset.has(r.name)).map((r) => ({
      continentCode: r.continentCode,
      description: r.description,
      displayName: r.displayName,
      name: r.name,
      availabilityZones: zones(r.name, withZones),
      relationalDatabaseAvailabilityZones: zones(r.name, withDbZones),
    })),
  };
}

function booleanMember(input: Record<string, unknown>, name: string): boolean {
  const value = input[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') {
    throw awsErrors.serialization(`Expected a boolean for member '${name}', got ${jsonType(value)}.`);
  }
  return value;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
