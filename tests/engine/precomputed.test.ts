// What the build computes ahead of time (compromise's match net, the phrase tables' indexes) equals what the engine computes at run time.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import nlp from 'compromise/two';
import '../../lib/index';
import { buildNet, encodeNet, installEncodedNet, reviveNet, type Compromise } from '../../lib/engine/nlp-net';
import { encodePhraseTables, PhraseTable, phraseTables, useEncodedTables, type PatternRow } from '../../lib/engine/patterns/table';
import { Doc } from '../../lib/engine/doc';
import { needKeys } from '../../lib/engine/patterns/compile';
import { PRECOMPUTED_NET } from '../../lib/engine/precomputed/net';
import { PRECOMPUTED_TABLES } from '../../lib/engine/precomputed/tables';

const compromise = nlp as unknown as Compromise;
// Taken before any test builds a table of its own.
const builtIn = phraseTables().filter((t) => t.name);

const drafts: string[] = [
  ...readFileSync(join(__dirname, '../../bench/fixtures/sentences.txt'), 'utf8').trim().split('\n'),
  "Unfortunately that's on the courier, per our policy we can't refund it; you should've read the T&Cs. I guarantee it'll arrive ASAP!",
  'Sorry for the hassle with order #48213 — I’ve escalated it to our Tier 2 team and the SLA is 48h. Could you send the order number?',
];

describe('source modules', () => {
  it('hold no encoding: running from source computes everything at run time', () => {
    expect(PRECOMPUTED_NET).toBeNull();
    expect(PRECOMPUTED_TABLES).toBeNull();
  });
});

