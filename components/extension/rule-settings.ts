// The settings that need the rule catalogue: the resolved configuration for a page, and the agent's rule switches.
import { resolveConfig, type ResolvedConfig } from '../../lib/config/resolve-config';
import { sanitizeAgentChoices } from '../../lib/config/migrations';
import { rules } from '../../lib/rules';
import type { SettingsSnapshot } from './settings';
import { agentChoices } from './storage';

/** The configuration for a page on `host`. */
export function resolveFor(s: SettingsSnapshot, host: string | null): ResolvedConfig {
  return resolveConfig({
    team: s.team,
    managed: s.managed,
    agent: s.agent,
    site: host === null ? null : { host, disabledSites: s.disabledSites },
  });
}

/** Switches a rule or category off (or back on) for this agent only. */
export async function setAgentOff(id: string, off: boolean): Promise<void> {
  const current = sanitizeAgentChoices(await agentChoices.getValue()).value;
  const set = new Set(current.off);
  if (off) set.add(id);
  else {
    set.delete(id);
    // Switching a category back on brings back the rules in it that were switched off one by one.
    for (const r of rules) if (r.meta.category === id) set.delete(r.id);
  }
  await agentChoices.setValue({ off: [...set].sort() });
}

