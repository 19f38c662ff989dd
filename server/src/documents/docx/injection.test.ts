/**
 * The injection corpus in every text field of a Word report: every payload ends up as the text of a
 * `w:t` (its one-line form), every part stays well-formed, nothing becomes a field, a hyperlink, an
 * external relationship or an element of its own.
 */
import * as assert from 'assert';
import { renderDocx } from '.';
import { oneLine } from '../../core/reports/markdown';
import { CREATED, attrs, findAll, injectionDoc, loadPayloads, openDocx, parseXml, stubCharts, tagOf, textOf, wTexts, type DocxParts, type XmlNode } from './testing';

const PAYLOADS = loadPayloads();

/** Every element name used in a part. */
function tagNames(nodes: XmlNode[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag && tag !== '#text') {
      out.add(tag);
      tagNames(n[tag] as XmlNode[], out);
    }
  }
  return out;
}

describe('renderDocx with the injection corpus', function () {
  this.timeout(30000);
  let parts: DocxParts;
  let body: XmlNode[];
  let header: XmlNode[];
  let footer: XmlNode[];

  before(async () => {
    parts = await openDocx(await renderDocx(injectionDoc(PAYLOADS), { created: CREATED }));
    body = parseXml(await parts.text('word/document.xml'));
    header = parseXml(await parts.text(parts.names.find((n) => /^word\/header\d*\.xml$/.test(n)) as string));
    footer = parseXml(await parts.text(parts.names.find((n) => /^word\/footer\d*\.xml$/.test(n)) as string));
  });

  it('keeps every part well-formed', async () => {
    for (const name of parts.names.filter((n) => /\.(xml|rels)$/.test(n))) parseXml(await parts.text(name));
  });

  it('writes every payload as the text of a w:t, in its one-line form', () => {
    const texts = new Set([...wTexts(body), ...wTexts(header), ...wTexts(footer)]);
    const missing = PAYLOADS.filter((p) => !texts.has(oneLine(p)));
    assert.deepStrictEqual(missing, []);
  });

  it('puts the customer and project in the header, the company in the footer, the title in the core properties', async () => {
    const doc = injectionDoc(PAYLOADS);
    assert.deepStrictEqual(wTexts(header), [`${oneLine(doc.customer)} · ${oneLine(doc.project)}`]);
    assert.strictEqual(wTexts(footer)[0], oneLine(doc.company));
    const core = parseXml(await parts.text('docProps/core.xml'));
    assert.strictEqual(findAll(core, 'dc:title').map(textOf)[0], oneLine(doc.title));
  });

  it('makes no element, field, hyperlink or external link out of text', async () => {
    const allowed = /^(w|wp|a|pic|w14|w15|mc|v|o|wps|wpg|w10|m):/;
    for (const [name, nodes] of [['document', body], ['header', header], ['footer', footer]] as const) {
      const odd = [...tagNames(nodes)].filter((t) => !t.startsWith('?') && !allowed.test(t));
      assert.deepStrictEqual(odd, [], `${name}: elements of no Word namespace`);
    }
    for (const tag of ['w:fldChar', 'w:instrText', 'w:fldSimple', 'w:hyperlink', 'w:object', 'w:altChunk']) assert.strictEqual(findAll(body, tag).length, 0, tag);
    assert.deepStrictEqual(findAll(footer, 'w:instrText').map(textOf).map((s) => s.trim()), ['PAGE', 'NUMPAGES']);
    assert.strictEqual(findAll(header, 'w:instrText').length, 0);
    for (const name of parts.names.filter((n) => n.endsWith('.rels'))) {
      const rels = findAll(parseXml(await parts.text(name)), 'Relationship');
      assert.ok(rels.every((r) => attrs(r).TargetMode !== 'External'), `${name} has no external target`);
    }
  });

  it('gives a picture’s alt text as an attribute value, not markup', async () => {
    const doc = injectionDoc(PAYLOADS);
    const p = await openDocx(await renderDocx(doc, { charts: stubCharts, created: CREATED }));
    const xml = parseXml(await p.text('word/document.xml'));
    const titles = doc.blocks.flatMap((b) => (b.type === 'chart' ? [oneLine(b.chart.title)] : []));
    const descr = findAll(xml, 'wp:docPr').map((d) => attrs(d).descr);
    assert.deepStrictEqual(descr, titles);
  });
});
