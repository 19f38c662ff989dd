#!/usr/bin/env node
// `npm run fuzz`: the long random runs — builds, then
//   1. the core random-edit test (server/src/core/incremental.test.ts) with 1,500 edits of all five
//      kinds (POC_STUDIO_RANDOM_EDITS to change), incremental == fresh workspace after every edit;
//   2. the LSP fuzzer (test/fuzz) driving the real server with 20,000 random edits
//      (POC_STUDIO_FUZZ_EDITS to change), with the memory budget (heap flat between N and 5N edits).
// Both draw a fresh seed and print it; replay with POC_STUDIO_FUZZ_SEED=<seed>.
// `npm test` runs the same suites short (200 and 1,500 edits) with fixed seeds.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// A fresh random seed each run (printed by the suites), unless POC_STUDIO_FUZZ_SEED replays one.
const env = {
  ...process.env,
  POC_STUDIO_FUZZ_EDITS: process.env.POC_STUDIO_FUZZ_EDITS || '20000',
  POC_STUDIO_RANDOM_EDITS: process.env.POC_STUDIO_RANDOM_EDITS || '1500',
  POC_STUDIO_FUZZ_RANDOM: '1',
  POC_STUDIO_FUZZ_LONG: '1',
};
for (const [cmd, args] of [
  [process.execPath, ['esbuild.mjs']],
  [npx, ['tsc', '-p', '.']],
  [npx, ['mocha', '--config', '.mocharc.json', 'out/server/src/core/incremental.test.js']],
  [npx, ['mocha', '--config', '.mocharc.json', 'out/test/fuzz/**/*.test.js']],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
