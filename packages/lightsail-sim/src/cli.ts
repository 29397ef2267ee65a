import { parseCliArgs, USAGE, UsageError } from './cli-args';
import { startSimulator } from './server';

/** `pnpm sim`: a standalone simulator for the AWS CLI, the server in `aws` mode, or a demo. */
async function main(): Promise<void> {
  // pnpm may forward a literal "--" ahead of the user's flags.
  const argv = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
  let options: ReturnType<typeof parseCliArgs>;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`lightsail-sim: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const sim = await startSimulator(options);
  const { accessKeyId, secretAccessKey, sessionToken } = sim.credentials;
  const region = sim.regions.includes('eu-west-2') ? 'eu-west-2' : sim.regions[0];
  const env = [
    `AWS_ACCESS_KEY_ID=${accessKeyId}`,
    `AWS_SECRET_ACCESS_KEY=${secretAccessKey}`,
    ...(sessionToken === undefined ? [] : [`AWS_SESSION_TOKEN=${sessionToken}`]),
  ];
  console.log(`Lightsail simulator listening on ${sim.url}`);
  for (const line of env) console.log(`  ${line}`);
  console.log(`  regions: ${sim.regions.join(', ')}`);
  console.log(
    `Try: ${env.join(' ')} aws lightsail get-export-snapshot-records --endpoint-url ${sim.url} --region ${region}`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`lightsail-sim: ${signal}, closing`);
    sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`lightsail-sim: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
