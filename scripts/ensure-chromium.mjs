#!/usr/bin/env node
// The e2e suite drives a real Chromium. Playwright cannot download its own browser here, so we use
// Debian's package: install it when missing and we are root, or honour CHROMIUM_PATH elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${wanted} does not exist.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error('Chromium is missing: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log('Installing Chromium from Debian (apt-get install chromium)...');
const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
execFileSync('apt-get', ['update', '-qq'], apt);
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], apt);
