/**
 * The injection corpus placed in every text field of every kind: a copy of the example customer
 * folder (a POC, a project, stakeholders, requirements, two checklists) in which every free-text
 * value — in the example, every value with Chinese text: titles, names, reasons, descriptions,
 * evidence, items … — is replaced by a payload of test/fixtures/injection/payloads.json (round
 * robin, so that every payload lands in several fields and every field holds a payload). Ids,
 * enums and dates stay valid, so the plans still schedule and report.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { REPO } from '../protocol/lsp-client';

export const PAYLOADS: string[] = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8'));

export interface Placed {
  file: string;
  /** The path of the field, e.g. `tasks.3.name`. */
  field: string;
  original: string;
  payload: string;
}

const FREE_TEXT = /[\u3400-\u9fff\uff00-\uffef]/;

/** Writes the injected copy of `examples/` into `dir` and returns where each payload went. */
export function writeInjectionFolder(dir: string, payloads: readonly string[] = PAYLOADS): Placed[] {
  const src = path.join(REPO, 'examples');
  fs.cpSync(src, dir, { recursive: true });
  const placed: Placed[] = [];
  let next = 0;
  for (const file of fs.readdirSync(src).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const doc = YAML.parseDocument(fs.readFileSync(path.join(src, file), 'utf8'));
    YAML.visit(doc, {
      Scalar(key, node, ancestors) {
        if (key === 'key' || typeof node.value !== 'string' || !FREE_TEXT.test(node.value)) return;
        const payload = payloads[next++ % payloads.length];
        const field = ancestors
          .filter((a): a is YAML.Pair => YAML.isPair(a))
          .map((p) => String((p.key as YAML.Scalar)?.value ?? '?'))
          .join('.');
        placed.push({ file, field, original: node.value, payload });
        node.value = payload;
        node.type = 'QUOTE_DOUBLE';
      },
    });
    const text = doc.toString({ lineWidth: 0 });
    fs.writeFileSync(path.join(dir, file), text);
    // The payloads must arrive as they are (else the test would prove nothing about them).
    const back = YAML.parseDocument(text);
    if (back.errors.length) throw new Error(`${file}: the injected YAML does not parse: ${back.errors[0].message}`);
    const values: string[] = [];
    YAML.visit(back, { Scalar: (k, n) => void (k !== 'key' && typeof n.value === 'string' && values.push(n.value)) });
    for (const p of placed.filter((x) => x.file === file)) {
      if (!values.includes(p.payload)) throw new Error(`${file}: payload ${JSON.stringify(p.payload)} did not survive the YAML round trip`);
    }
  }
  return placed;
}
