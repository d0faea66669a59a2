// Reads the exports team leads have (Zendesk macros, Freshdesk canned responses, Help Scout saved replies, CSV, JSONL)
// chunk by chunk, as saved replies, so a 100,000-reply file never has to sit in memory.
import { JSONParser } from '@streamparser/json';
import { parse as parseCsv } from 'csv-parse/browser/esm';
import { htmlToText, looksLikeHtml } from './html-to-text';
import type { AuditInputError, AuditRecord, InputFormat } from './types';

/** Replies longer than this are reported and skipped: no saved reply is a megabyte of text. */
export const MAX_REPLY_CHARS = 1_000_000;

export interface RecordSink {
  record(r: AuditRecord): void;
  error(e: AuditInputError): void;
}

export interface RecordReader {
  write(chunk: string): void;
  /** Resolves when the last record has been delivered. */
  end(): Promise<void>;
}

/**
 * The format of a file from its name and first characters, or null when it matches none
 * (the caller reports "unknown shape" and moves on to the next file).
 */
export function detectFormat(fileName: string, head: string): InputFormat | null {
  const name = fileName.toLowerCase();
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (text.startsWith('{') && /^\{[^\n]*\}\s*(\n|$)/.test(text) && /"draft"\s*:/.test(text.split('\n')[0])) return 'jsonl';
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"(macros|comment_value|comment_value_html)"\s*:/.test(head)) return 'zendesk';
    if (/"(canned_responses|content_html|folder_id)"\s*:/.test(head)) return 'freshdesk';
    if (/"(saved_replies|saved-replies)"\s*:/.test(head) || (/"name"\s*:/.test(head) && /"text"\s*:/.test(head) && /"(preview|mailboxId|mailbox_id)"\s*:/.test(head))) return 'helpscout';
    return null;
  }
  if (/^[^\n,]*\btext\b[^\n]*,|,\s*"?text"?\s*(,|\r?\n)/i.test(text.split('\n')[0] ?? '')) return 'csv';
  return null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const bodyText = (s: string) => (looksLikeHtml(s) ? htmlToText(s) : s);

/** A record, or the reason it can't be one, from one item of a JSON export. */
type Mapped = { title?: string; text: string } | { field: string; message: string } | null;

function zendeskMacro(v: unknown): Mapped {
  if (!v || typeof v !== 'object' || !('actions' in v)) return null;
  const m = v as { title?: unknown; actions?: unknown };
  const title = str(m.title);
  if (!Array.isArray(m.actions)) return { field: 'actions', message: 'must be an array of actions' };
  const find = (field: string) => (m.actions as { field?: unknown; value?: unknown }[]).find((a) => a && a.field === field)?.value;
  const html = find('comment_value_html');
  const plain = find('comment_value');
  if (typeof html === 'string' && html.trim()) return { title, text: htmlToText(html) };
  // Older macros store [channel, text] pairs in comment_value.
  const plainText = Array.isArray(plain) ? str(plain[plain.length - 1]) : str(plain);
  if (plainText && plainText.trim()) return { title, text: bodyText(plainText) };
  return { field: 'actions', message: `macro${title ? ` "${title}"` : ''} has no comment_value or comment_value_html action, so there is no reply to check` };
}

function freshdeskResponse(v: unknown): Mapped {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (!('content' in r) && !('content_html' in r)) return null;
  const title = str(r.title);
  const html = str(r.content_html);
  if (html && html.trim()) return { title, text: htmlToText(html) };
  const plain = str(r.content);
  if (plain && plain.trim()) return { title, text: bodyText(plain) };
  return { field: 'content_html', message: `canned response${title ? ` "${title}"` : ''} has an empty body` };
}

function helpscoutReply(v: unknown): Mapped {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (!('text' in r) || !('name' in r || 'id' in r)) return null;
  const title = str(r.name);
  const body = str(r.text);
  if (body && body.trim()) return { title, text: bodyText(body) };
  return { field: 'text', message: `saved reply${title ? ` "${title}"` : ''} has an empty body` };
}

const JSON_EXPORTS: Record<'zendesk' | 'freshdesk' | 'helpscout', { paths: string[]; map(v: unknown): Mapped }> = {
  zendesk: { paths: ['$.macros.*', '$.*'], map: zendeskMacro },
  freshdesk: { paths: ['$.*', '$.canned_responses.*', '$.*.canned_responses.*', '$.folders.*.canned_responses.*'], map: freshdeskResponse },
  helpscout: { paths: ['$.*', '$.saved_replies.*', '$._embedded.saved_replies.*', '$._embedded.saved-replies.*'], map: helpscoutReply },
};

function emit(sink: RecordSink, file: string, row: number, r: { title?: string; text: string; customer?: string }, field: string): void {
  if (r.text.length > MAX_REPLY_CHARS) {
    sink.error({ file, row, field, message: `reply is ${(r.text.length / 1e6).toFixed(1)} MB of text; replies over 1 MB are skipped` });
    return;
  }
  sink.record({ file, row, ...r });
}

