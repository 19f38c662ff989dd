/**
 * A folder of files that used to be read wrong or not at all, for the CLI and protocol tests:
 * `#` and `?` in file names, a GBK (GB18030) stakeholders file, UTF-16 LE and BE files with a BOM
 * (written with the encoders of server/src/node/encodings-testing.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { encodeGbk, encodeUtf16 } from '../server/src/node/encodings-testing';

const FIXTURE = path.resolve(__dirname, '../..', 'test', 'fixtures', 'protocol');

export const PEOPLE_TEXT = fs.readFileSync(path.join(FIXTURE, 'people.stakeholders.yaml'), 'utf8');

/** A folder with odd names and encodings; returns it. */
export function writeOddFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-odd-'));
  const poc = fs.readFileSync(path.join(FIXTURE, 'bank.poc.yaml'), 'utf8').replace('mode: remote', 'mode: nowhere');
  fs.writeFileSync(path.join(dir, '政务云#2期.poc.yaml'), poc);
  fs.writeFileSync(path.join(dir, 'a?b.project.yaml'), 'kind: project\nid: p2\ntitle: 二期\nbogus: 1\n');
  fs.writeFileSync(path.join(dir, 'people.stakeholders.yaml'), encodeGbk(PEOPLE_TEXT));
  fs.writeFileSync(path.join(dir, 'r.requirements.yaml'), encodeUtf16('kind: requirements\nrequirements:\n  - { id: R1, title: 检索性能, type: functional, priority: could, acceptance: 支持按流水号检索日志 }\n', 'le'));
  fs.writeFileSync(path.join(dir, 'c.checklist.yaml'), encodeUtf16('kind: checklist\nid: c\ntitle: 收尾检查\nitems:\n  - { id: C1, text: 备份数据库, done: false }\n', 'be'));
  return dir;
}

