import type { z } from 'zod';
import { AppError } from './errors';

/** Parses untrusted input with a contract schema; a failure is a 400 naming the first bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknownKey ?? (issue?.path[0] === undefined ? undefined : String(issue.path[0]));
  const message = unknownKey
    ? `Unknown parameter "${unknownKey}"`
    : `${field ?? 'request'}: ${issue?.message ?? 'invalid'}`;
  throw new AppError('bad_request', message, field ? { field } : {});
}
