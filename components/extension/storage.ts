// Every storage item of the extension in one place (WXT storage is the single source of truth).
import { storage } from 'wxt/utils/storage';
import type { RuleSet } from '../../lib/config/rule-set';
import type { AgentChoices, ManagedPolicy } from '../../lib/config/resolve-config';
import { agentChoicesV1toV2, type AgentChoicesV1 } from '../../lib/config/migrations';

/** Hostnames where the agent switched the coach off (follows the agent across browsers). */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [] });

/** The team rule set in use (the "team layer"), when it fits in sync storage. */
export const syncedRuleSet = storage.defineItem<RuleSet | null>('sync:teamRuleSet', { fallback: null });

/** The team rule set when it is too large for sync storage; it then stays on this computer. */
export const localRuleSet = storage.defineItem<RuleSet | null>('local:teamRuleSet', { fallback: null });

/** Where the team rule set lives: 'sync' normally, 'local' when it outgrew sync storage's per-item quota. */
export const ruleSetLocation = storage.defineItem<'sync' | 'local'>('sync:teamRuleSetLocation', { fallback: 'sync' });

/** The last rule-set file imported, kept so "reset to team defaults" can go back to it. */
export const importedRuleSet = storage.defineItem<RuleSet | null>('local:importedRuleSet', { fallback: null });

/** What the agent switched off for themself. Version 2 renamed `disabledRules` to `off` (which takes categories too). */
export const agentChoices = storage.defineItem<AgentChoices, { v: number }>('sync:agentChoices', {
  fallback: { off: [] },
  version: 2,
  migrations: {
    2: (old: AgentChoicesV1) => agentChoicesV1toV2(old),
  },
});

/** A rule set an administrator pushes through the browser's enterprise policy (read-only here). */
export const managedRuleSet = storage.defineItem<ManagedPolicy['ruleSet'] | null>('managed:ruleSet', { fallback: null });
export const managedLockedBy = storage.defineItem<string | null>('managed:lockedBy', { fallback: null });

/**
 * A copy of the managed policy. Chrome's first read of managed storage can take seconds, so settings
 * start from this copy and the live policy replaces it as soon as it arrives.
 */
export const managedCache = storage.defineItem<{ ruleSet: ManagedPolicy['ruleSet'] | null; lockedBy: string | null } | null>('local:managedCache', {
  fallback: null,
});
