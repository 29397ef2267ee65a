import { type Simulator, type SimulatorOptions, startSimulator } from '@export-ledger/lightsail-sim';
import { expect, test } from '../fixtures';
import { type RunningServer, startServer } from '../support/server';
import { scrollToEnd } from '../support/table';

const REGIONS = ['us-east-1', 'eu-west-2', 'ap-southeast-2'];

test.describe('Lightsail (the simulator) stopped mid-scroll', () => {
  test.use({
    expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 50[24]/],
  });

  test('the table shows the error with retry, and once it is back, retry resumes from the same place', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // A fixed clock, so the restarted simulator serves the same records and page tokens.
    const options: SimulatorOptions = {
      seed: 121,
      regions: REGIONS,
      records: 700,
      pageSize: 50,
      now: () => 1_790_000_000_000,
    };
    let sim: Simulator = await startSimulator({ port: 0, ...options });
    const port = Number(new URL(sim.url).port);
    const truth = REGIONS.flatMap((region) => sim.records(region))
      .sort((a, b) => b.createdAt - a.createdAt || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0))
      .map((record) => record.name);
    let server: RunningServer | undefined;
    try {
      server = await startServer({
        LIGHTSAIL_SOURCE: 'aws',
        LIGHTSAIL_ENDPOINT: sim.url,
        LIGHTSAIL_REGIONS: REGIONS.join(','),
        AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: sim.credentials.secretAccessKey,
        AWS_REGION: 'us-east-1',
        CACHE_TTL_MS: '0',
        UPSTREAM_TIMEOUT_MS: '3000',
        UPSTREAM_CONNECT_TIMEOUT_MS: '1000',
      });
      await page.goto(`${server.url}/`);
      await expect(page.locator('tbody tr[data-record-name]').first()).toBeVisible();
      await page.waitForLoadState('networkidle');

      await sim.close();
      const partial = await scrollToEnd(page, 30_000);
      expect(partial.ended).toBe('error');
      const status = page.getByTestId('records-status');
      await expect(status).toContainText('Could not load more records');
      expect(partial.names).toEqual(truth.slice(0, partial.names.length));
      expect(partial.names.length).toBeLessThan(truth.length);

      sim = await startSimulator({ ...options, port });
      await status.getByRole('button', { name: 'Retry' }).click();
      const all = await scrollToEnd(page, 60_000);
      expect(all.ended).toBe('complete');
      expect(all.missing).toEqual([]);
      expect(all.names).toEqual(truth);
    } finally {
      await server?.stop();
      await sim.close();
    }
  });
});
