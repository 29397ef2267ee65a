/**
 * Page tokens name the sort key (createdAt, ARN) of the last record served, not an offset: in live
 * mode new exports appear at the top, and an offset would make the next page repeat records.
 * The region is inside so a token cannot be replayed against another region.
 */
export interface PageKey {
  region: string;
  /** Epoch seconds, exactly as served. */
  createdAt: number;
  arn: string;
}

const VERSION = 'v1';

export function encodePageToken(key: PageKey): string {
  return Buffer.from(JSON.stringify([VERSION, key.region, key.createdAt, key.arn]), 'utf8').toString(
    'base64url',
  );
}

/** The key inside a token, or undefined when the token is not one this simulator issued. */
export function decodePageToken(token: string): PageKey | undefined {
  if (token.length === 0 || token.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return undefined;
  const [version, region, createdAt, arn] = parsed as unknown[];
  if (version !== VERSION || typeof region !== 'string' || typeof arn !== 'string') return undefined;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return undefined;
  return { region, createdAt, arn };
}
