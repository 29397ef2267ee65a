import type { SdkRecord } from './to-contract';

/** A GetExportSnapshotRecords answer, read straight from its JSON. */
export interface RawPage {
  records: SdkRecord[];
  nextPageToken: string | undefined;
}

/** Where the middleware goes: inside the SDK's deserializer, so it sees the raw HTTP answer first. */
export const RAW_PAGE_STEP = { step: 'deserialize', priority: 'low', name: 'exportLedgerRawPage' } as const;

/**
 * A middleware for GetExportSnapshotRecords that parses a successful answer's body with JSON.parse
 * and passes the SDK's deserializer an empty object instead. Why: the SDK's schema-based
 * deserializer walked every member of every record and was a quarter of the BFF's CPU when 20
 * regions' pages arrive together (fan-out). Signing, retries, timeouts and error answers (non-2xx,
 * left to the SDK untouched) are exactly as before.
 */
export function rawPageMiddleware<Args extends { request: unknown }, Result extends { response: unknown }>(
  keep: (page: RawPage) => void,
) {
  return (next: (args: Args) => Promise<Result>) =>
    async (args: Args): Promise<Result> => {
      const result = await next(args);
      const response = result.response as { statusCode?: unknown; body?: unknown };
      if (response.statusCode === 200 && isReadable(response.body)) {
        const text = await readText(response.body);
        keep(parseRawPage(JSON.parse(text)));
        // A fresh array each time: the SDK re-prototypes the one it is given.
        response.body = Uint8Array.of(0x7b, 0x7d); // "{}"
      }
      return result;
    };
}

function isReadable(body: unknown): body is AsyncIterable<Uint8Array | string> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

async function readText(body: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
const string = (value: unknown) => (typeof value === 'string' ? value : undefined);
const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
const boolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
/** AWS JSON 1.1 timestamps are epoch seconds; converted as the SDK does (rounded to the ms). */
function date(value: unknown): Date | undefined {
  const seconds =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value !== ''
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(seconds) ? new Date(Math.round(seconds * 1000)) : undefined;
}

/** Unknown JSON to the SDK's record shape, member by member; a wrong type is an absent member. */
export function parseRawPage(json: unknown): RawPage {
  const body = object(json) ?? {};
  const list = Array.isArray(body.exportSnapshotRecords) ? body.exportSnapshotRecords : [];
  return { records: list.map(toSdkRecord), nextPageToken: string(body.nextPageToken) };
}

function toSdkRecord(value: unknown): SdkRecord {
  const record = object(value) ?? {};
  const location = object(record.location);
  const source = object(record.sourceInfo);
  const instance = object(source?.instanceSnapshotInfo);
  const disk = object(source?.diskSnapshotInfo);
  const destination = object(record.destinationInfo);
  return {
    name: string(record.name),
    arn: string(record.arn),
    createdAt: date(record.createdAt),
    location: location && {
      availabilityZone: string(location.availabilityZone),
      regionName: string(location.regionName),
    },
    resourceType: string(record.resourceType),
    state: string(record.state),
    sourceInfo: source && {
      resourceType: string(source.resourceType),
      createdAt: date(source.createdAt),
      name: string(source.name),
      arn: string(source.arn),
      fromResourceName: string(source.fromResourceName),
      fromResourceArn: string(source.fromResourceArn),
      instanceSnapshotInfo: instance && {
        fromBundleId: string(instance.fromBundleId),
        fromBlueprintId: string(instance.fromBlueprintId),
        fromDiskInfo: Array.isArray(instance.fromDiskInfo)
          ? instance.fromDiskInfo.map((item: unknown) => {
              const info = object(item) ?? {};
              return {
                name: string(info.name),
                path: string(info.path),
                sizeInGb: number(info.sizeInGb),
                isSystemDisk: boolean(info.isSystemDisk),
              };
            })
          : undefined,
      },
      diskSnapshotInfo: disk && { sizeInGb: number(disk.sizeInGb) },
    },
    destinationInfo: destination && { id: string(destination.id), service: string(destination.service) },
  };
}
