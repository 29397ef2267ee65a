import {
  type ExportRecord,
  RECORD_STATES,
  REGION_NAMES,
  type RecordState,
  type RegionName,
  SOURCE_TYPES,
  type SourceType,
} from '@export-ledger/contract';

/** The SDK's record, structurally: the gateway passes it in, this file never imports the SDK. */
export interface SdkRecord {
  name?: string | undefined;
  arn?: string | undefined;
  createdAt?: Date | undefined;
  location?: { availabilityZone?: string | undefined; regionName?: string | undefined } | undefined;
  resourceType?: string | undefined;
  state?: string | undefined;
  sourceInfo?:
    | {
        resourceType?: string | undefined;
        createdAt?: Date | undefined;
        name?: string | undefined;
        arn?: string | undefined;
        fromResourceName?: string | undefined;
        fromResourceArn?: string | undefined;
        instanceSnapshotInfo?:
          | {
              fromBundleId?: string | undefined;
              fromBlueprintId?: string | undefined;
              fromDiskInfo?:
                | {
                    name?: string | undefined;
                    path?: string | undefined;
                    sizeInGb?: number | undefined;
                    isSystemDisk?: boolean | undefined;
                  }[]
                | undefined;
            }
          | undefined;
        diskSnapshotInfo?: { sizeInGb?: number | undefined } | undefined;
      }
    | undefined;
  destinationInfo?: { id?: string | undefined; service?: string | undefined } | undefined;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (values as readonly string[]).includes(value);

/** Drops undefined members so the JSON keeps Lightsail's shape without `null`s or empty keys. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const iso = (date: Date | undefined) =>
  date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;

/**
 * One SDK record as a contract record (timestamps as ISO strings). Returns undefined for a record
 * missing what the product needs to order and show it (name, ARN, time, state, region).
 */
export function toContractRecord(record: SdkRecord, region: RegionName): ExportRecord | undefined {
  const createdAt = iso(record.createdAt);
  if (!record.name || !record.arn || !createdAt || !isOneOf<RecordState>(RECORD_STATES, record.state)) {
    return undefined;
  }
  const regionName = isOneOf<RegionName>(REGION_NAMES, record.location?.regionName)
    ? record.location.regionName
    : region;
  const source = record.sourceInfo;
  const instance = source?.instanceSnapshotInfo;
  return compact({
    name: record.name,
    arn: record.arn,
    createdAt,
    location: compact({ availabilityZone: record.location?.availabilityZone, regionName }),
    resourceType: record.resourceType,
    state: record.state,
    sourceInfo:
      source && isOneOf<SourceType>(SOURCE_TYPES, source.resourceType)
        ? compact({
            resourceType: source.resourceType,
            createdAt: iso(source.createdAt),
            name: source.name,
            arn: source.arn,
            fromResourceName: source.fromResourceName,
            fromResourceArn: source.fromResourceArn,
            instanceSnapshotInfo: instance
              ? compact({
                  fromBundleId: instance.fromBundleId,
                  fromBlueprintId: instance.fromBlueprintId,
                  fromDiskInfo: instance.fromDiskInfo?.map((disk) => compact({ ...disk })),
                })
              : undefined,
            diskSnapshotInfo: source.diskSnapshotInfo ? compact({ ...source.diskSnapshotInfo }) : undefined,
          })
        : undefined,
    destinationInfo: record.destinationInfo ? compact({ ...record.destinationInfo }) : undefined,
  });
}
