// The team rule-set file (version 1): parsing, validation with field-path errors, and its types.
import { validate } from './rule-set-validator.generated.js';
import type { AjvError } from './rule-set-validator.generated';
import type { Category, Preset, Severity } from '../engine/types';

export interface Toggle {
  enabled?: boolean;
  severity?: Severity;
}

export interface RuleSetPhrase {
  phrase: string;
  replacement?: string;
  category: Category;
  message?: string;
}

/** A rule-set file as written by a team lead; see rules.schema.json. */
export interface RuleSet {
  $schema?: string;
  version: 1;
  name?: string;
  preset?: Preset;
  categories?: Partial<Record<Category, Toggle>>;
  rules?: Record<string, Toggle>;
  phrases?: RuleSetPhrase[];
  jargon?: { extra?: string[]; allowed?: string[] };
  agentMayDisable?: string[];
}

export type ParseResult = { ok: true; value: RuleSet } | { ok: false; errors: string[] };

/** The largest rule-set file accepted, in characters. */
export const MAX_RULE_SET_CHARS = 1_000_000;

function fieldPath(instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top level)';
}

const PLAIN = 'must be plain words and punctuation; phrases are matched as text, so < > \\ * + { } [ ] ( ) | ^ $ are not allowed';

function describe(e: AjvError, data: unknown): string | null {
  const path = fieldPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `${path}: must be ${p.type === 'object' ? 'an object' : p.type === 'array' ? 'an array' : `a ${p.type}`}`;
    case 'required':
      return `${path === '(top level)' ? '' : path + '.'}${p.missingProperty}: is required`;
    case 'additionalProperties':
      return `${path === '(top level)' ? '' : path + '.'}${p.additionalProperty}: unknown field`;
    case 'propertyNames':
      return null; // reported by the enum error on the name itself
    case 'enum': {
      if (e.instancePath === '' && p.propertyName) return null;
      return `${path}: must be one of ${(p.allowedValues as string[]).join(', ')}`;
    }
    case 'const':
      return `${path}: must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return /\/phrase$|^\/jargon\//.test(e.instancePath) ? `${path}: ${PLAIN}` : `${path}: must not contain < or >`;
    case 'maxLength':
      return `${path}: must be at most ${p.limit} characters`;
    case 'minLength':
      return `${path}: must not be empty`;
    case 'maxItems':
      return `${path}: must have at most ${p.limit} entries`;
    case 'uniqueItems':
      return `${path}: has the same entry twice (items ${p.j} and ${p.i})`;
    case 'anyOf':
      return `${path}: must be a rule id or a category id`;
    default:
      void data;
      return `${path}: ${e.message ?? 'is not valid'}`;
  }
}

/** Errors for unknown names in the `rules` / `categories` maps, which ajv reports without the name. */
function unknownKeys(data: Record<string, unknown>, errors: AjvError[]): string[] {
  const out: string[] = [];
  for (const e of errors) {
    if (e.keyword !== 'propertyNames') continue;
    const name = (e.params as { propertyName?: string }).propertyName;
    const where = fieldPath(e.instancePath);
    const kind = where === 'rules' ? 'rule id' : 'category';
    out.push(`${where}.${name}: unknown ${kind}`);
  }
  void data;
  return out;
}

/** Parses and validates a rule-set file's text; every error names the field path at fault. */
export function parseRuleSet(text: string): ParseResult {
  if (text.length > MAX_RULE_SET_CHARS) {
    return { ok: false, errors: [`file is ${(text.length / 1e6).toFixed(1)} MB; a rule set can be at most 1 MB`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`not valid JSON: ${msg}`] };
  }
  return checkRuleSet(data);
}

/** Validates an already-parsed rule set (managed storage hands over objects, not text). */
export function checkRuleSet(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['(top level): must be an object with "version": 1'] };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== 1) {
    return {
      ok: false,
      errors: [version === undefined ? 'version: is required (use 1)' : `version: must be 1 (this file says ${JSON.stringify(version)})`],
    };
  }
  if (validate(data)) return { ok: true, value: data as RuleSet };
  const errs = validate.errors ?? [];
  const messages = [...unknownKeys(data as Record<string, unknown>, errs), ...errs.map((e) => describe(e, data)).filter((m): m is string => !!m)];
  return { ok: false, errors: [...new Set(messages)] };
}

const KEY_ORDER = ['$schema', 'version', 'name', 'preset', 'categories', 'rules', 'phrases', 'jargon', 'agentMayDisable'] as const;

/** The same rule set with keys in a fixed order and empty parts left out, so exports are stable. */
export function canonicalRuleSet(rs: RuleSet): RuleSet {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = rs[k as keyof RuleSet];
    if (v === undefined) continue;
    if (k === 'categories' || k === 'rules') {
      const entries = Object.entries(v as Record<string, Toggle>)
        .filter(([, t]) => t && (t.enabled !== undefined || t.severity !== undefined))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, t]) => [id, { ...(t.enabled !== undefined ? { enabled: t.enabled } : {}), ...(t.severity ? { severity: t.severity } : {}) }]);
      if (entries.length) out[k] = Object.fromEntries(entries);
    } else if (k === 'phrases') {
      const list = (v as RuleSetPhrase[]).map((p) => ({
        phrase: p.phrase,
        ...(p.replacement !== undefined ? { replacement: p.replacement } : {}),
        category: p.category,
        ...(p.message !== undefined ? { message: p.message } : {}),
      }));
      if (list.length) out[k] = list;
    } else if (k === 'jargon') {
      const j = v as { extra?: string[]; allowed?: string[] };
      const jo = { ...(j.extra?.length ? { extra: j.extra } : {}), ...(j.allowed?.length ? { allowed: j.allowed } : {}) };
      if (Object.keys(jo).length) out[k] = jo;
    } else out[k] = v;
  }
  return out as unknown as RuleSet;
}

/** The text of a rule-set file as Tactful writes it (two-space JSON, stable key order, final newline). */
export function serializeRuleSet(rs: RuleSet): string {
  return JSON.stringify(canonicalRuleSet(rs), null, 2) + '\n';
}
