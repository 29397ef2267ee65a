// `pnpm bench`: runs every scenario against the simulator, prints the table and writes
// docs/benchmarks.md. BENCH_QUICK=1 cuts runs for development; BENCH_ONLY=1,4 runs some scenarios
// and prints them without touching the report.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AWS_CLI, CHROMIUM_PATH, QUICK, repoRoot } from './lib/config';
import { describeMachine, toolVersion } from './machine';
import { renderReport, resultsTable, type ScenarioResult } from './report';
import { bffOverhead } from './scenarios/bff-overhead';
import { fanOut } from './scenarios/fan-out';
import { simulator } from './scenarios/simulator';
import { type Stage, startStage } from './scenarios/stage';
import { throughput } from './scenarios/throughput';
import { upstreamEconomy } from './scenarios/upstream-economy';
import { web } from './scenarios/web';
import { wholeHistory } from './scenarios/whole-history';

const SCENARIOS: { id: string; title: string; run: (stage: Stage) => Promise<ScenarioResult> }[] = [
  { id: '1', title: '1. BFF overhead', run: bffOverhead },
  { id: '2', title: '2. Fan-out', run: fanOut },
  { id: '3', title: '3. Whole history', run: wholeHistory },
  { id: '4', title: '4. Throughput', run: throughput },
  { id: '5', title: '5. Upstream economy', run: upstreamEconomy },
  { id: '6', title: '6. Web', run: () => web() },
  { id: '7', title: '7. Simulator', run: simulator },
];

const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());
const selected = SCENARIOS.filter((scenario) => !only || only.includes(scenario.id));
const started = performance.now();
const machine = describeMachine();
const tools = {
  Chromium: toolVersion(CHROMIUM_PATH, ['--version']),
  'AWS CLI': toolVersion(AWS_CLI, ['--version']),
};

const stage = await startStage();
const sections: { title: string; result: ScenarioResult }[] = [];
const failures: { title: string; error: string }[] = [];
try {
  for (const scenario of selected) {
    const scenarioStart = performance.now();
    console.log(`\n${scenario.title}...`);
    try {
      const result = await scenario.run(stage);
      sections.push({ title: scenario.title, result });
      console.log(resultsTable(result.rows));
      for (const note of result.notes) console.log(`- ${note}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ title: scenario.title, error: message.split('\n')[0] ?? message });
      console.error(`${scenario.title} failed:`, error);
    }
    console.log(`(${((performance.now() - scenarioStart) / 1000).toFixed(1)} s)`);
  }
} finally {
  await stage.sim.close();
}

const durationS = (performance.now() - started) / 1000;
const analysisFile = path.join(repoRoot, 'bench/analysis.md');
const report = renderReport({
  machine,
  loadAtEnd: os.loadavg()[0] ?? 0,
  tools,
  quick: QUICK,
  durationS,
  sections,
  failures,
  analysis: existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '',
});
console.log(`\n${resultsTable(sections.flatMap((section) => section.result.rows))}`);
if (only) {
  console.log('\nBENCH_ONLY is set: docs/benchmarks.md left as it was.');
} else {
  const reportFile = path.join(repoRoot, 'docs/benchmarks.md');
  writeFileSync(reportFile, report);
  // Biome formats Markdown (it pads the table); `pnpm lint` fails on a report it has not formatted.
  execFileSync(path.join(repoRoot, 'node_modules/.bin/biome'), ['format', '--write', reportFile], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  console.log(`\nWrote docs/benchmarks.md (${durationS.toFixed(0)} s).`);
}
if (failures.length > 0) process.exitCode = 1;
