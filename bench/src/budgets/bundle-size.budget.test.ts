import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_GZIP_KB, kb, measureBundle, total } from '../lib/bundle';
import { repoRoot } from '../lib/config';

const distDir = path.join(repoRoot, 'apps/web/dist');
const built = existsSync(path.join(distDir, 'index.html'));

if (!built) {
  console.warn(`Skipping the bundle-size budget: ${distDir} has no build. Run \`pnpm build\` first.`);
}

describe.skipIf(!built)('web bundle budget', () => {
  it(`keeps the initial JavaScript at or under ${INITIAL_JS_BUDGET_GZIP_KB} kB gzipped`, () => {
    const bundle = measureBundle(distDir);
    const files = bundle.initialJs.map((asset) => `${asset.file}: ${kb(asset.gzipBytes).toFixed(1)} kB`);

    expect(bundle.initialJs.length, 'index.html references no module script').toBeGreaterThan(0);
    expect(kb(total(bundle.initialJs, 'gzipBytes')), files.join(', ')).toBeLessThanOrEqual(
      INITIAL_JS_BUDGET_GZIP_KB,
    );
  });
});
