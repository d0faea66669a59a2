// Versioned shapes of stored settings and the pure functions that bring an older saved shape up to date.
import type { AgentChoices } from './resolve-config';
import { RULE_RENAMES } from './rule-renames';

/** Agent choices as version 1 stored them: a flat list of switched-off rule ids. */
export interface AgentChoicesV1 {
  disabledRules?: unknown;
}

function renamed(id: string): string {
  return RULE_RENAMES[id] ?? id;
}

/** v1 → v2: `disabledRules` becomes `off` (which also takes category ids); renamed rule ids follow their rule. */
export function agentChoicesV1toV2(old: AgentChoicesV1 | null | undefined): AgentChoices {
  const list = Array.isArray(old?.disabledRules) ? old!.disabledRules : [];
  return { off: [...new Set(list.filter((x): x is string => typeof x === 'string').map(renamed))] };
}

/** Reads whatever is stored as agent choices, repairing anything malformed to "nothing switched off". */
export function sanitizeAgentChoices(value: unknown): { value: AgentChoices; repaired: boolean } {
  if (value && typeof value === 'object' && Array.isArray((value as AgentChoices).off)) {
    const off = (value as AgentChoices).off.filter((x): x is string => typeof x === 'string').map(renamed);
    return { value: { off: [...new Set(off)] }, repaired: off.length !== (value as AgentChoices).off.length };
  }
  return { value: { off: [] }, repaired: value !== null && value !== undefined };
}
