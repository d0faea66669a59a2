// Extra jargon to flag, and terms the team's customers know (never flagged): two editable term lists.
import { useState } from 'react';
import { useStore } from 'zustand';
import type { OptionsController } from './options-store';

function TermList(props: { title: string; help: string; terms: string[]; locked: string[]; onAdd(t: string): void; onRemove(t: string): void; name: string }) {
  const [draft, setDraft] = useState('');
  return (
    <div className="terms" data-list={props.name}>
      <h3>{props.title}</h3>
      <p className="desc">{props.help}</p>
      <ul className="chips">
        {props.locked.map((t) => (
          <li key={`l-${t}`} className="chip locked" title="Set by your administrator">
            🔒 {t}
          </li>
        ))}
        {props.terms.map((t) => (
          <li key={t} className="chip">
            {t}
            <button type="button" aria-label={`Remove ${t}`} onClick={() => props.onRemove(t)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) props.onAdd(draft.trim());
          setDraft('');
        }}
      >
        <input aria-label={`Add to ${props.title}`} value={draft} maxLength={100} placeholder="Add a term" onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}

export function JargonSection({ ctl }: { ctl: OptionsController }) {
  const working = useStore(ctl.store, (s) => s.working);
  const settings = useStore(ctl.store, (s) => s.settings);
  const managed = settings?.managed?.ruleSet?.jargon;
  return (
    <section className="card" aria-labelledby="jargon-h">
      <h2 id="jargon-h">Jargon</h2>
      <div className="term-lists">
        <TermList
          name="extra"
          title="Also flag"
          help="Internal terms your customers won't know (ticket codes, team names)."
          terms={working.jargon?.extra ?? []}
          locked={managed?.extra ?? []}
          onAdd={(t) => ctl.addTerm('extra', t)}
          onRemove={(t) => ctl.removeTerm('extra', t)}
        />
        <TermList
          name="allowed"
          title="Never flag"
          help="Product names and terms your customers know."
          terms={working.jargon?.allowed ?? []}
          locked={managed?.allowed ?? []}
          onAdd={(t) => ctl.addTerm('allowed', t)}
          onRemove={(t) => ctl.removeTerm('allowed', t)}
        />
      </div>
    </section>
  );
}
