/**
 * Microsoft Project XML (MSPDI) as plain values, safely: the size limit, the refusal of entity
 * declarations, well-formedness and the parse itself (fast-xml-parser). mspdi.ts reads the values.
 *
 * Decisions:
 * - A DOCTYPE whose internal subset declares any entity is refused before anything is parsed:
 *   external ones (`SYSTEM` / `PUBLIC`: XXE) and internal ones (entity-expansion bombs) alike. The
 *   note names the first `<!ENTITY …>`. Nothing is ever resolved or fetched: the parser gets an
 *   entity decoder of our own that knows only the five XML entities and numeric character
 *   references, and that refuses any entity a DOCTYPE would add (a second line of defence).
 * - An external DTD (`<!DOCTYPE Project SYSTEM "…">` without entities) is ignored, never read.
 * - Not well-formed (truncated, garbage, binary) → one error note with the parser's line; no throw.
 * - Every value is a string (parseTagValue off: a name `001` stays `001`); values are not trimmed
 *   (a task name keeps its spaces), readers trim what they read as numbers and dates.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { note, WHOLE_FILE, type ImportNote } from '../core/import/types';

/** 50 MB of text. */
export const MAX_XML_CHARS = 50 * 1024 * 1024;

/** The elements that may repeat (always arrays after the parse). */
const LISTS = new Set(['Task', 'PredecessorLink', 'Resource', 'Assignment', 'Calendar', 'WeekDay', 'Exception', 'WorkingTime', 'ExtendedAttribute']);

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; any other `&name;` stays as written. */
export function decodeXmlText(value: string): string {
  if (value.indexOf('&') < 0) return value;
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]+);/g, (all, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

class DeclaredEntities extends Error {}

/** The decoder fast-xml-parser calls: the five entities and numeric references only, never a declared one. */
const decoder = {
  reset(): void {},
  setXmlVersion(): void {},
  setExternalEntities(): void {},
  addInputEntities(entities: Record<string, unknown>): void {
    const names = Object.keys(entities ?? {});
    if (names.length) throw new DeclaredEntities(names.join(', '));
  },
  decode: decodeXmlText,
};

/** A plain object of the parse (element name → string, object, or array for LISTS). */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

const DOCTYPE_WHERE = { en: '<!DOCTYPE>', zh: '<!DOCTYPE>' };

/** The first `<!ENTITY …>` in a DOCTYPE before the root element: its name and whether it is external. */
function declaredEntity(xml: string): { name: string; external: boolean } | undefined {
  const root = firstElement(xml);
  const at = xml.indexOf('<!DOCTYPE');
  if (at < 0 || (root >= 0 && at > root)) return undefined;
  const open = xml.indexOf('[', at);
  const decl = xml.indexOf('<!ENTITY', at);
  if (decl < 0 || open < 0 || decl < open || (root >= 0 && decl > root)) return undefined;
  const words = xml.slice(decl + 8, decl + 400).trim().split(/\s+/);
  const name = words[0] === '%' ? `% ${words[1] ?? ''}` : words[0] ?? '';
  const kind = (words[0] === '%' ? words[2] : words[1]) ?? '';
  return { name: name.slice(0, 60), external: /^(SYSTEM|PUBLIC)$/i.test(kind) };
}

/** Index of the root element's `<` (a `<` followed by a name character), -1 without one. */
function firstElement(xml: string): number {
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127) return i;
  }
  return -1;
}

export type ParsedXml = { ok: true; root: XmlNode } | { ok: false; notes: ImportNote[] };

/** The document as plain values, or the error notes that say why not. */
export function parseMspdiXml(xml: string): ParsedXml {
  const fail = (where: { en: string; zh: string }, en: string, zh: string): ParsedXml => ({ ok: false, notes: [note('error', where, en, zh)] });
  if (xml.length > MAX_XML_CHARS) {
    const mb = Math.round(xml.length / 1024 / 1024);
    return fail(WHOLE_FILE, `The file is too large (${mb} MB; at most 50 MB are read).`, `文件过大（${mb} MB），最多读取 50 MB。`);
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const entity = declaredEntity(text);
  if (entity) {
    const where = { en: `<!ENTITY ${entity.name}>`, zh: `<!ENTITY ${entity.name}>` };
    return entity.external
      ? fail(where, 'The document declares an external entity (a reference to another file or address); it is refused and nothing is read or fetched.', '文件声明了外部实体（引用其他文件或网址），已拒绝读取，未读取也未访问任何外部内容。')
      : fail(where, 'The document declares its own entities (they can expand without limit); it is refused. Microsoft Project files declare none.', '文件声明了自定义实体（可能无限展开），已拒绝读取。项目管理软件保存的 XML 文件不会声明实体。');
  }
  return parseXml(text);
}

/**
 * The parse alone (after the checks of parseMspdiXml): well-formedness, then fast-xml-parser with
 * the decoder that expands nothing beyond the five XML entities and numeric references.
 */
export function parseXml(text: string): ParsedXml {
  const fail = (where: { en: string; zh: string }, en: string, zh: string): ParsedXml => ({ ok: false, notes: [note('error', where, en, zh)] });
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, msg } = valid.err;
    return fail({ en: `line ${line}`, zh: `第 ${line} 行` }, `Not well-formed XML: ${msg.slice(0, 200)}`, '不是格式正确的 XML 文件（可能被截断或已损坏）。');
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    removeNSPrefix: true,
    maxNestedTags: 64,
    entityDecoder: decoder,
    isArray: (name: string) => LISTS.has(name),
  } as ConstructorParameters<typeof XMLParser>[0]);
  try {
    return { ok: true, root: parser.parse(text) as XmlNode };
  } catch (e) {
    if (e instanceof DeclaredEntities || /entit|DOCTYPE/i.test((e as Error).message))
      return fail(DOCTYPE_WHERE, 'The document declares entities in its DOCTYPE; it is refused and nothing is resolved.', '文件在文档类型声明中声明了实体，已拒绝读取，未解析任何实体。');
    return fail(WHOLE_FILE, `The XML cannot be read: ${(e as Error).message.slice(0, 200)}`, '无法读取该 XML 文件（格式不正确）。');
  }
}

/** The child element `name` of a node as text ('' when absent or not text). */
export function textOf(node: XmlValue | undefined, name: string): string {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return '';
  const v = node[name];
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v['#text'] === 'string') return v['#text'];
  return '';
}

/** The child element `name` as a node (undefined when absent or text). */
export function nodeOf(node: XmlValue | undefined, name: string): XmlNode | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const v = node[name];
  return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

/** The repeated child elements `name` (objects only). */
export function listOf(node: XmlValue | undefined, name: string): XmlNode[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const v = node[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is XmlNode => !!x && typeof x === 'object' && !Array.isArray(x));
}

/** A number of a child element (undefined when absent or not a number). */
export function numberOf(node: XmlValue | undefined, name: string): number | undefined {
  const s = textOf(node, name).trim();
  if (!s) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The date part `YYYY-MM-DD` of an MSPDI date-time (undefined when it is none). */
export function dateOf(node: XmlValue | undefined, name: string): string | undefined {
  const s = textOf(node, name).trim();
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}