function jsonExportReader(format: 'zendesk' | 'freshdesk' | 'helpscout', file: string, sink: RecordSink): RecordReader {
  const spec = JSON_EXPORTS[format];
  const parser = new JSONParser({ paths: spec.paths, keepStack: false });
  let row = 0;
  let failed = false;
  parser.onValue = ({ value }) => {
    const mapped = spec.map(value);
    if (!mapped) return;
    row++;
    if ('field' in mapped) sink.error({ file, row, field: mapped.field, message: mapped.message });
    else emit(sink, file, row, mapped, format === 'zendesk' ? 'actions' : format === 'freshdesk' ? 'content_html' : 'text');
  };
  parser.onError = (e) => {
    if (failed) return;
    failed = true;
    sink.error({ file, row: null, field: null, message: `not valid JSON after item ${row} (${e.message}); the items before it were checked` });
  };
  return {
    write(chunk) {
      if (failed) return;
      if (parser.isEnded) {
        // Only white space may follow the document.
        if (chunk.trim()) {
          failed = true;
          sink.error({ file, row: null, field: null, message: 'has more data after the end of the JSON document' });
        }
        return;
      }
      try {
        parser.write(chunk);
      } catch (e) {
        parser.onError(e as Error);
      }
    },
    async end() {
      if (failed) return;
      try {
        if (!parser.isEnded) parser.end();
      } catch (e) {
        if (!failed) sink.error({ file, row: null, field: null, message: `the JSON ends too early (${(e as Error).message})` });
      }
      if (!failed && row === 0) sink.error({ file, row: null, field: null, message: `no ${format === 'zendesk' ? 'macros' : format === 'freshdesk' ? 'canned responses' : 'saved replies'} found in this export` });
    },
  };
}

function jsonlReader(file: string, sink: RecordSink): RecordReader {
  let carry = '';
  let line = 0;
  const take = (raw: string) => {
    line++;
    const text = raw.replace(/\r$/, '');
    if (!text.trim()) return;
    let o: unknown;
    try {
      o = JSON.parse(text);
    } catch (e) {
      sink.error({ file, row: line, field: null, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) return sink.error({ file, row: line, field: null, message: 'expected a JSON object with a "draft" field' });
    const r = o as Record<string, unknown>;
    if (typeof r.draft !== 'string') {
      return sink.error({ file, row: line, field: 'draft', message: r.draft === undefined ? 'is missing' : `must be a string (got ${r.draft === null ? 'null' : typeof r.draft})` });
    }
    if (r.customer !== undefined && r.customer !== null && typeof r.customer !== 'string') return sink.error({ file, row: line, field: 'customer', message: 'must be a string' });
    const title = typeof r.title === 'string' ? r.title : typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
    emit(sink, file, line, { title, text: r.draft, customer: (r.customer as string | undefined) ?? undefined }, 'draft');
  };
  return {
    write(chunk) {
      const parts = (carry + chunk).split('\n');
      carry = parts.pop() ?? '';
      for (const p of parts) take(p);
    },
    async end() {
      if (carry) take(carry);
      carry = '';
    },
  };
}

function csvReader(file: string, sink: RecordSink): RecordReader {
  let header: string[] | null = null;
  let stopped = false;
  let row = 1;
  const parser = parseCsv({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    columns: (names: string[]) => (header = names.map((h) => String(h).trim().toLowerCase())),
  });
  const done = new Promise<void>((resolve) => {
    parser.on('readable', () => {
      let rec: Record<string, string> | null;
      while ((rec = parser.read()) !== null) {
        row++;
        if (stopped) continue;
        const text = rec.text;
        if (typeof text !== 'string' || !text.trim()) {
          sink.error({ file, row, field: 'text', message: 'is empty' });
          continue;
        }
        emit(sink, file, row, { title: rec.title?.trim() || undefined, text: bodyText(text), customer: rec.customer?.trim() || undefined }, 'text');
      }
    });
    parser.on('error', (e: Error & { lines?: number }) => {
      sink.error({ file, row: e.lines ?? row, field: null, message: `not valid CSV (${e.message})` });
      resolve();
    });
    parser.on('end', () => resolve());
  });
  let checkedHeader = false;
  return {
    write(chunk) {
      if (stopped) return;
      parser.write(chunk);
      if (!checkedHeader && header) {
        checkedHeader = true;
        if (!header.includes('text')) {
          stopped = true;
          sink.error({ file, row: 1, field: 'text', message: `there is no "text" column (columns: ${header.join(', ') || 'none'})` });
        }
      }
    },
    async end() {
      parser.end();
      await done;
      if (!checkedHeader && header && !(header as string[]).includes('text')) {
        sink.error({ file, row: 1, field: 'text', message: `there is no "text" column (columns: ${(header as string[]).join(', ') || 'none'})` });
      }
    },
  };
}

export function createReader(format: InputFormat, file: string, sink: RecordSink): RecordReader {
  if (format === 'csv') return csvReader(file, sink);
  if (format === 'jsonl') return jsonlReader(file, sink);
  return jsonExportReader(format, file, sink);
}
