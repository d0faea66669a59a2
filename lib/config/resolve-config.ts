// resolveConfig(): layers preset → team rule set → managed policy → the agent's own choices → per-site switch.
import { CATEGORIES, PRESETS, type Category, type EngineConfig, type Preset, type Severity, type TeamPhrase } from '../engine/types';
import { rules } from '../rules';
import { presetRuleIds } from './presets';
import type { RuleSet, Toggle } from './rule-set';

/** What the agent chose for themself: rule ids or category ids they turned off. */
export interface AgentChoices {
  off: string[];
}

/** A rule set pushed by an administrator through the browser's enterprise policy. */
export interface ManagedPolicy {
  ruleSet?: RuleSet;
  /** Who locks the settings, shown next to every locked control ("Acme Support Operations"). */
  lockedBy?: string;
}

export interface ConfigLayers {
  team?: RuleSet | null;
  managed?: ManagedPolicy | null;
  agent?: AgentChoices | null;
  site?: { host: string; disabledSites: readonly string[] } | null;
}

export type Source = 'preset' | 'team' | 'managed' | 'agent';

export interface RuleState {
  enabled: boolean;
  severity: Severity;
  /** Who set the current value. */
  source: Source;
  /** Set when a managed policy fixes this rule's value; the UI shows it and refuses changes. */
  lockedBy: string | null;
  /** Whether the agent may turn this rule off for themself. */
  agentMayDisable: boolean;
}

export interface ResolvedConfig {
  engine: EngineConfig;
  /** False when the agent switched the coach off on this site. */
  siteEnabled: boolean;
  preset: Preset;
  presetLockedBy: string | null;
  rules: Record<string, RuleState>;
  /** Phrases from the managed policy can't be edited or removed. */
  phrases: (TeamPhrase & { lockedBy: string | null })[];
  jargon: { extra: string[]; allowed: string[] };
}

const DEFAULT_LOCKER = 'your administrator';

function applyToggle(state: RuleState, toggle: Toggle | undefined, source: Source, lockedBy: string | null): void {
  if (!toggle) return;
  if (toggle.enabled !== undefined) {
    state.enabled = toggle.enabled;
    state.source = source;
    if (lockedBy) state.lockedBy = lockedBy;
  }
  if (toggle.severity) {
    state.severity = toggle.severity;
    state.source = source;
    if (lockedBy) state.lockedBy = lockedBy;
  }
}

/** Merges every layer into the configuration the engine runs and the state the settings screens show. */
export function resolveConfig(layers: ConfigLayers = {}): ResolvedConfig {
  const team = layers.team ?? null;
  const managedSet = layers.managed?.ruleSet ?? null;
  const locker = layers.managed ? (layers.managed.lockedBy?.trim() || DEFAULT_LOCKER) : null;

  const preset: Preset = managedSet?.preset ?? team?.preset ?? 'recommended';
  const presetLockedBy = managedSet?.preset ? locker : null;
  const onByPreset = new Set(presetRuleIds(PRESETS.includes(preset) ? preset : 'recommended'));

  // Who may turn what off: the managed list wins over the team's; no list at all means no restriction.
  const mayList = managedSet?.agentMayDisable ?? team?.agentMayDisable ?? null;
  const may = (id: string, category: Category) => !mayList || mayList.includes(id) || mayList.includes(category);

  const states: Record<string, RuleState> = {};
  for (const rule of rules) {
    const s: RuleState = {
      enabled: onByPreset.has(rule.id),
      severity: rule.meta.severity,
      source: 'preset',
      lockedBy: null,
      agentMayDisable: may(rule.id, rule.meta.category),
    };
    // Team phrases carry their own categories, so a category switch filters phrases, not the phrase rule.
    const byCategory = rule.id === 'team-phrases' ? undefined : rule.meta.category;
    applyToggle(s, byCategory && team?.categories?.[byCategory], 'team', null);
    applyToggle(s, team?.rules?.[rule.id], 'team', null);
    applyToggle(s, byCategory && managedSet?.categories?.[byCategory], 'managed', locker);
    applyToggle(s, managedSet?.rules?.[rule.id], 'managed', locker);
    // A managed preset fixes every rule the policy doesn't mention too.
    if (presetLockedBy && !s.lockedBy) s.lockedBy = presetLockedBy;
    if (s.lockedBy) s.agentMayDisable = false;
    states[rule.id] = s;
  }

  const phrases = [
    ...(managedSet?.phrases ?? []).map((p) => ({ ...p, lockedBy: locker })),
    ...(team?.phrases ?? []).map((p) => ({ ...p, lockedBy: null })),
  ];
  // Team phrases come on by themselves when there are any, unless a layer switched them off.
  const tp = states['team-phrases'];
  if (phrases.length && tp.source === 'preset') tp.enabled = true;

  for (const off of layers.agent?.off ?? []) {
    const isCategory = (CATEGORIES as readonly string[]).includes(off);
    for (const rule of rules) {
      if (isCategory ? rule.meta.category !== off : rule.id !== off) continue;
      const s = states[rule.id];
      if (s.lockedBy || !s.agentMayDisable || !s.enabled) continue;
      s.enabled = false;
      s.source = 'agent';
    }
  }

  const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  const jargon = {
    extra: union(managedSet?.jargon?.extra, team?.jargon?.extra),
    allowed: union(managedSet?.jargon?.allowed, team?.jargon?.allowed),
  };
  const categoryOn = (c: Category) => rules.some((r) => r.meta.category === c && r.id !== 'team-phrases' && states[r.id].enabled) || !rules.some((r) => r.meta.category === c && r.id !== 'team-phrases');
  // Phrases filed under a category the team or policy switched off stay quiet with it.
  const activePhrases = phrases.filter((p) => categoryOn(p.category));
  const engine: EngineConfig = {
    rules: Object.fromEntries(Object.entries(states).filter(([, s]) => s.enabled).map(([id, s]) => [id, s.severity])),
    phrases: activePhrases.map(({ lockedBy: _l, ...p }) => p),
    jargon,
  };
  const site = layers.site;
  return {
    engine,
    siteEnabled: !site || !site.disabledSites.includes(site.host),
    preset,
    presetLockedBy,
    rules: states,
    phrases,
    jargon,
  };
}

/** The engine configuration a team rule set asks for (no managed policy or agent choices). */
export function ruleSetToEngineConfig(ruleSet: RuleSet | null | undefined): EngineConfig {
  return resolveConfig({ team: ruleSet ?? null }).engine;
}
