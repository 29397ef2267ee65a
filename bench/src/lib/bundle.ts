import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSizes {
  initialJs: Asset[];
  initialCss: Asset[];
  lazyJs: Asset[];
  lazyCss: Asset[];
}

export const INITIAL_JS_BUDGET_GZIP_KB = 130;

export function total(assets: Asset[], key: 'bytes' | 'gzipBytes'): number {
  return assets.reduce((sum, asset) => sum + asset[key], 0);
}

/** Kilobytes as Vite's build report prints them (1 kB = 1,000 bytes), so the two agree. */
export function kb(bytes: number): number {
  return bytes / 1000;
}

function asset(distDir: string, file: string): Asset {
  const content = readFileSync(path.join(distDir, file));
  // zlib's default level (6): what Vite's build report and a typical gzip-serving proxy use.
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/**
 * What the browser must download before the app can run: the module scripts, module preloads and
 * stylesheets that index.html names. Every other .js/.css of the build is a lazy chunk.
 */
export function measureBundle(distDir: string): BundleSizes {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`${indexFile} does not exist: build the web app first (pnpm build)`);
  const html = readFileSync(indexFile, 'utf8');
  const referenced = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type=["']?module/.test(tag);
    const rel = tag.match(/\brel=["']?([^"'\s>]+)/)?.[1];
    const isLink = tag.startsWith('<link') && (rel === 'stylesheet' || rel === 'modulepreload');
    const url = tag.match(/\b(?:src|href)=["']?([^"'\s>]+)/)?.[1];
    if ((isScript || isLink) && url && !/^[a-z]+:/i.test(url)) referenced.add(url.replace(/^\.?\//, ''));
  }
  const initial = [...referenced].filter((file) => /\.(js|css)$/.test(file));
  const all = listFiles(distDir).filter((file) => /\.(js|css)$/.test(file));
  const lazy = all.filter((file) => !referenced.has(file));
  const pick = (files: string[], ext: string) =>
    files.filter((file) => file.endsWith(ext)).map((file) => asset(distDir, file));
  return {
    initialJs: pick(initial, '.js'),
    initialCss: pick(initial, '.css'),
    lazyJs: pick(lazy, '.js'),
    lazyCss: pick(lazy, '.css'),
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(dir, path.join(prefix, entry.name))
      : [path.join(prefix, entry.name).split(path.sep).join('/')],
  );
}
