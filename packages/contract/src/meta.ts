import { z } from 'zod';

/** `GET /api/meta`: what the server reads from, so the UI can show a demo-data badge. */
export const metaSchema = z.object({
  source: z.enum(['simulator', 'aws']),
  version: z.string(),
});
export type Meta = z.infer<typeof metaSchema>;
