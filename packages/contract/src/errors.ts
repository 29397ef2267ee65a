import { z } from 'zod';

export const ERROR_CODES = [
  'bad_request',
  'not_found',
  'upstream_error',
  'upstream_throttled',
  'upstream_timeout',
  'rate_limited',
  'internal',
] as const;

/** Every non-2xx answer of the API has this body. `field` names the bad parameter of a 400. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    requestId: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type ErrorCode = (typeof ERROR_CODES)[number];