describe("compromise's match net, encoded", () => {
  const encoded = encodeNet(compromise);

  it("revives to exactly the net compromise builds (sets, regular expressions, shared matches and all)", () => {
    const revived = reviveNet(encoded, compromise.version)!;
    expect(revived).not.toBeNull();
    expect(isDeepStrictEqual(revived, buildNet(compromise))).toBe(true);
    // Each match is one object, reached from each of its hooks, as in compromise's own net.
    const reached = Object.values(revived.hooks).flat();
    const byPattern = new Map<string, object>();
    for (const m of reached) {
      if (!byPattern.has(m.match)) byPattern.set(m.match, m);
      expect(m).toBe(byPattern.get(m.match));
    }
    expect(reached.length).toBeGreaterThan(byPattern.size);
  });

  it('is not used with another version of compromise', () => {
    expect(reviveNet(encoded, '0.0.1')).toBeNull();
  });

  it('tags a fresh compromise exactly as its own net does, without building that net', () => {
    // A second, independent compromise (its one-file CommonJS build), fresh each time it is required.
    const require = createRequire(import.meta.url);
    const path = require.resolve('compromise/two');
    const fresh = () => {
      delete require.cache[path];
      return require(path) as typeof nlp;
    };
    const own = fresh();
    const revived = fresh();
    const world = (revived as unknown as { world(): { methods: { one: { buildNet: (...a: unknown[]) => unknown } }; model: { two: { matches: unknown } } } }).world();
    const build = vi.spyOn(world.methods.one, 'buildNet');
    installEncodedNet(revived as unknown as Compromise, encoded);
    const calls: unknown[] = [];
    const wrapped = world.methods.one.buildNet;
    world.methods.one.buildNet = (...a: unknown[]) => (calls.push(a[0]), wrapped(...a));
    const tags = (doc: ReturnType<typeof nlp>) => (doc.json() as { terms: { text: string; tags: string[] }[] }[]).map((s) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`));
    for (const text of drafts.slice(0, 120)) expect(tags(revived(text)), text).toEqual(tags(own(text)));
    // The post-tagger asked for its net once and got the encoded one: compromise's own builder never ran on it.
    expect(calls.filter((c) => c === world.model.two.matches)).toHaveLength(1);
    expect(build.mock.calls.some((c) => c[0] === world.model.two.matches)).toBe(false);
  });

  it('leaves every other net to compromise', () => {
    const matches = [{ match: 'a' }];
    const built = { hooks: {}, always: [] };
    const world = { model: { two: { matches } }, methods: { one: { buildNet: vi.fn((_list: object[], _world: unknown) => built) } } };
    const fake: Compromise = { version: compromise.version, world: () => world };
    installEncodedNet(fake, encoded);
    const other = [{ match: 'b' }];
    expect(world.methods.one.buildNet(other, world)).toBe(built);
    expect(world.methods.one.buildNet(matches, world)).not.toBe(built);
    // Taken once: later requests (none in compromise today) build as usual.
    expect(world.methods.one.buildNet(matches, world)).toBe(built);
    // An encoding for another version is ignored.
    const stale: Compromise = { version: '0.0.1', world: () => world };
    world.methods.one.buildNet = vi.fn((_list: object[], _world: unknown) => built);
    installEncodedNet(stale, encoded);
    expect(world.methods.one.buildNet(matches, world)).toBe(built);
  });
});

describe('phrase table indexes, encoded', () => {
  const encoded = encodePhraseTables();
  afterAll(() => useEncodedTables(null));

  type Internals = { buildIndex(): Map<string, { order: number }[]>; needsOf(code: { order: number; row: PatternRow }): unknown[]; classes?: Record<string, readonly string[]> };
  const internals = (t: PhraseTable<PatternRow>) => t as unknown as Internals;
  const snapshot = (t: PhraseTable<PatternRow>) => {
    const index = internals(t).buildIndex();
    const keys = [...index].map(([k, list]) => [k, list.map((c) => c.order)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    // Read from the pattern text, each need is an element to read; decoded, it is already the words it can start with.
    const classes = internals(t).classes;
    const needs = t.rows.map((row, order) =>
      internals(t).needsOf({ order, row }).map((n) => (typeof n === 'string' ? needKeys(n, classes) : n)).filter(Boolean).map((n) => [...(n as Set<string>)]),
    );
    return { keys, needs };
  };

  it('covers every built-in table, each under its own name', () => {
    expect(builtIn.length).toBeGreaterThanOrEqual(16);
    expect(Object.keys(JSON.parse(encoded)).sort()).toEqual(builtIn.map((t) => t.name).sort());
  });

  it('decode to the index and needs each table builds from its rows', () => {
    for (const t of builtIn) {
      const classes = internals(t).classes;
      useEncodedTables(null);
      const fromRows = snapshot(new PhraseTable(t.rows, classes, t.name));
      useEncodedTables(encoded);
      const decoded = new PhraseTable(t.rows, classes, t.name);
      expect(snapshot(decoded), t.name).toEqual(fromRows);
      // Decoded, not rebuilt: the needs come from the encoding's shared sets.
      expect((decoded as unknown as { encodedNeeds: unknown }).encodedNeeds, t.name).not.toBeNull();
    }
  });

  it('find the same matches as tables indexed at run time', () => {
    useEncodedTables(encoded);
    const docs = drafts.map((d) => new Doc(d));
    for (const t of builtIn) {
      const classes = internals(t).classes;
      const decoded = new PhraseTable(t.rows, classes, t.name);
      const fromRows = new PhraseTable(t.rows, classes);
      const found = (table: PhraseTable<PatternRow>) => docs.map((doc) => table.find(doc).map((m) => [t.rows.indexOf(m.row), m.start, m.end]));
      expect(found(decoded), t.name).toEqual(found(fromRows));
    }
  });

  it('are ignored by a table whose rows differ from the encoded ones (it indexes its own)', () => {
    useEncodedTables(encoded);
    const t = builtIn.find((x) => x.name === 'blame-shifting')!;
    const rows = [...t.rows.slice(1), { pattern: 'the courier lost it' }];
    const renamed = new PhraseTable(rows, internals(t).classes, t.name);
    const doc = new Doc('Honestly, the courier lost it.');
    expect(renamed.find(doc).map((m) => m.row.pattern)).toContain('the courier lost it');
    expect((renamed as unknown as { encodedNeeds: unknown }).encodedNeeds).toBeNull();
    expect(snapshot(renamed)).toEqual(snapshot(new PhraseTable(rows, internals(t).classes)));
  });
});
