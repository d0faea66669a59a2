// defineRule: the one way to declare a rule, so every rule carries the same metadata.
import type { Rule, RuleMeta } from './types';
import type { RuleContext } from './context';

export function defineRule(id: string, meta: RuleMeta, check: (context: RuleContext) => void): Rule {
  return { id, meta, check };
}
