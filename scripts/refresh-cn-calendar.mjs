#!/usr/bin/env node
// Refreshes data/calendars/CN.json — China's statutory holidays and make-up working days (调休上班日)
// — from the `chinese-days` package on the npm registry (MIT; its data is transcribed from the State
// Council's yearly notices, https://www.gov.cn). Run it when the State Council publishes the next
// year's arrangement (usually in November), review the diff, and commit the data file: no code changes.
//
//   node scripts/refresh-cn-calendar.mjs [version]      (default: latest)
//
// The package is fetched with `npm pack` (the registry alone, no other download) into a temporary
// folder; nothing is installed. The data file lists, per day, the holiday it belongs to, for days off
// (weekends inside a holiday included) and for make-up working days.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** chinese-days' { holidays, workdays: { "YYYY-MM-DD": "English,中文,n" } } → our file (stable order, one line per day). */
/** The names a Chinese PM writes (端午节, not 端午); others as the source spells them. */
const ZH = { 端午: '端午节', 中秋: '中秋节', 清明: '清明节', 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '抗战胜利纪念日' };

export function convert(raw, source) {
  const names = new Map();
  const key = (value) => {
    const [en, zh] = String(value).split(',');
    const id = en.trim();
    names.set(id, { zh: ZH[zh.trim()] ?? zh.trim(), en: id });
    return id;
  };
  const days = (obj) => Object.keys(obj).sort().map((d) => [d, key(obj[d])]);
  const off = days(raw.holidays);
  const work = days(raw.workdays);
  const years = [...new Set([...off, ...work].map(([d]) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const lines = [
    '{',
    `  "region": "CN",`,
    `  "source": ${JSON.stringify(`${source} (npm, MIT), from the State Council's notices on public holidays`)},`,
    `  "years": [${years[0]}, ${years[years.length - 1]}],`,
    `  "names": {`,
    [...names.entries()].sort().map(([id, n]) => `    ${JSON.stringify(id)}: ${JSON.stringify(n)}`).join(',\n'),
    '  },',
    '  "off": {',
    off.map(([d, n]) => `    "${d}": ${JSON.stringify(n)}`).join(',\n'),
    '  },',
    '  "work": {',
    work.map(([d, n]) => `    "${d}": ${JSON.stringify(n)}`).join(',\n'),
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}

const version = process.argv[2] ?? 'latest';
const tmp = mkdtempSync(join(tmpdir(), 'cn-calendar-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const tgz = execFileSync(npm, ['pack', `chinese-days@${version}`, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tgz], { cwd: tmp });
  const pkg = JSON.parse(readFileSync(join(tmp, 'package', 'package.json'), 'utf8'));
  const raw = JSON.parse(readFileSync(join(tmp, 'package', 'dist', 'chinese-days.json'), 'utf8'));
  writeFileSync(join(root, 'data', 'calendars', 'CN.json'), convert(raw, `chinese-days ${pkg.version}`));
  console.log(`data/calendars/CN.json ← chinese-days ${pkg.version}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
