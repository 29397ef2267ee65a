import type { IncomingHttpHeaders } from 'node:http';

/**
 * What the brief requires of every HTML and API answer: a CSP with `default-src 'self'`,
 * `object-src 'none'`, `base-uri 'none'`, `frame-ancestors 'none'`; `nosniff`; no referrer; no
 * `X-Powered-By`. Returns the problems found (none means compliant).
 */
export function securityHeaderProblems(headers: IncomingHttpHeaders | Headers): string[] {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const problems: string[] = [];
  const csp = get('content-security-policy') ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name?.toLowerCase() ?? '', values]),
  );
  const expect = (name: string, value: string) => {
    const values = directives.get(name);
    if (values?.length !== 1 || values[0] !== value) problems.push(`CSP ${name} is not ${value}: "${csp}"`);
  };
  expect('default-src', "'self'");
  expect('object-src', "'none'");
  expect('base-uri', "'none'");
  expect('frame-ancestors', "'none'");
  if (get('x-content-type-options') !== 'nosniff') problems.push('X-Content-Type-Options is not nosniff');
  if (get('referrer-policy') !== 'no-referrer') problems.push(`Referrer-Policy is ${get('referrer-policy')}`);
  if (get('x-powered-by') !== undefined) problems.push(`X-Powered-By is sent: ${get('x-powered-by')}`);
  return problems;
}
