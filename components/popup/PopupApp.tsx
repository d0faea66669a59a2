// The toolbar popup: the focused draft's findings grouped by category, rewrites applicable from here, and the site switch.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORY_INFO } from '../../lib/engine/categories';
import { CATEGORIES, type Category, type Finding } from '../../lib/engine/types';
import type { DraftReport } from '../extension/protocol';
import { resolveFor, setAgentOff } from '../extension/rule-settings';
import { loadSettings, setSiteEnabled, watchSettings } from '../extension/settings';
import { QuickToggles } from './QuickToggles';
import type { ResolvedConfig } from '../../lib/config/resolve-config';
import { applyInPage, getDraft, targetTab } from './popup-client';
import { SuggestionButtonText } from '../card/SuggestionButtonText';

type State = { phase: 'loading' } | { phase: 'unreachable' } | { phase: 'ready'; tabId: number; report: DraftReport };

export function PopupApp() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [note, setNote] = useState<string | null>(null);
  const [resolved, setResolved] = useState<ResolvedConfig | null>(null);

  const load = useCallback(async () => {
    const tab = await targetTab();
    const report = tab ? await getDraft(tab.id) : null;
    setState(tab && report ? { phase: 'ready', tabId: tab.id, report } : { phase: 'unreachable' });
    setResolved(resolveFor(await loadSettings(), report?.host ?? null));
  }, []);

  useEffect(() => {
    void load();
    // The page re-checks the draft when settings change; give it a moment, then show the new findings.
    return watchSettings(() => void new Promise((r) => setTimeout(r, 250)).then(load));
  }, [load]);

  const groups = useMemo(() => {
    if (state.phase !== 'ready') return [];
    const by = new Map<Category, Finding[]>();
    for (const f of state.report.findings) by.set(f.category, [...(by.get(f.category) ?? []), f]);
    return CATEGORIES.filter((c) => by.has(c)).map((c) => ({ category: c, findings: by.get(c)! }));
  }, [state]);

  const toggleSite = async (on: boolean) => {
    if (state.phase !== 'ready') return;
    await setSiteEnabled(state.report.host, on);
    await load();
  };

  const apply = async (f: Finding, i: number) => {
    if (state.phase !== 'ready') return;
    const result = await applyInPage(state.tabId, f, i);
    setNote(result.note);
    await load();
  };

  return (
    <main className="popup">
      <header className="top">
        <span className="brand">Tactful</span>
        {state.phase === 'ready' && (
          <label className="switch" title={`Coach on ${state.report.host}`}>
            <input type="checkbox" checked={state.report.enabled} onChange={(e) => void toggleSite(e.target.checked)} />
            <span>{state.report.enabled ? 'On' : 'Off'} for {state.report.host || 'this page'}</span>
          </label>
        )}
      </header>

      {state.phase === 'loading' && <p className="muted">Reading your draft…</p>}
      {state.phase === 'unreachable' && <p className="muted">Tactful can't read this page. Open your helpdesk and click into a reply.</p>}
      {state.phase === 'ready' && !state.report.enabled && <p className="muted">The coach is off on this site. Switch it on to check your draft.</p>}
      {state.phase === 'ready' && state.report.enabled && !state.report.hasComposer && (
        <p className="muted">Click into a reply box and start typing; findings appear here.</p>
      )}
      {state.phase === 'ready' && state.report.enabled && state.report.hasComposer && (
        <>
          <p className="summary">
            {state.report.findings.length === 0
              ? `Looks good — nothing to flag in ${state.report.words} words.`
              : `${state.report.findings.length} thing${state.report.findings.length === 1 ? '' : 's'} to look at in ${state.report.words} words`}
          </p>
          {note && (
            <p className="note" role="status">
              {note}
            </p>
          )}
          {groups.map((g) => (
            <section key={g.category} className="group" aria-label={CATEGORY_INFO[g.category].label}>
              <h2>
                {CATEGORY_INFO[g.category].label} <span className="count">{g.findings.length}</span>
              </h2>
              {g.findings.map((f) => (
                <article key={`${f.ruleId}:${f.start}`} className={`finding sev-${f.severity}`}>
                  <q className="flagged">{f.text.trim()}</q>
                  <p className="message">{f.message}</p>
                  {f.suggestions.map((s, i) => (
                    <SuggestionButtonText key={i} index={i} original={f.text} replacement={s.text} onClick={() => void apply(f, i)} />
                  ))}
                </article>
              ))}
            </section>
          ))}
        </>
      )}
      {resolved && state.phase === 'ready' && state.report.enabled && (
        <QuickToggles resolved={resolved} onToggle={(category, on) => void setAgentOff(category, !on)} />
      )}
      <footer className="bottom">
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Team settings
        </button>
      </footer>
    </main>
  );
}
