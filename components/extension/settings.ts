// Reads and writes the settings layers (team rule set, managed policy, agent choices, site switch) with validation and quota handling.
// It knows nothing of the rules themselves (rule-settings.ts does), so the content script can load settings without the engine.
import { checkRuleSet, parseRuleSet, type RuleSet } from '../../lib/config/rule-set';
import type { AgentChoices, ManagedPolicy } from '../../lib/config/resolve-config';
import { sanitizeAgentChoices } from '../../lib/config/migrations';
import {
  agentChoices,
  disabledSites,
  importedRuleSet,
  localRuleSet,
  managedCache,
  managedLockedBy,
  managedRuleSet,
  ruleSetLocation,
  syncedRuleSet,
} from './storage';

/** chrome.storage.sync allows 8,192 bytes per item; leave room for the key and encoding. */
export const SYNC_ITEM_LIMIT = 8000;

export interface SettingsSnapshot {
  team: RuleSet | null;
  imported: RuleSet | null;
  managed: ManagedPolicy | null;
  agent: AgentChoices;
  disabledSites: string[];
  location: 'sync' | 'local';
  /** Things the agent should know: a rule set kept locally, stored settings that had to be repaired, a bad policy. */
  notices: string[];
}

async function safe<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch {
    return fallback;
  }
}

/** Everything stored, validated; anything corrupt falls back to the team defaults and says so. */
export async function loadSettings(): Promise<SettingsSnapshot> {
  const notices: string[] = [];
  const location = (await safe(() => ruleSetLocation.getValue(), 'sync' as const)) === 'local' ? 'local' : 'sync';
  const imported = await safe(() => importedRuleSet.getValue(), null);
  const importedOk = imported && checkRuleSet(imported).ok ? imported : null;
  let team = await safe(() => (location === 'local' ? localRuleSet.getValue() : syncedRuleSet.getValue()), null);
  if (team !== null) {
    const checked = checkRuleSet(team);
    if (!checked.ok) {
      notices.push(`Your saved settings could not be read (${checked.errors[0]}), so the team defaults are in use. Import or edit the rule set to fix it.`);
      team = importedOk;
    }
  }
  if (location === 'local') notices.push('Your rule set is too large to sync between browsers, so it is saved on this computer only.');

  const rawAgent = await safe(() => agentChoices.getValue(), { off: [] } as AgentChoices);
  const agent = sanitizeAgentChoices(rawAgent);
  if (agent.repaired) notices.push('Some of your own rule choices were unreadable and have been reset.');

  const sites = await safe(() => disabledSites.getValue(), [] as string[]);
  const cleanSites = Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [];

  let managed: ManagedPolicy | null = null;
  const { ruleSet: managedSet, lockedBy } = await readManaged();
  if (managedSet) {
    const checked = checkRuleSet(managedSet);
    if (checked.ok) managed = { ruleSet: checked.value, lockedBy: typeof lockedBy === 'string' ? lockedBy : undefined };
    else notices.push(`The rule set from your administrator's policy is invalid (${checked.errors[0]}) and was ignored.`);
  }
  return { team, imported: importedOk, managed, agent: agent.value, disabledSites: cleanSites, location, notices };
}

const MANAGED_WAIT_MS = 200;

/**
 * The managed policy: live when Chrome answers quickly, otherwise the last copy (and the live answer,
 * when it comes, updates the copy, which every watcher sees as a settings change).
 */
async function readManaged(): Promise<{ ruleSet: ManagedPolicy['ruleSet'] | null; lockedBy: string | null }> {
  const live = Promise.all([safe(() => managedRuleSet.getValue(), null), safe(() => managedLockedBy.getValue(), null)]).then(([ruleSet, lockedBy]) => ({
    ruleSet: ruleSet ?? null,
    lockedBy: typeof lockedBy === 'string' ? lockedBy : null,
  }));
  const cached = safe(() => managedCache.getValue(), null);
  const refreshCache = live.then(async (value) => {
    const old = await cached;
    if (JSON.stringify(old) !== JSON.stringify(value)) await safe(() => managedCache.setValue(value), undefined);
    return value;
  });
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), MANAGED_WAIT_MS));
  const first = await Promise.race([refreshCache, timeout]);
  if (first !== 'timeout') return first;
  return (await cached) ?? { ruleSet: null, lockedBy: null };
}

/** Calls `onChange` whenever any settings layer changes, in this or another tab or browser. */
export function watchSettings(onChange: () => void): () => void {
  const items = [syncedRuleSet, localRuleSet, ruleSetLocation, importedRuleSet, agentChoices, disabledSites, managedRuleSet, managedLockedBy, managedCache];
  const unwatch = items.map((item) => item.watch(() => onChange()));
  return () => unwatch.forEach((u) => u());
}

/** Saves the team rule set, in sync storage when it fits and locally when it doesn't; says where it went. */
export async function saveTeamRuleSet(rs: RuleSet): Promise<'sync' | 'local'> {
  const checked = checkRuleSet(rs);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  const size = new TextEncoder().encode(JSON.stringify(rs)).length;
  if (size <= SYNC_ITEM_LIMIT) {
    try {
      await syncedRuleSet.setValue(rs);
      await ruleSetLocation.setValue('sync');
      await localRuleSet.removeValue();
      return 'sync';
    } catch {
      // Sync quota (total or per minute) exceeded: keep the settings on this computer instead.
    }
  }
  await localRuleSet.setValue(rs);
  await ruleSetLocation.setValue('local');
  await syncedRuleSet.removeValue();
  return 'local';
}

export type ImportResult = { ok: true; location: 'sync' | 'local' } | { ok: false; errors: string[] };

/** Imports a rule-set file's text; on any error nothing stored changes. */
export async function importRuleSetText(text: string): Promise<ImportResult> {
  const parsed = parseRuleSet(text);
  if (!parsed.ok) return parsed;
  const location = await saveTeamRuleSet(parsed.value);
  await importedRuleSet.setValue(parsed.value);
  return { ok: true, location };
}

/** Back to the last imported team file (or the recommended preset when none was imported). */
export async function resetToTeamDefaults(): Promise<void> {
  const imported = await importedRuleSet.getValue();
  if (imported && checkRuleSet(imported).ok) await saveTeamRuleSet(imported);
  else {
    await syncedRuleSet.removeValue();
    await localRuleSet.removeValue();
    await ruleSetLocation.setValue('sync');
  }
  await agentChoices.setValue({ off: [] });
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const sites = await disabledSites.getValue();
  const next = enabled ? sites.filter((s) => s !== host) : [...new Set([...sites, host])].sort();
  await disabledSites.setValue(next);
}
