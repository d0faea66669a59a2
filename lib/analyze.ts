// analyze(): the one entry point the CLI, content script, popup and options page share.
import { Doc, clearDocCache } from './engine/doc';
import { clearTagCache, NlpNotReady } from './engine/nlp';
import { clearPhraseCaches } from './engine/patterns/table';
import { readCustomer, type CustomerContext } from './engine/customer';
import type { RuleContext } from './engine/context';
import { fitCase, keepsFacts } from './engine/rewrite';
import type { AnalyzeOptions, Category, EngineConfig, Finding, Report, Rule } from './engine/types';
import { presetConfig } from './config/presets';
import { rules } from './rules';
import { BoundedCache, ownString } from './engine/bounded-cache';

interface Raw extends Report {
  rule: Rule;
}

/** Called once per rule that throws; the rule is skipped for that analysis and the others still run. */
export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

const reportedErrors = new Set<string>();
let onRuleError: RuleErrorHandler = (ruleId, error) => {
  if (reportedErrors.has(ruleId)) return;
  reportedErrors.add(ruleId);
  console.warn(`tactful: rule ${ruleId} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
};

/** Replaces the handler told about a failing rule (the CLI prints to stderr, the extension logs once). */
export function setRuleErrorHandler(handler: RuleErrorHandler): void {
  onRuleError = handler;
}

const configKeys = new WeakMap<EngineConfig, string>();
let configCounter = 0;
function configKey(config: EngineConfig): string {
  let k = configKeys.get(config);
  if (!k) configKeys.set(config, (k = String(++configCounter)));
  return k;
}

const customerKeys = new WeakMap<CustomerContext, string>();
let customerCounter = 0;
function customerKey(c: CustomerContext | null): string {
  if (!c) return '-';
  let k = customerKeys.get(c);
  if (!k) customerKeys.set(c, (k = String(++customerCounter)));
  return k;
}

// Findings of paragraph rules per line, so that typing in one line re-analyses only that line.
const lineCache = new BoundedCache<Raw[]>(24_000);

function runRules(list: readonly Rule[], doc: Doc, customer: CustomerContext | null, config: EngineConfig): Raw[] {
  const out: Raw[] = [];
  for (const rule of list) {
    const found: Raw[] = [];
    const context: RuleContext = {
      doc,
      customer,
      config,
      report: (r) => {
        found.push({ ...r, rule });
      },
    };
    try {
      rule.check(context);
      out.push(...found);
    } catch (error) {
      // Not a fault: the grammar backend is still loading; the caller loads it and analyses again.
      if (error instanceof NlpNotReady) throw error;
      onRuleError(rule.id, error);
    }
  }
  return out;
}

function finalize(draft: string, raw: Raw, offset: number, config: EngineConfig): Finding | null {
  let start = raw.start + offset;
  let end = raw.end + offset;
  if (!(start >= 0 && end > start && end <= draft.length)) return null;
  // Never split an emoji or other astral character: widen to whole code points.
  if (isLowSurrogate(draft.charCodeAt(start))) start--;
  if (end < draft.length && isLowSurrogate(draft.charCodeAt(end))) end++;
  const text = draft.slice(start, end);
  const seen = new Set<string>([text]);
  const suggestions: { text: string }[] = [];
  for (const s of raw.suggestions ?? []) {
    const fitted = fitCase(draft, start, s);
    // A rewrite that drops a number, id, URL or e-mail would change the facts of the reply.
    if (seen.has(fitted) || !keepsFacts(text, fitted)) continue;
    seen.add(fitted);
    suggestions.push({ text: fitted });
    if (suggestions.length === 3) break;
  }
  const category: Category = raw.category ?? raw.rule.meta.category;
  return {
    ruleId: raw.rule.id,
    category,
    severity: config.rules[raw.rule.id] ?? raw.rule.meta.severity,
    start,
    end,
    text,
    message: raw.message,
    suggestions,
  };
}

/** One rule never flags overlapping spans: the earlier (then longer) finding wins. */
function withoutSelfOverlaps(sorted: Finding[]): Finding[] {
  const lastEnd = new Map<string, number>();
  return sorted.filter((f) => {
    const key = f.ruleId + '\u0000' + f.category;
    if ((lastEnd.get(key) ?? -1) > f.start) return false;
    lastEnd.set(key, f.end);
    return true;
  });
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Checks a draft reply and returns its findings sorted by offset. Throws NlpNotReady when a rule needs
 * the grammar backend and none is installed (the extension loads it on demand; see nlp-backend.ts).
 * `customer` is the message the draft answers (optional); `rules` a resolved team configuration
 * (default: the recommended preset).
 */
export function analyze(draft: string, options: AnalyzeOptions = {}): Finding[] {
  if (typeof draft !== 'string') throw new TypeError('analyze: the draft must be a string');
  const config = options.rules ?? presetConfig('recommended');
  const customer = typeof options.customer === 'string' && options.customer.trim() ? readCustomer(options.customer) : null;
  const active = rules.filter((r) => r.id in config.rules);
  const perLine = active.filter((r) => r.meta.scope === 'paragraph');
  const whole = active.filter((r) => r.meta.scope === 'draft');
  const findings: Finding[] = [];
  if (!draft.trim()) return findings;

  const keyPrefix = configKey(config) + '|' + customerKey(customer) + '|';
  let offset = 0;
  for (const line of draft.split('\n')) {
    if (line.trim()) {
      const key = keyPrefix + line;
      let raws = lineCache.get(key);
      if (!raws) {
        // Reports carry text cut from the line; cut from a copy, the cached ones don't keep this draft alive.
        raws = runRules(perLine, new Doc(ownString(line)), customer, config);
        lineCache.set(key, raws);
      }
      for (const r of raws) {
        const f = finalize(draft, r, offset, config);
        if (f) findings.push(f);
      }
    }
    offset += line.length + 1;
  }
  if (whole.length) {
    for (const r of runRules(whole, new Doc(draft), customer, config)) {
      const f = finalize(draft, r, 0, config);
      if (f) findings.push(f);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return withoutSelfOverlaps(findings);
}

/** Forgets every cached result, tokenisation and tag (benchmarks use it to measure cold analysis). */
export function clearAnalysisCache(): void {
  lineCache.clear();
  clearDocCache();
  clearTagCache();
  clearPhraseCaches();
}
