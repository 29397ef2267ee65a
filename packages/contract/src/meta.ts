import { z } from 'zod';

/** `GET /api/meta`: what the server reads from, so the UI can show a demo-data badge. */
export const metaSchema = z.object({
  source: z.enum(['simulator', 'aws']),
  version: z.string(),
});
export type Meta = z.infer<typeof metaSchema>;

/** `GET /healthz` (the process is up) and `GET /readyz` (it knows its regions; 503 until then). */
export const healthSchema = z.object({ status: z.enum(['ok', 'ready', 'starting']) });
export type Health = z.infer<typeof healthSchema>;
