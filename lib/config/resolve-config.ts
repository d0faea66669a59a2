// resolveConfig(): turns the layers of settings (preset, team rule set, ...) into what the engine runs.
import type { EngineConfig, Severity } from '../engine/types';
import { rules } from '../rules';
import { presetRuleIds } from './presets';
import type { RuleSet } from './rule-set';

/** The engine configuration a team rule set asks for (no managed policy or agent choices). */
export function ruleSetToEngineConfig(ruleSet: RuleSet | null | undefined): EngineConfig {
  const on = new Set(presetRuleIds(ruleSet?.preset ?? 'recommended'));
  const severity = new Map<string, Severity>(rules.map((r) => [r.id, r.meta.severity]));
  for (const rule of rules) {
    const byCategory = ruleSet?.categories?.[rule.meta.category];
    const byRule = ruleSet?.rules?.[rule.id];
    for (const toggle of [byCategory, byRule]) {
      if (!toggle) continue;
      if (toggle.enabled === true) on.add(rule.id);
      if (toggle.enabled === false) on.delete(rule.id);
      if (toggle.severity) severity.set(rule.id, toggle.severity);
    }
  }
  const phrases = (ruleSet?.phrases ?? []).filter((p) => {
    const t = ruleSet?.categories?.[p.category];
    return t?.enabled !== false;
  });
  if (phrases.length && ruleSet?.rules?.['team-phrases']?.enabled !== false) on.add('team-phrases');
  return {
    rules: Object.fromEntries([...on].sort().map((id) => [id, severity.get(id)!])),
    phrases,
    jargon: { extra: ruleSet?.jargon?.extra ?? [], allowed: ruleSet?.jargon?.allowed ?? [] },
  };
}
