import { REGION_NAMES, regionNameSchema } from '@export-ledger/contract';
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const intFromEnv = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const regionList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  // A region named twice would be read once but listed twice, and every cursor then fails its region check.
  .transform((names) => [...new Set(names)])
  .pipe(
    z
      .array(regionNameSchema, { error: `must be a comma-separated list of ${REGION_NAMES.join(', ')}` })
      .min(1),
  );

const envSchema = z.object({
  PORT: intFromEnv(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LIGHTSAIL_SOURCE: z.enum(['simulator', 'aws']).default('simulator'),
  LIGHTSAIL_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  LIGHTSAIL_REGIONS: regionList.optional(),
  SIM_SEED: intFromEnv(0, 2 ** 31 - 1).default(42),
  SIM_RECORDS: intFromEnv(0, 1_000_000).optional(),
  SIM_RECORDS_PER_REGION: intFromEnv(0, 1_000_000).optional(),
  SIM_PAGE_SIZE: intFromEnv(1, 1000).optional(),
  SIM_LIVE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  CACHE_TTL_MS: intFromEnv(0, 3_600_000).default(15_000),
  CACHE_MAX_PAGES: intFromEnv(1, 1_000_000).default(2000),
  UPSTREAM_TIMEOUT_MS: intFromEnv(100, 600_000).default(10_000),
  UPSTREAM_CONNECT_TIMEOUT_MS: intFromEnv(100, 600_000).default(3000),
  UPSTREAM_MAX_ATTEMPTS: intFromEnv(1, 10).default(3),
  /** Pages one list request may read beyond each region's first; unset means 2 x regions + 20. */
  UPSTREAM_PAGE_BUDGET: intFromEnv(1, 10_000).optional(),
  RATE_LIMIT_PER_MINUTE: intFromEnv(1, 1_000_000).default(600),
  CURSOR_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Explicit waiver to listen on a non-loopback HOST without access control in front. */
  ALLOW_REMOTE_WITHOUT_AUTH: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = z.output<typeof envSchema>;

/** Every variable the server reads (the README's table lists each; a test keeps them in step). */
export const CONFIG_KEYS = Object.keys(envSchema.shape);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once at start. A bad value throws, naming each variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (!LOOPBACK_HOSTS.has(config.HOST) && !config.ALLOW_REMOTE_WITHOUT_AUTH) {
    throw new ConfigError(
      `Invalid configuration:\n  HOST: ${config.HOST} is not a loopback address. The server holds AWS credentials ` +
        'and has no access control of its own: put it behind one and set ALLOW_REMOTE_WITHOUT_AUTH=true to waive this.',
    );
  }
  return config;
}
