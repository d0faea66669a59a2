// The three presets, derived from each rule's `meta.preset` so they can never drift from the rules.
import { PRESETS, type EngineConfig, type Preset } from '../engine/types';
import { rules } from '../rules';

/** Rule ids a preset turns on: a rule is in its own tier and every larger one. */
export function presetRuleIds(preset: Preset): string[] {
  const rank = PRESETS.indexOf(preset);
  return rules.filter((r) => PRESETS.indexOf(r.meta.preset) <= rank).map((r) => r.id);
}

const cache = new Map<Preset, EngineConfig>();

/** The engine configuration of a preset with no team changes. */
export function presetConfig(preset: Preset = 'recommended'): EngineConfig {
  let c = cache.get(preset);
  if (!c) {
    const ids = new Set(presetRuleIds(preset));
    c = {
      rules: Object.fromEntries(rules.filter((r) => ids.has(r.id)).map((r) => [r.id, r.meta.severity])),
      phrases: [],
      jargon: { extra: [], allowed: [] },
    };
    cache.set(preset, c);
  }
  return c;
}
