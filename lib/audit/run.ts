// Runs an audit over byte streams (files on disk for the CLI, dropped files in the options page), one chunk at a time.
import { Auditor, type AuditorOptions } from './auditor';
import { createReader, detectFormat } from './formats';
import type { AuditReport, InputFormat } from './types';

export interface AuditSource {
  name: string;
  /** Size in bytes, for progress. */
  size: number;
  chunks: AsyncIterable<Uint8Array>;
}

export interface AuditProgress {
  bytes: number;
  totalBytes: number;
  replies: number;
}

export interface RunAuditOptions extends AuditorOptions {
  /** Skip detection and read every file as this format. */
  format?: InputFormat;
  onProgress?(p: AuditProgress): void;
}

const HEAD = 64 * 1024;
const yieldToEventLoop = () => new Promise<void>((r) => setTimeout(r, 0));

/** Audits every source in turn; a broken file is reported and the others still run. */
export async function runAudit(sources: AuditSource[], options: RunAuditOptions = {}): Promise<AuditReport> {
  const auditor = new Auditor(options);
  const totalBytes = sources.reduce((n, s) => n + s.size, 0);
  let bytes = 0;
  let lastProgress = 0;
  for (const source of sources) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let pending = '';
    let reader: ReturnType<typeof createReader> | null = null;
    let failed = false;
    const sink = {
      record: (r: Parameters<Auditor['add']>[0]) => void auditor.add(r),
      error: (e: Parameters<Auditor['error']>[0]) => auditor.error(e),
    };
    const start = (head: string) => {
      if (!head.trim()) {
        failed = true;
        auditor.error({ file: source.name, row: null, field: null, message: 'is empty' });
        return;
      }
      const format = options.format ?? detectFormat(source.name, head);
      if (!format) {
        failed = true;
        auditor.error({
          file: source.name, row: null, field: null,
          message: 'unknown shape: expected a Zendesk macros export, a Freshdesk canned responses export, a Help Scout saved replies export, a CSV with a "text" column, or JSONL with a "draft" field (use --input-format to say which)',
        });
        return;
      }
      reader = createReader(format, source.name, sink);
      reader.write(head);
    };
    let offset = 0;
    for await (const chunk of source.chunks) {
      bytes += chunk.length;
      if (failed) continue;
      const nul = chunk.indexOf(0);
      if (nul >= 0) {
        failed = true;
        auditor.error({ file: source.name, row: null, field: null, message: `looks like a binary file (NUL byte at offset ${offset + nul}); expected UTF-8 text` });
        continue;
      }
      offset += chunk.length;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        failed = true;
        auditor.error({ file: source.name, row: null, field: null, message: 'is not valid UTF-8; save it as UTF-8 and try again (the replies before that point were checked)' });
        continue;
      }
      if (!reader) {
        pending += text;
        if (pending.length >= HEAD) {
          start(pending.replace(/^\uFEFF/, ''));
          pending = '';
        }
      } else (reader as ReturnType<typeof createReader>).write(text);
      // Let stream parsers deliver their records (and a UI repaint) before the next chunk.
      await yieldToEventLoop();
      const now = Date.now();
      if (options.onProgress && now - lastProgress > 100) {
        lastProgress = now;
        options.onProgress({ bytes, totalBytes, replies: auditor.checked });
      }
    }
    if (!failed) {
      try {
        const tail = decoder.decode();
        if (!reader) start((pending + tail).replace(/^\uFEFF/, ''));
        else if (tail) (reader as ReturnType<typeof createReader>).write(tail);
      } catch {
        auditor.error({ file: source.name, row: null, field: null, message: 'ends in the middle of a UTF-8 character' });
      }
      if (reader) await (reader as ReturnType<typeof createReader>).end();
    }
  }
  options.onProgress?.({ bytes, totalBytes, replies: auditor.checked });
  return auditor.report(sources.map((s) => s.name));
}
