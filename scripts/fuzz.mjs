#!/usr/bin/env node
// `npm run fuzz`: the long LSP fuzzing run — builds, then drives the real server with 20,000 random
// edits (POC_STUDIO_FUZZ_EDITS to change; POC_STUDIO_FUZZ_SEED to replay a printed seed).
// `npm test` runs the same suite short (1,500 edits) with a fixed seed.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// A fresh random seed each run (printed by the suite), unless POC_STUDIO_FUZZ_SEED replays one.
const env = { ...process.env, POC_STUDIO_FUZZ_EDITS: process.env.POC_STUDIO_FUZZ_EDITS || '20000', POC_STUDIO_FUZZ_RANDOM: '1' };
for (const [cmd, args] of [
  [process.execPath, ['esbuild.mjs']],
  [npx, ['tsc', '-p', '.']],
  [npx, ['mocha', '--config', '.mocharc.json', 'out/test/fuzz/**/*.test.js']],
]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
