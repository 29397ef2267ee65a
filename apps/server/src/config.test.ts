import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the simulator on 127.0.0.1:3000', () => {
    expect(loadConfig({})).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, LIGHTSAIL_SOURCE: 'simulator' });
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: must be a whole number/);
    expect(() => loadConfig({ LIGHTSAIL_SOURCE: 'azure' })).toThrow(/LIGHTSAIL_SOURCE/);
    expect(() => loadConfig({ LIGHTSAIL_REGIONS: 'eu-west-2,mars-1' })).toThrow(/LIGHTSAIL_REGIONS/);
  });

  it('parses a region list', () => {
    expect(loadConfig({ LIGHTSAIL_REGIONS: 'eu-west-2, us-east-1' }).LIGHTSAIL_REGIONS).toEqual([
      'eu-west-2',
      'us-east-1',
    ]);
  });

  it('reads a region named twice once (otherwise every cursor of the unfiltered list is refused)', () => {
    expect(loadConfig({ LIGHTSAIL_REGIONS: 'eu-west-2,us-east-1,eu-west-2' }).LIGHTSAIL_REGIONS).toEqual([
      'eu-west-2',
      'us-east-1',
    ]);
  });

  it('refuses a non-loopback HOST unless explicitly waived', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: 0.0.0.0 is not a loopback address/);
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_REMOTE_WITHOUT_AUTH: 'true' }).HOST).toBe('0.0.0.0');
  });
});

it('documents every variable it reads in the README configuration table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const missing = CONFIG_KEYS.filter((key) => !readme.includes(`| \`${key}\``));
  expect(missing).toEqual([]);
});
