// UI state of the options page (zustand), hydrated from storage — storage stays the single source of truth.
import { createStore } from 'zustand/vanilla';
import { checkRuleSet, parseRuleSet, serializeRuleSet, MAX_RULE_SET_CHARS, type RuleSet, type RuleSetPhrase, type Toggle } from '../../lib/config/rule-set';
import type { ResolvedConfig } from '../../lib/config/resolve-config';
import type { Category, Preset, Severity } from '../../lib/engine/types';
import { rulesById } from '../../lib/rules';
import { resolveFor } from '../extension/rule-settings';
import { importRuleSetText, loadSettings, resetToTeamDefaults, saveTeamRuleSet, type SettingsSnapshot } from '../extension/settings';

export interface OptionsState {
  loaded: boolean;
  settings: SettingsSnapshot | null;
  /** The team rule set being edited (saved to storage after each valid change). */
  working: RuleSet;
  resolved: ResolvedConfig | null;
  status: { kind: 'idle' | 'saving' | 'saved' | 'error'; text: string };
  /** Errors of the last import, by field path; the settings did not change. */
  importErrors: string[];
  preview: { draft: string; customer: string };
}

const EMPTY: RuleSet = { version: 1 };

export function createOptionsStore() {
  const store = createStore<OptionsState>(() => ({
    loaded: false,
    settings: null,
    working: EMPTY,
    resolved: null,
    status: { kind: 'idle', text: '' },
    importErrors: [],
    preview: {
      draft: "Hi Jo,\nPlease be advised that your refund was processed. That's on the bank, not us, and someone will get back to you soon.",
      customer: 'I was charged twice for order 48213 and I still have no refund!',
    },
  }));

  const resolve = (settings: SettingsSnapshot, working: RuleSet) => resolveFor({ ...settings, team: working }, null);

  async function reload(): Promise<void> {
    const settings = await loadSettings();
    const working = settings.team ?? settings.imported ?? EMPTY;
    store.setState({ loaded: true, settings, working, resolved: resolve(settings, working) });
    recent = recent.filter((r) => r.until > Date.now());
    const lost = recent.filter((r) => JSON.stringify(r.change(structuredClone(working))) !== JSON.stringify(working));
    if (lost.length && !pending.length) for (const r of lost) edit(r.change);
  }

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Edits made since the last save, replayed on the freshest stored rule set so another tab's change survives. */
  let pending: ((rs: RuleSet) => RuleSet)[] = [];
  /**
   * Edits saved in the last few seconds. If another tab's save lands on top of ours, the settings it wrote
   * are missing our edit; we put it back (edits are idempotent, so the tabs settle on one rule set).
   */
  let recent: { change: (rs: RuleSet) => RuleSet; until: number }[] = [];

  /** Applies an edit to the working rule set; saves it when it is valid, reports why when it isn't. */
  function edit(change: (rs: RuleSet) => RuleSet): void {
    const { working, settings } = store.getState();
    const next = change(structuredClone(working));
    const checked = checkRuleSet(next);
    if (!checked.ok) {
      store.setState({ status: { kind: 'error', text: `Not saved: ${checked.errors[0]}` } });
      return;
    }
    pending.push(change);
    store.setState({ working: next, resolved: settings ? resolve(settings, next) : null, status: { kind: 'saving', text: 'Saving…' } });
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(async () => {
      const changes = pending;
      pending = [];
      recent = [...recent.filter((r) => r.until > Date.now()), ...changes.map((change) => ({ change, until: Date.now() + 5000 }))];
      try {
        const latest = await loadSettings();
        let merged = structuredClone(latest.team ?? latest.imported ?? EMPTY);
        for (const c of changes) merged = c(merged);
        if (!checkRuleSet(merged).ok) merged = store.getState().working;
        const where = await saveTeamRuleSet(merged);
        store.setState({
          working: merged,
          settings: latest,
          resolved: resolve(latest, merged),
          status: { kind: 'saved', text: where === 'sync' ? 'Saved — syncs to your other browsers' : 'Saved on this computer (too large to sync between browsers)' },
        });
      } catch (e) {
        store.setState({ status: { kind: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` } });
      }
    }, 250);
  }

  const setToggle = (key: 'rules' | 'categories', id: string, patch: Toggle) =>
    edit((rs) => {
      const map = { ...((rs[key] as Record<string, Toggle> | undefined) ?? {}) };
      map[id] = { ...map[id], ...patch };
      return { ...rs, [key]: map };
    });

  return {
    store,
    reload,
    setPreset: (preset: Preset) => edit((rs) => ({ ...rs, preset })),
    setName: (name: string) => edit((rs) => (name.trim() ? { ...rs, name } : (({ name: _n, ...rest }) => rest)(rs))),
    setRuleEnabled: (id: string, enabled: boolean) => setToggle('rules', id, { enabled }),
    setRuleSeverity: (id: string, severity: Severity) => setToggle('rules', id, { severity }),
    setCategoryEnabled: (category: Category, enabled: boolean) =>
      edit((rs) => {
        // A category switch overrides the per-rule switches under it, so those are cleared.
        const rules = Object.fromEntries(
          Object.entries(rs.rules ?? {}).map(([id, t]) => [id, rulesById.get(id)?.meta.category === category ? withoutEnabled(t) : t]),
        );
        return { ...rs, rules, categories: { ...rs.categories, [category]: { ...rs.categories?.[category], enabled } } };
      }),
    setAgentMayDisable: (id: string, allowed: boolean) =>
      edit((rs) => {
        // No list yet means agents may switch off anything; start from that before narrowing it.
        const all = new Set(rs.agentMayDisable ?? [...rulesById.keys()]);
        if (allowed) all.add(id);
        else all.delete(id);
        return { ...rs, agentMayDisable: [...all].sort() };
      }),
    addPhrase: (p: RuleSetPhrase) => edit((rs) => ({ ...rs, phrases: [...(rs.phrases ?? []), p] })),
    updatePhrase: (index: number, p: RuleSetPhrase) => edit((rs) => ({ ...rs, phrases: (rs.phrases ?? []).map((x, i) => (i === index ? p : x)) })),
    removePhrase: (index: number) => edit((rs) => ({ ...rs, phrases: (rs.phrases ?? []).filter((_, i) => i !== index) })),
    addTerm: (list: 'extra' | 'allowed', term: string) =>
      edit((rs) => ({ ...rs, jargon: { ...rs.jargon, [list]: [...new Set([...(rs.jargon?.[list] ?? []), term.trim()])] } })),
    removeTerm: (list: 'extra' | 'allowed', term: string) =>
      edit((rs) => ({ ...rs, jargon: { ...rs.jargon, [list]: (rs.jargon?.[list] ?? []).filter((t) => t !== term) } })),
    setPreview: (preview: Partial<OptionsState['preview']>) => store.setState({ preview: { ...store.getState().preview, ...preview } }),

    /** Imports a file: refused files leave every setting exactly as it was. */
    async importFile(file: File): Promise<void> {
      if (file.size > MAX_RULE_SET_CHARS * 4) {
        store.setState({ importErrors: [`${file.name}: file is ${(file.size / 1e6).toFixed(1)} MB; a rule set can be at most 1 MB`] });
        return;
      }
      const text = await file.text();
      const parsed = parseRuleSet(text);
      if (!parsed.ok) {
        store.setState({ importErrors: parsed.errors.map((e) => `${file.name}: ${e}`), status: { kind: 'error', text: 'Import refused; nothing changed.' } });
        return;
      }
      const result = await importRuleSetText(text);
      if (!result.ok) {
        store.setState({ importErrors: result.errors.map((e) => `${file.name}: ${e}`) });
        return;
      }
      store.setState({ importErrors: [], status: { kind: 'saved', text: `Imported ${file.name}` } });
      await reload();
    },

    /** The working rule set as a file's text (the same text an import of it would export again). */
    exportText: () => serializeRuleSet(store.getState().working),

    async reset(): Promise<void> {
      await resetToTeamDefaults();
      store.setState({ status: { kind: 'saved', text: 'Back to the team defaults' }, importErrors: [] });
      await reload();
    },
  };
}

function withoutEnabled(t: Toggle): Toggle {
  const { enabled: _e, ...rest } = t;
  return rest;
}

export type OptionsController = ReturnType<typeof createOptionsStore>;
