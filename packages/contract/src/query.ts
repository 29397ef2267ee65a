import { z } from 'zod';
import { recordStateSchema, sourceTypeSchema } from './records';
import { regionNameSchema } from './regions';

/** A query parameter that may repeat (`?region=a&region=b`) or be given once. */
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

/** A query parameter that must appear at most once. */
const once = <T extends z.ZodType<unknown, string>>(item: T) =>
  z.string({ error: 'must be given once, as text' }).pipe(item);

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;
export const MAX_QUERY_TEXT = 200;
/** Room for a page token and a position for each of the 20 regions. */
export const MAX_CURSOR_LENGTH = 8192;

/** Filters shared by the list and the export routes. Unknown parameters are an error. */
export const recordFiltersSchema = z.strictObject({
  region: repeated(regionNameSchema).pipe(z.array(regionNameSchema).max(32)),
  state: repeated(recordStateSchema),
  source: repeated(sourceTypeSchema),
  q: once(z.string().trim().max(MAX_QUERY_TEXT)).optional(),
});
export type RecordFilters = z.infer<typeof recordFiltersSchema>;

export const recordsQuerySchema = recordFiltersSchema.extend({
  limit: once(
    z
      .string()
      .regex(/^[0-9]{1,4}$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(MAX_LIMIT)),
  ).default(DEFAULT_LIMIT),
  cursor: once(z.string().min(1).max(MAX_CURSOR_LENGTH)).optional(),
});
export type RecordsQuery = z.infer<typeof recordsQuerySchema>;

export const recordPathSchema = z.strictObject({
  region: regionNameSchema,
  name: z
    .string()
    .min(1)
    .max(255)
    // Lightsail names start with a letter or digit; '.' and '..' are never names.
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'not a record name'),
});
export type RecordPath = z.infer<typeof recordPathSchema>;
