// The options page: the team's rule set — preset, rules by category, team phrases, jargon lists, import/export and a live preview.
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { PRESETS, type Preset } from '../../lib/engine/types';
import { watchSettings } from '../extension/settings';
import { createOptionsStore } from './options-store';
import { RulesSection } from './RulesSection';
import { PhrasesSection } from './PhrasesSection';
import { JargonSection } from './JargonSection';
import { PreviewBox } from './PreviewBox';
import { ImportExport } from './ImportExport';
import { AuditSection } from './AuditSection';

const PRESET_HELP: Record<Preset, string> = {
  minimal: 'Only the checks that matter most: empathy, blame, dismissive and defensive wording, overpromises.',
  recommended: 'Every check, tuned to stay quiet on good replies.',
  strict: 'Everything in recommended, for teams that want the coach to speak up more.',
};

export function OptionsApp() {
  const ctl = useMemo(() => createOptionsStore(), []);
  const s = useStore(ctl.store);

  useEffect(() => {
    void ctl.reload();
    // Another tab, the popup or a policy update changed the settings: show what is stored now.
    return watchSettings(() => {
      if (ctl.store.getState().status.kind !== 'saving') void ctl.reload();
    });
  }, [ctl]);

  if (!s.loaded || !s.resolved || !s.settings) return <main className="options loading">Loading settings…</main>;
  const presetLock = s.resolved.presetLockedBy;

  return (
    <main className="options">
      <header className="head">
        <div>
          <h1>Tactful team settings</h1>
          <p className="sub">What the coach flags for everyone who uses these settings. Changes apply to open helpdesk tabs immediately.</p>
        </div>
        <ImportExport ctl={ctl} />
      </header>

      {s.settings.notices.map((n) => (
        <p className="notice" role="status" key={n}>
          {n}
        </p>
      ))}
      {s.settings.managed && (
        <p className="notice locked-note">
          🔒 Some settings are managed by <strong>{s.settings.managed.lockedBy ?? 'your administrator'}</strong> and can't be changed here.
        </p>
      )}
      {s.importErrors.length > 0 && (
        <div className="errors" role="alert">
          <strong>That file was not imported; your settings are unchanged.</strong>
          <ul>
            {s.importErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="layout">
        <div className="main-col">
          <section className="card">
            <h2>Rule set</h2>
            <label className="field">
              <span>Name</span>
              <input type="text" value={s.working.name ?? ''} placeholder="e.g. Acme support team" maxLength={120} onChange={(e) => ctl.setName(e.target.value)} />
            </label>
            <fieldset className="presets" disabled={!!presetLock}>
              <legend>
                Preset {presetLock && <span className="lock">🔒 Locked by {presetLock}</span>}
              </legend>
              {PRESETS.map((p) => (
                <label key={p} className={`preset${s.resolved!.preset === p ? ' on' : ''}`}>
                  <input type="radio" name="preset" value={p} checked={s.resolved!.preset === p} onChange={() => ctl.setPreset(p)} />
                  <strong>{p[0].toUpperCase() + p.slice(1)}</strong>
                  <span>{PRESET_HELP[p]}</span>
                </label>
              ))}
            </fieldset>
          </section>
          <RulesSection ctl={ctl} />
          <PhrasesSection ctl={ctl} />
          <JargonSection ctl={ctl} />
          <AuditSection ctl={ctl} />
        </div>
        <aside className="side-col">
          <PreviewBox ctl={ctl} />
        </aside>
      </div>
      <footer className={`status status-${s.status.kind}`} role="status" aria-live="polite">
        {s.status.text}
      </footer>
    </main>
  );
}
