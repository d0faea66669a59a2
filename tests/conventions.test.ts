// Keeps the codebase's conventions true: every rule registered, documented, tested; lib/ stays a pure engine.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../lib/rules';
import { CATEGORIES } from '../lib/engine/types';
import { generateValidator, GENERATED } from '../scripts/build-validators.mjs';
import { RULE_RENAMES } from '../lib/config/rule-renames';

const root = join(__dirname, '..');
const ruleFiles = readdirSync(join(root, 'lib/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('rule registry', () => {
  it('registers every file in lib/rules under the file name as id', () => {
    expect(rules.map((r) => r.id + '.ts').sort()).toEqual([...ruleFiles].sort());
  });

  it('keeps the registry in alphabetical order', () => {
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a kebab-case id', () => expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/));
      it('has a test file named after it', () => expect(existsSync(join(root, 'tests/rules', `${rule.id}.test.ts`))).toBe(true));
      it('is documented: description, rationale and a good/bad example', () => {
        expect(rule.meta.description.length).toBeGreaterThanOrEqual(20);
        expect(rule.meta.rationale.length).toBeGreaterThanOrEqual(40);
        expect(rule.meta.example.bad).not.toMatch(/^TODO/);
        expect(rule.meta.example.good).not.toMatch(/^TODO/);
        expect(rule.meta.example.bad).not.toBe(rule.meta.example.good);
      });
      it('belongs to a taxonomy category', () => expect(CATEGORIES).toContain(rule.meta.category));
    });
  }
});

describe('rule renames', () => {
  it('point at rules that exist, from ids no rule uses any more', () => {
    for (const [from, to] of Object.entries(RULE_RENAMES)) {
      expect(rules.map((r) => r.id)).toContain(to);
      expect(rules.map((r) => r.id)).not.toContain(from);
    }
  });
});

describe('rules.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(root, 'rules.schema.json'), 'utf8'));
  it('lists exactly the registered rule ids', () => expect(schema.definitions.ruleId.enum).toEqual(rules.map((r) => r.id)));
  it('lists exactly the taxonomy categories', () => expect(schema.definitions.category.enum).toEqual([...CATEGORIES]));
  it('matches the generated validator (run: node scripts/build-validators.mjs)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generateValidator());
  });
});

describe('source files', () => {
  const sources = ['lib', 'entrypoints', 'components', 'tests', 'scripts', 'bench', 'bin']
    .filter((d) => existsSync(join(root, d)))
    .flatMap((d) => walk(join(root, d)))
    .filter((p) => /\.(ts|tsx|mjs|js)$/.test(p) && !p.includes('.generated.') && !p.includes(`${join('tests', 'fixtures')}`));

  it('open with a one-line comment saying what the file is for', () => {
    const missing = sources.filter((p) => {
      const lines = readFileSync(p, 'utf8').split('\n');
      const first = lines[0].startsWith('#!') ? lines[1] : lines[0];
      return !/^\/\/ \S/.test(first);
    });
    expect(missing.map((p) => relative(root, p))).toEqual([]);
  });

  it('keep lib/ a pure engine: no browser, DOM, React or WXT, and Node only in the command-line tools', () => {
    const offenders: string[] = [];
    for (const p of walk(join(root, 'lib')).filter((f) => /\.(ts|tsx)$/.test(f))) {
      const src = readFileSync(p, 'utf8');
      const rel = relative(root, p);
      const imports = [...src.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
      for (const spec of imports) {
        if (/^(react|react-dom|wxt|#imports|@wxt-dev|webextension-polyfill|zustand)(\/|$)/.test(spec)) offenders.push(`${rel} imports ${spec}`);
        if (/^node:/.test(spec) && !rel.startsWith(join('lib', 'cli')) && !rel.startsWith(join('lib', 'eval'))) offenders.push(`${rel} imports ${spec}`);
      }
      if (/\b(document|window|chrome|browser|navigator)\.\w/.test(src.replace(/\/\/.*$/gm, ''))) offenders.push(`${rel} touches a browser global`);
    }
    expect(offenders).toEqual([]);
  });
});
