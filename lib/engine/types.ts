// The engine's public types: findings in the CONTRACT's format, rule definitions and analysis options.

/** The 11 category ids of ../shared/TAXONOMY.md, in the order the taxonomy lists them. */
export const CATEGORIES = [
  'missing-empathy',
  'blame-shifting',
  'jargon',
  'overpromise',
  'scripted',
  'dismissive',
  'defensive',
  'policy-hiding',
  'assumption',
  'vague-commitment',
  'not-listening',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PRESETS = ['minimal', 'recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Suggestion {
  /** Replacement for the finding's [start, end). */
  text: string;
}

/** One flagged span, exactly as ../shared/CONTRACT.md describes it. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offset into the draft, inclusive. */
  start: number;
  /** UTF-16 offset into the draft, exclusive. */
  end: number;
  /** Always draft.slice(start, end). */
  text: string;
  message: string;
  suggestions: Suggestion[];
}

export interface RuleExample {
  bad: string;
  good: string;
}

export interface RuleMeta {
  category: Category;
  /** Default severity; a team rule set may change it. */
  severity: Severity;
  /** The smallest preset that turns the rule on (strict includes recommended includes minimal). */
  preset: Preset;
  /** One line for the options page. */
  description: string;
  /** Why the rule exists, for the card's "why" and the docs. */
  rationale: string;
  example: RuleExample;
  /**
   * 'paragraph' rules see one line of the draft at a time, so an edit re-analyses only that line;
   * 'draft' rules see the whole draft.
   */
  scope: 'paragraph' | 'draft';
}

/** What a rule hands to the engine; offsets are relative to the document the rule was given. */
export interface Report {
  start: number;
  end: number;
  message: string;
  /** Replacements for [start, end), best first; the engine fits their case and drops unsafe ones. */
  suggestions?: string[];
  /** Only for rules whose findings take their category from data (team phrases). */
  category?: Category;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: import('./context').RuleContext): void;
}

/** Team settings that reach the engine (resolved from a rule-set file, see lib/config). */
export interface EngineConfig {
  /** Enabled rule ids with their severity. */
  rules: Record<string, Severity>;
  /** Team phrases to avoid; they become findings of the `team-phrases` rule. */
  phrases: TeamPhrase[];
  jargon: { extra: string[]; allowed: string[] };
}

export interface TeamPhrase {
  phrase: string;
  replacement?: string;
  category: Category;
  message?: string;
}

export interface AnalyzeOptions {
  /** The customer's message the draft answers. */
  customer?: string | null;
  /** A resolved team configuration; defaults to the recommended preset. */
  rules?: EngineConfig;
}
