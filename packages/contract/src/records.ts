import { z } from 'zod';
import { regionNameSchema } from './regions';

/** Records keep Lightsail's field names and nesting; only timestamps become ISO-8601 strings. */
export const RECORD_STATES = ['Started', 'Succeeded', 'Failed'] as const;
export const recordStateSchema = z.enum(RECORD_STATES);
export type RecordState = z.infer<typeof recordStateSchema>;

export const SOURCE_TYPES = ['InstanceSnapshot', 'DiskSnapshot'] as const;
export const sourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof sourceTypeSchema>;

const isoDate = z.iso.datetime({ offset: true });

export const diskInfoSchema = z.object({
  name: z.string().optional(),
  path: z.string().optional(),
  sizeInGb: z.number().optional(),
  isSystemDisk: z.boolean().optional(),
});

export const sourceInfoSchema = z.object({
  resourceType: sourceTypeSchema,
  createdAt: isoDate.optional(),
  name: z.string().optional(),
  arn: z.string().optional(),
  fromResourceName: z.string().optional(),
  fromResourceArn: z.string().optional(),
  instanceSnapshotInfo: z
    .object({
      fromBundleId: z.string().optional(),
      fromBlueprintId: z.string().optional(),
      fromDiskInfo: z.array(diskInfoSchema).optional(),
    })
    .optional(),
  diskSnapshotInfo: z.object({ sizeInGb: z.number().optional() }).optional(),
});

export const destinationInfoSchema = z.object({
  id: z.string().optional(),
  service: z.string().optional(),
});

export const exportRecordSchema = z.object({
  name: z.string(),
  arn: z.string(),
  createdAt: isoDate,
  location: z.object({ availabilityZone: z.string().optional(), regionName: regionNameSchema }),
  resourceType: z.string().optional(),
  state: recordStateSchema,
  sourceInfo: sourceInfoSchema.optional(),
  destinationInfo: destinationInfoSchema.optional(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

export const regionStatusSchema = z.object({
  region: regionNameSchema,
  status: z.enum(['ok', 'error']),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type RegionStatus = z.infer<typeof regionStatusSchema>;

/**
 * `GET /api/records`
 *
 * Order: `createdAt` descending; records created at the same instant are ordered by `arn` ascending
 * (plain code-unit comparison). A region listed with `status: "error"` was skipped by this page and
 * is retried by the next one (its records are not lost, but may then arrive after older records of
 * other regions). When every region the request still had to read fails, the request fails instead
 * (502, 503 with `Retry-After`, or 504), so a client never loops on empty pages — except at the end
 * of the history (see `nextCursor`).
 */
export const recordsPageSchema = z.object({
  records: z.array(exportRecordSchema),
  /**
   * null once every readable selected region is read to its end. A page may be empty and still have
   * one. When the only regions left fail permanently (`access_denied`, `no_credentials`, `setting_up`)
   * and another region is read to its end, the answer is 200, empty, still reporting them, with
   * null: they are not retried by following the cursor (reloading from the top retries them).
   */
  nextCursor: z.string().nullable(),
  regions: z.array(regionStatusSchema),
  /** Upstream records examined to produce this page (so a sparse filter can show progress). */
  scanned: z.number().int().nonnegative(),
});
export type RecordsPage = z.infer<typeof recordsPageSchema>;

/** `GET /api/records/:region/:name` */
export const recordResponseSchema = z.object({ record: exportRecordSchema });
export type RecordResponse = z.infer<typeof recordResponseSchema>;

/**
 * Last line of `GET /api/records.ndjson` when a region fails mid-export: the export is incomplete.
 * (`GET /api/records.csv` has no room for such a line: the connection is aborted instead.)
 */
export const exportErrorLineSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), region: regionNameSchema.optional() }),
});
export type ExportErrorLine = z.infer<typeof exportErrorLineSchema>;
