// Audit on the options page: drop a helpdesk export and get the same report as `tactful audit`, entirely in the browser.
import { useState } from 'react';
import { useStore } from 'zustand';
import { runAudit } from '../../lib/audit/run';
import { renderHtmlReport } from '../../lib/audit/report-html';
import { describeInputError } from '../../lib/audit/auditor';
import type { AuditReport } from '../../lib/audit/types';
import { CATEGORY_INFO } from '../../lib/engine/categories';
import type { Category } from '../../lib/engine/types';
import type { OptionsController } from './options-store';

/** A File as a stream of byte chunks (read a piece at a time, never whole). */
async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

export function AuditSection({ ctl }: { ctl: OptionsController }) {
  const resolved = useStore(ctl.store, (s) => s.resolved)!;
  const [progress, setProgress] = useState<string | null>(null);
  const [report, setReport] = useState<AuditReport | null>(null);
  const [dragging, setDragging] = useState(false);

  const audit = async (files: File[]) => {
    if (!files.length) return;
    setReport(null);
    setProgress('Starting…');
    const r = await runAudit(
      files.map((f) => ({ name: f.name, size: f.size, chunks: chunksOf(f) })),
      {
        rules: resolved.engine,
        onProgress: (p) => setProgress(`${Math.round((p.totalBytes ? p.bytes / p.totalBytes : 1) * 100)}% · ${p.replies.toLocaleString()} replies checked`),
      },
    );
    setProgress(null);
    setReport(r);
  };

  const download = () => {
    if (!report) return;
    const url = URL.createObjectURL(new Blob([renderHtmlReport(report)], { type: 'text/html' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'tactful-audit.html';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="card" aria-labelledby="audit-h">
      <h2 id="audit-h">Audit saved replies</h2>
      <p className="desc">Drop a Zendesk macros export, Freshdesk canned responses, Help Scout saved replies, a CSV with a “text” column, or JSONL. It is checked here, with the settings above; nothing is uploaded.</p>
      <label
        className={`drop${dragging ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void audit([...e.dataTransfer.files]);
        }}
      >
        <input type="file" multiple hidden data-testid="audit-file" onChange={(e) => void audit([...(e.target.files ?? [])])} />
        <span>Drop export files here, or click to choose</span>
      </label>
      {progress && <p className="muted" role="status">{progress}</p>}
      {report && (
        <div className="audit-result" data-testid="audit-result">
          <p>
            <strong>{report.replies}</strong> replies checked · <strong>{report.repliesWithFindings}</strong> with findings · <strong>{report.findings}</strong> findings
            <button type="button" className="secondary" onClick={download} style={{ marginLeft: 8 }}>
              Download report
            </button>
          </p>
          <ul className="audit-cats">
            {(Object.entries(report.byCategory) as [Category, number][])
              .filter(([, n]) => n > 0)
              .sort((a, b) => b[1] - a[1])
              .map(([c, n]) => (
                <li key={c}>
                  {CATEGORY_INFO[c].label}: {n}
                </li>
              ))}
          </ul>
          {report.worst.slice(0, 5).map((w) => (
            <p key={`${w.file}:${w.row}`} className="worst">
              <strong>{w.title ?? `${w.file}, row ${w.row}`}</strong> — {w.findings.length} findings
            </p>
          ))}
          {report.errors.length > 0 && (
            <ul className="errors-list">
              {report.errors.map((e, i) => (
                <li key={i}>{describeInputError(e)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
