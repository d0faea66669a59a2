// Renders the audit as one self-contained HTML file: summary, a chart by category, the worst replies underlined, a per-rule table.
import { CATEGORY_INFO } from '../engine/categories';
import { describeSuggestion } from '../engine/suggestion-label';
import { CATEGORIES, type Finding } from '../engine/types';
import { describeInputError } from './auditor';
import type { AuditReport } from './types';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every piece of reply text, finding and file name goes through this: the report never contains their markup. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

const COLOUR = { info: '#2563eb', warning: '#d97706', error: '#dc2626' } as const;

function underlined(text: string, findings: Finding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += escapeHtml(text.slice(at, f.start));
    out += `<mark class="${f.severity}" title="${escapeHtml(CATEGORY_INFO[f.category].label + ': ' + f.message)}">${escapeHtml(text.slice(f.start, f.end))}</mark>`;
    at = f.end;
  }
  return out + escapeHtml(text.slice(at));
}

function chart(report: AuditReport): string {
  const rows = CATEGORIES.map((c) => ({ c, n: report.byCategory[c] }));
  const max = Math.max(1, ...rows.map((r) => r.n));
  const h = 22;
  const bars = rows
    .map((r, i) => {
      const w = Math.round((r.n / max) * 360);
      return `<text x="0" y="${i * h + 15}" class="lbl">${escapeHtml(CATEGORY_INFO[r.c].label)}</text><rect x="150" y="${i * h + 4}" width="${w}" height="14" rx="3" class="bar"/><text x="${156 + w}" y="${i * h + 15}" class="num">${r.n}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Findings per category" viewBox="0 0 560 ${rows.length * h}" width="560" height="${rows.length * h}">${bars}</svg>`;
}

export function renderHtmlReport(report: AuditReport): string {
  const pct = report.replies ? Math.round((report.repliesWithFindings / report.replies) * 100) : 0;
  const worst = report.worst
    .map((r) => {
      const items = r.findings
        .map((f) => {
          const s = f.suggestions[0];
          const fix = s ? describeSuggestion(f.text, s.text) : null;
          const fixText = fix ? (fix.kind === 'remove' ? `remove “${escapeHtml(fix.text)}”` : `“${escapeHtml(fix.text)}”`) : '<em>no automatic rewrite</em>';
          return `<li><span class="dot ${f.severity}"></span><strong>${escapeHtml(CATEGORY_INFO[f.category].label)}</strong> “${escapeHtml(f.text.trim())}” — ${escapeHtml(f.message)} <span class="fix">→ ${fixText}</span></li>`;
        })
        .join('');
      return `<article class="reply"><header><h3>${escapeHtml(r.title ?? `Reply ${r.row}`)}</h3><span class="where">${escapeHtml(r.file)}, row ${r.row} · ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}</span></header><div class="text">${underlined(r.text, r.findings)}</div><ul>${items}</ul></article>`;
    })
    .join('\n');
  const ruleRows = report.rules
    .map((r) => `<tr><td><code>${escapeHtml(r.ruleId)}</code></td><td>${escapeHtml(CATEGORY_INFO[r.category].label)}</td><td class="n">${r.findings}</td><td class="n">${r.replies}</td><td>“${escapeHtml(r.example.trim())}”</td></tr>`)
    .join('');
  const errors = report.errors.length
    ? `<section><h2>Could not be checked (${report.errors.length + report.moreErrors})</h2><ul class="errors">${report.errors.map((e) => `<li>${escapeHtml(describeInputError(e))}</li>`).join('')}${report.moreErrors ? `<li>… and ${report.moreErrors} more</li>` : ''}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Tactful audit — ${report.replies} saved replies</title>
<style>
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f6f7f9;margin:0}
main{max-width:1000px;margin:0 auto;padding:24px}
h1{color:#0f766e;margin:0 0 4px;font-size:24px} h2{font-size:17px;margin:24px 0 10px} h3{font-size:15px;margin:0}
.sub{color:#6b7280;margin:0 0 16px}
.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.card,.reply,section.box{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:14px}
.big{font-size:28px;font-weight:700} .muted{color:#6b7280}
svg .lbl{font-size:12px;fill:#374151} svg .num{font-size:12px;fill:#374151} svg .bar{fill:#0f766e}
.reply{margin-bottom:12px} .reply header{display:flex;justify-content:space-between;gap:12px;align-items:baseline;margin-bottom:8px}
.where{color:#6b7280;font-size:12px}
.text{white-space:pre-wrap;background:#fafafa;border:1px solid #f3f4f6;border-radius:6px;padding:10px}
mark{background:none;text-decoration:underline wavy 1.5px;text-underline-offset:3px}
mark.info{text-decoration-color:${COLOUR.info}} mark.warning{text-decoration-color:${COLOUR.warning}} mark.error{text-decoration-color:${COLOUR.error}}
.reply ul{margin:8px 0 0;padding-left:0;list-style:none} .reply li{margin:4px 0}
.dot{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:6px}
.dot.info{background:${COLOUR.info}} .dot.warning{background:${COLOUR.warning}} .dot.error{background:${COLOUR.error}}
.fix{color:#065f46}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e5e7eb;border-radius:10px}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #f3f4f6;vertical-align:top} th{font-size:12px;color:#6b7280} td.n{text-align:right}
.errors li{color:#991b1b}
</style></head>
<body><main>
<h1>Saved-reply audit</h1>
<p class="sub">${escapeHtml(report.files.join(', '))} · generated ${escapeHtml(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC</p>
<div class="cards">
<div class="card"><div class="big">${report.replies}</div><div class="muted">replies checked</div></div>
<div class="card"><div class="big">${pct}%</div><div class="muted">${report.repliesWithFindings} with findings</div></div>
<div class="card"><div class="big">${report.findings}</div><div class="muted">findings in all</div></div>
</div>
<h2>Findings by category</h2>
<section class="box">${chart(report)}</section>
<h2>Worst replies first${report.repliesWithFindings > report.worst.length ? ` (top ${report.worst.length})` : ''}</h2>
${worst || '<p class="muted">No reply has a finding.</p>'}
<h2>By rule</h2>
<table><thead><tr><th>Rule</th><th>Category</th><th>Findings</th><th>Replies</th><th>Example</th></tr></thead><tbody>${ruleRows || '<tr><td colspan="5" class="muted">Nothing flagged.</td></tr>'}</tbody></table>
${errors}
</main></body></html>
`;
}
