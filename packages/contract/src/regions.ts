import { z } from 'zod';

/**
 * Lightsail's regions, as the SDK's `RegionName` enum lists them. A region is only ever one of these
 * literals, never a free string, because it ends up in an endpoint hostname. The server has a test
 * that keeps this list equal to the SDK's.
 */
export const REGION_NAMES = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-2',
  'ap-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-5',
] as const;

export const regionNameSchema = z.enum(REGION_NAMES);
export type RegionName = z.infer<typeof regionNameSchema>;

export const regionInfoSchema = z.object({
  name: regionNameSchema,
  displayName: z.string(),
  continentCode: z.string().optional(),
});
export type RegionInfo = z.infer<typeof regionInfoSchema>;

/** `GET /api/regions`: the regions the server reads, in a stable order. */
export const regionsResponseSchema = z.object({ regions: z.array(regionInfoSchema) });
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
