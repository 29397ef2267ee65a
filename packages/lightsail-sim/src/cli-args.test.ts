import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './cli-args';

describe('the CLI flags', () => {
  it('defaults to port 4566 and the documented data', () => {
    expect(parseCliArgs([])).toEqual({ port: 4566 });
  });

  it('maps every flag to a simulator option', () => {
    const options = parseCliArgs([
      '--port=0',
      '--seed',
      '9',
      '--records-per-region',
      '100',
      '--regions',
      'eu-west-2,us-east-1',
      '--page-size',
      '7',
      '--latency-ms',
      '50',
      '--throttle-rate',
      '0.25',
      '--error-rate',
      '0.1',
      '--deny-regions',
      'eu-west-2',
      '--setting-up-regions',
      'us-east-1',
      '--live-interval-ms',
      '500',
      '--access-key-id',
      'AKIAX',
      '--secret-access-key',
      'sec',
    ]);
    expect(options).toEqual({
      port: 0,
      seed: 9,
      recordsPerRegion: 100,
      regions: ['eu-west-2', 'us-east-1'],
      pageSize: 7,
      live: { intervalMs: 500 },
      credentials: { accessKeyId: 'AKIAX', secretAccessKey: 'sec' },
      faults: {
        '*': { latencyMs: 50, throttleRate: 0.25, errorRate: 0.1 },
        'eu-west-2': { accessDenied: true },
        'us-east-1': { settingUp: true },
      },
    });
  });

  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--port', '70000'], /--port must be an integer/],
    [['--records=-1'], /--records must be an integer/],
    [['--throttle-rate', '1.5'], /--throttle-rate must be a number from 0 to 1/],
    [['--regions', 'eu-west-2,mars-1'], /--regions must list Lightsail regions/],
    [['--now', 'yesterday'], /--now must be an ISO-8601 date/],
    [['--access-key-id', 'X'], /go together/],
    [['--bogus'], /Unknown option/],
    [['positional'], /Unexpected argument/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('takes any faults per region as JSON, merged with the other fault flags', () => {
    const options = parseCliArgs([
      '--faults',
      '{"eu-west-2":{"latencyMs":300,"hang":true},"*":{"errorRate":0.5}}',
      '--throttle-rate',
      '0.1',
      '--deny-regions',
      'eu-west-2',
    ]);
    expect(options !== 'help' && options.faults).toEqual({
      '*': { errorRate: 0.5, throttleRate: 0.1 },
      'eu-west-2': { latencyMs: 300, hang: true, accessDenied: true },
    });
  });

  it.each([
    ['{nope', /--faults must be JSON/],
    ['[1]', /--faults must be a JSON object/],
    ['{"mars-1":{}}', /--faults must list Lightsail regions/],
    ['{"eu-west-2":{"latencyMs":-1}}', /--faults for eu-west-2: latencyMs/],
  ])('refuses --faults %s', (json, message) => {
    expect(() => parseCliArgs(['--faults', json])).toThrow(message);
  });

  it.each([
    [
      ['--regions', 'eu-west-2', '--deny-regions', 'us-east-1'],
      /--deny-regions names region\(s\) that --regions does not serve: us-east-1/,
    ],
    [['--regions', 'eu-west-2', '--setting-up-regions', 'us-east-1'], /--setting-up-regions/],
    [['--regions', 'eu-west-2', '--faults', '{"us-east-1":{"hang":true}}'], /--faults names region/],
  ])('refuses faults for a region --regions leaves out: %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('takes temporary credentials with --session-token, only beside a key pair', () => {
    const options = parseCliArgs([
      '--access-key-id',
      'ASIAX',
      '--secret-access-key',
      'S',
      '--session-token',
      'T',
    ]);
    expect(options !== 'help' && options.credentials).toEqual({
      accessKeyId: 'ASIAX',
      secretAccessKey: 'S',
      sessionToken: 'T',
    });
    expect(() => parseCliArgs(['--session-token', 'T'])).toThrow(/--session-token needs --access-key-id/);
  });

  it('pins the clock with --now', () => {
    const options = parseCliArgs(['--now', '2026-01-01T00:00:00Z']);
    expect(options !== 'help' && options.now?.()).toBe(Date.UTC(2026, 0, 1));
  });
});
