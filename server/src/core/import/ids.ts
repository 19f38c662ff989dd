/**
 * Ids made from names, for the team members and the plan of an import: stable (the same name
 * gives the same id), unique, and valid ids (`^[A-Za-z0-9][A-Za-z0-9_.-]*$`).
 *
 * Decisions:
 * - A Chinese name becomes its pinyin without tones, syllables joined (张三 → zhangsan), read
 *   with pinyin-pro in surname mode (单 as a surname is shan); a Latin name its lower-case words
 *   joined by "-" (John Smith → john-smith); anything else `p1`, `p2` ….
 * - A clash takes the next free number (zhangsan, zhangsan2 …), in the order names first appear.
 */
import type * as PinyinPro from 'pinyin-pro';

let lib: typeof PinyinPro | undefined;
/** pinyin-pro (470 KB) is loaded at the first Chinese name, not when the server starts (a bundle apart, esbuild.mjs). */
function syllablesOf(text: string, surname: boolean): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lib ??= require('pinyin-pro') as typeof PinyinPro;
  return lib.pinyin(text, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', nonZh: 'consecutive', v: true });
}

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

function baseId(name: string, surname = true): string {
  const han = /[\u3400-\u9fff]/.test(name);
  if (han) {
    const syllables = syllablesOf(name.replace(/[^\u3400-\u9fffA-Za-z0-9]/g, ''), surname);
    const joined = syllables.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    if (joined) return joined.slice(0, 40);
  }
  return slugOf(name);
}

/** A new id for `name`, not in `taken` (and added to it). */
export function personId(name: string, taken: Set<string>): string {
  let base = baseId(name);
  if (!/^[a-z0-9]/.test(base)) base = '';
  let id = base || `p${taken.size + 1}`;
  for (let n = 2; taken.has(id); n++) id = `${base || 'p'}${base ? n : taken.size + n}`;
  taken.add(id);
  return id;
}

/** A plan id from a file name: `某银行实施计划.xlsx` → `mouyinhangshishijihua`, `Bank Plan.xlsx` → `bank-plan`. */
export function planIdOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(poc|project)?\.?(ya?ml|xlsx|xls|csv|xml|mpp)$/i, '');
  // A name with Latin words (某银行 Bank-Plan) is named by them; a Chinese one by its pinyin.
  const latin = slugOf(base);
  const id = (/[a-z]{3}/.test(latin) ? latin : baseId(base, false)).replace(/^-+/, '').slice(0, 40);
  return /^[a-z0-9]/.test(id) ? id : 'imported-plan';
}
