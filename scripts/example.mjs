#!/usr/bin/env node
// `npm run example`: checks the bundled example customer folder and prints what POC Studio finds.
// Findings are the point of the example, so exit code 1 ("errors found") counts as success here;
// only a failure of the tool itself (exit code 2 or a crash) fails this script.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const r = spawnSync(process.execPath, ['bin/poc-studio.js', 'check', 'examples', '--format', 'text', ...args], { stdio: 'inherit' });
if (r.status === 0 || r.status === 1) {
  console.log('\nOpen the folder in VS Code with the extension to see the same findings in the Problems view:');
  console.log('  code examples    (README.md, "What you see on the example")');
  process.exit(0);
}
process.exit(r.status ?? 2);
