/**
 * A report (`ReportDoc`) as an e-mail draft (.eml): HTML and plain-text alternatives, the charts
 * as inline PNG pictures referenced by `cid:`, composed by nodemailer's MailComposer (no MIME
 * written by hand). Outlook and Thunderbird open it as a draft to check, complete and send.
 *
 * Decisions:
 * - `X-Unsent: 1` marks the draft; no From when none is given (the mail client fills in its
 *   account); Date is `opts.date` (reproducible output), else now.
 * - Subject: `doc.subject ?? doc.title` with every control and line-break character made a space,
 *   so that no text of a plan can add a header.
 * - Recipients are checked loosely (`mailbox`): "a@b.c" or "Name <a@b.c>"; one that does not pass
 *   (or holds a control character) is left out, the others are kept. Names are encoded by the
 *   composer, never written into a header by us.
 * - A chart whose picture cannot be made (no renderer, the renderer answers undefined or fails)
 *   is written as its data table; the pictures are related inline parts (multipart/related),
 *   Content-ID `chart-<n>@poc-studio`.
 * - The composer may not read files or URLs (disableFileAccess, disableUrlAccess): every part is
 *   given as content.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Chart, ChartRenderer, ReportDoc } from '../core/reports/doc';
import { emailHtml, type InlineImage } from './email-html';
import { emailText } from './email-text';

export interface EmlOptions {
  charts?: ChartRenderer;
  from?: string;
  to?: string[];
  cc?: string[];
  date?: Date;
}

/** A header value on one line: control and line-break characters made spaces. */
export function headerLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u;
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}]{2,}$/u;

/** "a@b.c" or "Name <a@b.c>" as a mailbox, or undefined when it does not look like one. */
export function mailbox(text: string): { name: string; address: string } | undefined {
  // eslint-disable-next-line no-control-regex
  if (typeof text !== 'string' || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) return undefined;
  const m = /^\s*(?:(?:"([^"]*)"|([^"<>]*?))\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(text);
  if (!m) return undefined;
  const address = m[3] ?? m[4];
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..') || !DOMAIN.test(domain)) return undefined;
  return { name: (m[1] ?? m[2] ?? '').trim(), address };
}

function mailboxes(list: readonly string[] | undefined): { name: string; address: string }[] {
  return (list ?? []).map(mailbox).filter((a): a is { name: string; address: string } => a !== undefined);
}

export async function renderEml(doc: ReportDoc, opts: EmlOptions = {}): Promise<Uint8Array> {
  const images = new Map<Chart, InlineImage>();
  for (const b of doc.blocks) {
    if (b.type !== 'chart' || !opts.charts || images.has(b.chart)) continue;
    const image = await opts.charts(b.chart).catch(() => undefined);
    if (image && image.png.length) images.set(b.chart, { cid: `chart-${images.size + 1}@poc-studio`, image });
  }
  const from = opts.from !== undefined ? mailbox(opts.from) : undefined;
  const to = mailboxes(opts.to);
  const cc = mailboxes(opts.cc);
  const composer = new MailComposer({
    from,
    to: to.length ? to : undefined,
    cc: cc.length ? cc : undefined,
    subject: headerLine(doc.subject ?? doc.title),
    date: opts.date,
    headers: { 'X-Unsent': '1' },
    text: { content: emailText(doc) },
    html: { content: emailHtml(doc, images) },
    attachments: [...images.values()].map((img, i) => ({
      cid: img.cid,
      content: Buffer.from(img.image.png),
      contentType: 'image/png',
      contentDisposition: 'inline',
      filename: `chart-${i + 1}.png`,
    })),
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const out = await composer.compile().build();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
