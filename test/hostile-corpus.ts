/**
 * The hostile YAML corpus (issue 8): files a customer's folder, a mail attachment or a paste can
 * hold. Written into a folder at test time (large cases are not kept in git). Each case says what
 * the server and the CLI must report for it: a rule at a 1-based line, or nothing in particular
 * (the file is read, checked and does not take anything down).
 */
import * as fs from 'fs';
import * as path from 'path';

export interface HostileCase {
  file: string;
  /** What is hostile about it. */
  what: string;
  /** The finding it must yield: rule id, 1-based line, and a pattern of the English message. */
  expect?: { rule: string; line: number; message?: RegExp };
  /** Rules it must not yield (e.g. a BOM or CRLF file is as good as its LF twin). */
  not?: string[];
}

const VALID_POC = [
  'kind: poc',
  'id: hostile-poc',
  'title: 敌意输入',
  'customer: 某银行',
  'tasks:',
  '  - { id: T1, name: 准备, duration: 2d, start: 2027-01-04 }',
  '  - { id: T2, name: 演示, duration: 1d, dependsOn: [T1] }',
  '',
].join('\n');

export const HOSTILE_CASES: HostileCase[] = [
  { file: 'alias-bomb.poc.yaml', what: 'billion laughs: 10 aliases per level, 15 levels', expect: { rule: 'yaml-syntax', line: 16, message: /alias/i } },
  { file: 'huge.poc.yaml', what: 'a 20 MB file', expect: { rule: 'file-unreadable', line: 1, message: /MB|large|size/i } },
  { file: 'deep-flow.poc.yaml', what: '10,000-deep flow sequences', expect: { rule: 'yaml-syntax', line: 2, message: /deeper than/ } },
  { file: 'deep-block.poc.yaml', what: '10,000-deep block sequences (- - - …)', expect: { rule: 'yaml-syntax', line: 3, message: /deeper than/ } },
  { file: 'deep-map.poc.yaml', what: '10,000-deep flow mappings', expect: { rule: 'yaml-syntax', line: 2, message: /deeper than/ } },
  { file: 'invalid-utf8.poc.yaml', what: 'bytes that are not UTF-8 on line 3', expect: { rule: 'file-unreadable', line: 3, message: /UTF-8/i } },
  { file: 'nul.poc.yaml', what: 'NUL bytes (a binary file)', expect: { rule: 'file-unreadable', line: 1 } },
  { file: 'bom.poc.yaml', what: 'a UTF-8 byte order mark', not: ['yaml-syntax', 'file-unreadable', 'schema'] },
  { file: 'crlf.poc.yaml', what: 'CRLF line endings', not: ['yaml-syntax', 'file-unreadable', 'schema'] },
  { file: 'tabs.poc.yaml', what: 'a tab as indentation on line 6', expect: { rule: 'yaml-syntax', line: 6, message: /tab/i } },
  { file: 'duplicate-keys.poc.yaml', what: 'the key title twice (line 4)', expect: { rule: 'yaml-syntax', line: 4, message: /unique|duplicate/i } },
  { file: 'long-line.poc.yaml', what: 'a 1 MB line (a value) on line 4', not: ['yaml-syntax', 'file-unreadable'] },
  { file: 'long-key.poc.yaml', what: 'a 1 MB key on line 4', expect: { rule: 'yaml-syntax', line: 4 } },
  { file: 'loop.poc.yaml', what: 'a symlink to itself', not: [] },
];

/** Writes the corpus into `dir` (which should be empty), with a directory symlink loop. Returns the cases. */
export function writeHostileCorpus(dir: string): HostileCase[] {
  const w = (f: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, f), data);
  let bomb = 'kind: poc\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 15; i++) bomb += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
  // The alias bomb is reported where the expansion starts (the first line of the document).
  w('alias-bomb.poc.yaml', bomb);
  w('huge.poc.yaml', 'kind: poc\nid: huge\nnotes: "' + 'x'.repeat(20 * 1024 * 1024) + '"\n');
  w('deep-flow.poc.yaml', 'kind: poc\nx: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n');
  w('deep-block.poc.yaml', 'kind: poc\nx:\n' + '- '.repeat(10000) + 'a\n');
  w('deep-map.poc.yaml', 'kind: poc\nx: ' + '{a: '.repeat(10000) + '1' + '}'.repeat(10000) + '\n');
  w('invalid-utf8.poc.yaml', Buffer.concat([Buffer.from('kind: poc\nid: bad\ntitle: "'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"\n')]));
  w('nul.poc.yaml', Buffer.from('kind: poc\u0000\u0000\u0001\u0002id: x\n', 'latin1'));
  w('bom.poc.yaml', '\ufeff' + VALID_POC.replace('hostile-poc', 'bom-poc'));
  w('crlf.poc.yaml', VALID_POC.replace('hostile-poc', 'crlf-poc').replace(/\n/g, '\r\n'));
  w('tabs.poc.yaml', VALID_POC.replace('hostile-poc', 'tabs-poc').replace('  - { id: T1', '\t- { id: T1'));
  w('duplicate-keys.poc.yaml', 'kind: poc\nid: dup-poc\ntitle: one\ntitle: two\n');
  w('long-line.poc.yaml', 'kind: poc\nid: long-poc\ntitle: t\nnotes: ' + 'ab 中文 '.repeat(1024 * 1024 / 8) + '\n');
  w('long-key.poc.yaml', 'kind: poc\nid: longkey-poc\ntitle: t\n' + 'k'.repeat(1024 * 1024) + ': 1\n');
  // A file symlink to itself, and a directory symlink to its own folder.
  fs.symlinkSync('loop.poc.yaml', path.join(dir, 'loop.poc.yaml'));
  fs.symlinkSync('.', path.join(dir, 'again'));
  return HOSTILE_CASES;
}
