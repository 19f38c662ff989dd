/**
 * docs/domain.md is the product contract inside the repository: the shared contract copied
 * unchanged, then our own additions. Every rule the product has is documented there, and every
 * rule id it documents exists.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from './rules';

const ROOT = path.resolve(__dirname, '../../../..');
const DOC = path.join(ROOT, 'docs', 'domain.md');
const MARKER = '<!-- Everything above this line is the shared contract';
/** Rules the contract fixes that are not built yet (issue 14): this list only shrinks. */
const NOT_YET: string[] = [];

describe('docs/domain.md (the product contract)', () => {
  const doc = fs.readFileSync(DOC, 'utf8');

  it('starts with the shared contract, unchanged, when a copy of it is beside the repository', () => {
    const shared = path.join(ROOT, '..', 'shared', 'DOMAIN.md');
    const at = doc.indexOf(MARKER);
    assert.ok(at > 0, 'the marker line that ends the shared part is missing');
    if (!fs.existsSync(shared)) return; // a clone without the steering folder: nothing to compare with
    assert.strictEqual(doc.slice(0, at).trimEnd(), fs.readFileSync(shared, 'utf8').trimEnd());
  });

  it('documents every rule of the product, and only rules that exist', () => {
    const documented = new Set([...doc.matchAll(/^- `([a-z][a-z-]*)` \[(?:error|warning|info|hint)\]/gm)].map((m) => m[1]));
    const ids = RULES.map((r) => r.id);
    for (const id of ids) assert.ok(documented.has(id), `rule ${id} is not in docs/domain.md`);
    for (const id of documented) assert.ok(ids.includes(id) !== NOT_YET.includes(id), `docs/domain.md names rule ${id}, which does not exist (or is built but still listed in NOT_YET)`);
  });
});
