// The team's own phrases to avoid: add, edit and remove, each with a replacement and the category it is filed under.
import { useState } from 'react';
import { useStore } from 'zustand';
import { CATEGORY_INFO } from '../../lib/engine/categories';
import { CATEGORIES, type Category } from '../../lib/engine/types';
import type { RuleSetPhrase } from '../../lib/config/rule-set';
import type { OptionsController } from './options-store';

const BLANK: RuleSetPhrase = { phrase: '', replacement: '', category: 'scripted' };

function PhraseForm(props: { initial: RuleSetPhrase; submitLabel: string; onSubmit(p: RuleSetPhrase): void; onCancel?(): void }) {
  const [p, setP] = useState<RuleSetPhrase>(props.initial);
  const submit = () => {
    if (!p.phrase.trim()) return;
    const clean: RuleSetPhrase = { phrase: p.phrase.trim(), category: p.category };
    if (p.replacement?.trim()) clean.replacement = p.replacement.trim();
    if (p.message?.trim()) clean.message = p.message.trim();
    props.onSubmit(clean);
  };
  return (
    <form
      className="phrase-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <input aria-label="Phrase to avoid" placeholder="Phrase to avoid, e.g. per our policy" value={p.phrase} maxLength={200} onChange={(e) => setP({ ...p, phrase: e.target.value })} />
      <input aria-label="Say instead" placeholder="Say instead (optional)" value={p.replacement ?? ''} maxLength={500} onChange={(e) => setP({ ...p, replacement: e.target.value })} />
      <select aria-label="Category" value={p.category} onChange={(e) => setP({ ...p, category: e.target.value as Category })}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_INFO[c].label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!p.phrase.trim()}>
        {props.submitLabel}
      </button>
      {props.onCancel && (
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}

export function PhrasesSection({ ctl }: { ctl: OptionsController }) {
  const resolved = useStore(ctl.store, (s) => s.resolved)!;
  const stored = useStore(ctl.store, (s) => s.working.phrases);
  const teamPhrases = stored ?? [];
  const [editing, setEditing] = useState<number | null>(null);
  const locked = resolved.phrases.filter((p) => p.lockedBy);
  return (
    <section className="card" aria-labelledby="phrases-h">
      <h2 id="phrases-h">Team phrases</h2>
      <p className="desc">Phrases your brand avoids. Agents see them underlined with your replacement one click away. Matched as plain text, any case.</p>
      <table className="phrases">
        <thead>
          <tr>
            <th>Avoid</th>
            <th>Say instead</th>
            <th>Category</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {locked.map((p, i) => (
            <tr key={`locked-${i}`} className="locked">
              <td>{p.phrase}</td>
              <td>{p.replacement ?? '—'}</td>
              <td>{CATEGORY_INFO[p.category].label}</td>
              <td>
                <span className="lock">🔒 {p.lockedBy}</span>
              </td>
            </tr>
          ))}
          {teamPhrases.map((p, i) =>
            editing === i ? (
              <tr key={i}>
                <td colSpan={4}>
                  <PhraseForm
                    initial={p}
                    submitLabel="Save"
                    onSubmit={(next) => {
                      ctl.updatePhrase(i, next);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={i} data-phrase={p.phrase}>
                <td>{p.phrase}</td>
                <td>{p.replacement ?? '—'}</td>
                <td>{CATEGORY_INFO[p.category].label}</td>
                <td className="row-actions">
                  <button type="button" className="secondary" onClick={() => setEditing(i)}>
                    Edit
                  </button>
                  <button type="button" className="secondary danger" onClick={() => ctl.removePhrase(i)} aria-label={`Remove ${p.phrase}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ),
          )}
          {!teamPhrases.length && !locked.length && (
            <tr>
              <td colSpan={4} className="empty">
                No team phrases yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <PhraseForm key={teamPhrases.length} initial={BLANK} submitLabel="Add phrase" onSubmit={(p) => ctl.addPhrase(p)} />
    </section>
  );
}
