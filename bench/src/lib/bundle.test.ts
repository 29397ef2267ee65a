import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundle, total } from './bundle';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function fakeDist(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('measureBundle', () => {
  it('counts the entry script, module preloads and stylesheets of index.html as initial, the rest as lazy', () => {
    const distDir = fakeDist({
      'index.html':
        '<head><script type="module" crossorigin src="/assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">' +
        '<link rel="stylesheet" crossorigin href="/assets/index-c.css"><link rel="icon" href="/favicon.svg"></head>',
      'assets/index-a.js': 'console.log(1);'.repeat(100),
      'assets/vendor-b.js': 'export const x = 1;',
      'assets/index-c.css': 'body{color:red}',
      'assets/record-drawer-d.js': 'export default 1;',
      'favicon.svg': '<svg/>',
    });

    const bundle = measureBundle(distDir);

    expect(bundle.initialJs.map((asset) => asset.file).sort()).toEqual([
      'assets/index-a.js',
      'assets/vendor-b.js',
    ]);
    expect(bundle.initialCss.map((asset) => asset.file)).toEqual(['assets/index-c.css']);
    expect(bundle.lazyJs.map((asset) => asset.file)).toEqual(['assets/record-drawer-d.js']);
    expect(total(bundle.initialJs, 'bytes')).toBe(1500 + 19);
    expect(total(bundle.initialJs, 'gzipBytes')).toBeLessThan(total(bundle.initialJs, 'bytes'));
  });

  it('fails with the command to run when there is no build', () => {
    expect(() => measureBundle(fakeDist({}))).toThrow(/pnpm build/);
  });
});
