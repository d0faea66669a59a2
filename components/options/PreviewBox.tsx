// Live preview: paste a draft (and the customer's message) and see the findings under the settings being edited.
import { useMemo, type ReactElement } from 'react';
import { useStore } from 'zustand';
import { analyze } from '../../lib/analyze';
import { CATEGORY_INFO } from '../../lib/engine/categories';
import { describeSuggestion } from '../../lib/engine/suggestion-label';
import type { Finding } from '../../lib/engine/types';
import type { OptionsController } from './options-store';

/** The draft with flagged spans marked, as React text nodes (never HTML). */
function Marked({ text, findings }: { text: string; findings: Finding[] }) {
  const parts: ReactElement[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    if (f.start > at) parts.push(<span key={`t${at}`}>{text.slice(at, f.start)}</span>);
    parts.push(
      <mark key={`m${f.start}`} className={`sev-${f.severity}`} title={f.message}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(<span key="end">{text.slice(at)}</span>);
  return <div className="marked">{parts}</div>;
}

function rewriteText(f: Finding): string {
  const label = describeSuggestion(f.text, f.suggestions[0].text);
  return label.kind === 'remove' ? `→ remove “${label.text}”` : `→ “${label.text}”`;
}

export function PreviewBox({ ctl }: { ctl: OptionsController }) {
  const preview = useStore(ctl.store, (s) => s.preview);
  const resolved = useStore(ctl.store, (s) => s.resolved)!;
  const findings = useMemo(() => analyze(preview.draft, { customer: preview.customer, rules: resolved.engine }), [preview, resolved]);
  return (
    <section className="card preview" aria-labelledby="preview-h">
      <h2 id="preview-h">Try it</h2>
      <label className="field">
        <span>Customer's message (optional)</span>
        <textarea rows={3} value={preview.customer} onChange={(e) => ctl.setPreview({ customer: e.target.value })} />
      </label>
      <label className="field">
        <span>Draft reply</span>
        <textarea rows={6} value={preview.draft} onChange={(e) => ctl.setPreview({ draft: e.target.value })} data-testid="preview-draft" />
      </label>
      <Marked text={preview.draft} findings={findings} />
      <ul className="preview-findings" data-testid="preview-findings">
        {findings.length === 0 && <li className="empty">Nothing flagged.</li>}
        {findings.map((f) => (
          <li key={`${f.ruleId}:${f.start}`} className={`sev-${f.severity}`} data-rule={f.ruleId} data-finding={JSON.stringify(f)}>
            <strong>{CATEGORY_INFO[f.category].label}:</strong> “{f.text.trim()}” — {f.message}
            {f.suggestions[0] && <span className="arrow"> {rewriteText(f)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
