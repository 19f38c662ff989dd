/**
 * A look at a .xlsx (a zip file) before it is opened: its central directory says how large each
 * part unpacks, so a zip bomb disguised as a workbook is refused before anything is inflated.
 *
 * Decisions: refuse when the parts together unpack to more than 300 MB, when one part unpacks more
 * than 200 times its packed size (ordinary sheets pack 5–20 times), when the directory is ZIP64 or
 * cannot be read, or when it holds more than 10,000 parts.
 */
export const MAX_UNPACKED = 300 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 10_000;

export type ZipProblem = { kind: 'not-zip' } | { kind: 'too-large'; unpacked: number } | { kind: 'ratio'; part: string; ratio: number } | { kind: 'too-many'; count: number };

export function checkZip(bytes: Uint8Array): ZipProblem | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) return { kind: 'not-zip' };
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'not-zip' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset + size > bytes.length) return { kind: 'not-zip' };
  if (count > MAX_ENTRIES) return { kind: 'too-many', count };
  let at = offset;
  let total = 0;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { kind: 'not-zip' };
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (packed === 0xffffffff || unpacked === 0xffffffff) return { kind: 'too-large', unpacked: Number.POSITIVE_INFINITY };
    total += unpacked;
    if (total > MAX_UNPACKED) return { kind: 'too-large', unpacked: total };
    if (unpacked > 1024 * 1024 && unpacked / Math.max(1, packed) > MAX_RATIO) return { kind: 'ratio', part: name, ratio: Math.round(unpacked / Math.max(1, packed)) };
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}
