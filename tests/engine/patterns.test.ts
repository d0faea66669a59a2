// The phrase-pattern language: alternatives, optional parts, classes, inflections, wildcards and report marks.
import { describe, expect, it } from 'vitest';
import { compilePattern, firstKeys, PatternError, plainFirstKeys, quickAnchors, quickFirstKeys } from '../../lib/engine/patterns/compile';
import { PhraseTable, phraseTables } from '../../lib/engine/patterns/table';
import '../../lib/index';

// Taken before any test builds a table of its own.
const engineTables = phraseTables();
import { Doc } from '../../lib/engine/doc';

function spans(pattern: string, text: string, classes = {}) {
  const doc = new Doc(text);
  return new PhraseTable([{ pattern }], classes).find(doc).map((m) => text.slice(m.start, m.end));
}

describe('phrase patterns', () => {
  it('match words in any case, with contractions and curly apostrophes', () => {
    expect(spans("that's on (them|you)", 'Well, THAT’S on them.')).toEqual(['THAT’S on them']);
    expect(spans('can not help', "Sorry, we can't help")).toEqual(["can't help"]);
  });

  it('never end a match between a pronoun and its contracted verb, though other contractions may follow one', () => {
    expect(spans('promise [you]', "I promise you'll love it")).toEqual(['promise']);
    expect(spans('promise [you]', "I promise you, it's fine")).toEqual(['promise you']);
    expect(spans('like that', "like that isn't welcome")).toEqual(['like that']);
    expect(spans('the courier', "It's the courier's van")).toEqual(["the courier's"]);
  });

  it('treat bars inside brackets as whole alternatives', () => {
    expect(spans('(are sorry|apologize) for', 'We are sorry for this. We apologise for that.')).toEqual(['are sorry for', 'apologise for']);
  });

  it('support optional words and groups', () => {
    expect(spans('we very? much (really|truly)? value', 'we much value / we very much truly value')).toEqual(['we much value', 'we very much truly value']);
    expect(spans('rest assured [that]', 'Rest assured that it is fine')).toEqual(['Rest assured that']);
  });

  it('expand ~ to inflections and @ to classes', () => {
    expect(spans('~promise it', 'I promised it, she promises it')).toEqual(['promised it', 'promises it']);
    expect(spans('the @party', 'ask the courier or the bank', { party: ['courier', 'bank'] })).toEqual(['the courier', 'the bank']);
  });

  it('bound wildcards to words within one sentence', () => {
    expect(spans('take *{1,3} seriously', 'We take your privacy very seriously.')).toEqual(['take your privacy very seriously']);
    expect(spans('take *{1,2} seriously', 'We take the privacy of data seriously.')).toEqual([]);
    expect(spans('done *{0,3} now', 'It is done. Now go')).toEqual([]);
  });

  it('report only the marked part when < > are used', () => {
    expect(spans('you < just > need', 'you just need to')).toEqual(['just']);
  });

  it('prefer the longest match and never overlap', () => {
    const doc = new Doc('thank you for your patience and understanding');
    const t = new PhraseTable([{ pattern: 'thank you for your patience' }, { pattern: 'thank you for your patience and understanding' }, { pattern: 'your patience' }]);
    expect(t.find(doc).map((m) => m.row.pattern)).toEqual(['thank you for your patience and understanding']);
  });

  it('match token kinds', () => {
    expect(spans('only #money', 'It is only £3.20 a month')).toEqual(['only £3.20']);
    expect(spans('order #id', 'order RMA-55102 or order 48213')).toEqual(['order RMA-55102', 'order 48213']);
  });

  it('reject malformed patterns with the pattern in the message', () => {
    expect(() => compilePattern('(a b')).toThrow(PatternError);
    expect(() => compilePattern('a @nope')).toThrow(/@nope/);
    expect(() => compilePattern('#bogus x')).toThrow(/#bogus/);
  });

  it('treat team phrases as literal text, never as syntax', () => {
    const doc = new Doc('Per our policy (section 4) we cannot.');
    const t = new PhraseTable([{ pattern: 'policy (section 4)', literal: true }]);
    expect(t.find(doc).map((m) => doc.text.slice(m.start, m.end))).toEqual(['policy (section 4)']);
  });
});

describe('lazy compilation', () => {
  const classes = { party: ['courier', 'the bank', '~ship it'], odd: ['[maybe] later'] };

  it('reads the words a pattern starts with without compiling it, or declines', () => {
    const cases = [
      'sla (credit|credits)', '(are sorry|am sorry) for', '<within [the] SLA>', 'is|was|were late', '~promise it',
      '@party said', "can't help", '#num items', '#cap said', '(@party|we) lost it', '(a (b|c)|d) e',
      '[please] note', 'very? sorry', '(sorry|sad)? we', '((a|b) c|d) e', '@odd we', '[(that is|it is)] beyond < my > job',
    ];
    for (const p of cases) {
      const quick = quickFirstKeys(p, classes);
      if (quick) expect([...quick].sort(), p).toEqual([...firstKeys(compilePattern(p, classes)).keys].sort());
    }
    expect(quickFirstKeys('sla (credit|credits)')).toEqual(new Set(['sla']));
    expect(quickFirstKeys('@party said', classes)).toEqual(new Set(['courier', 'the', 'ship', 'ships', 'shipped', 'shipping']));
    expect(quickFirstKeys('[please] (note|see)')).toEqual(new Set(['please', 'note', 'see']));
    // Wildcard starts, and patterns that could match nothing, are compiled straight away instead.
    for (const p of ['* x', '*{0,2} x', '[a] [b]', '(a|[b])']) {
      expect(quickFirstKeys(p, classes), p).toBeNull();
    }
  });

  it('reads a plain opening word or bracket of words with one scan, and leaves anything else to the pattern reader', () => {
    expect(plainFirstKeys('sla (credit|credits)')).toEqual(['sla']);
    expect(plainFirstKeys('(monitor|monitoring) tool')).toEqual(['monitor', 'monitoring']);
    expect(plainFirstKeys('is|was late')).toEqual(['is', 'was']);
    expect(plainFirstKeys('late')).toEqual(['late']);
    // Spellings fold the way the tokenizer folds a draft's words.
    expect(plainFirstKeys('(colour|centre) code')).toEqual(['color', 'center']);
    for (const p of [
      'very? sorry', '(sorry|sad)? we', '(a (b|c)|d) e', "can't help", '~promise it', '@party said', '#num items', '<x> y',
      '[please] note', 'cannot help', 'a b | c d', '(are sorry | am sorry) for', 'Sorry', '(a|)', '() x', 'x(y) z',
    ]) {
      expect(plainFirstKeys(p), p).toBeNull();
    }
    // Whatever it reads, it reads what compiling the pattern would index it under.
    for (const p of ['sla (credit|credits)', '(monitor|monitoring) tool', 'is|was late', '(colour|centre) code', 'judgement day']) {
      expect(new Set(plainFirstKeys(p)), p).toEqual(firstKeys(compilePattern(p)).keys);
    }
  });

  it('finds the same matches as compiling every row up front', () => {
    const rows = [{ pattern: '(sorry|apologies) for the wait' }, { pattern: '[we are] sorry' }, { pattern: '@party lost it' }];
    const lazy = new PhraseTable(rows, classes);
    const eager = new PhraseTable(rows, classes);
    eager.verify();
    const doc = new Doc('Sorry for the wait, the bank lost it. We are sorry.');
    expect(lazy.find(doc).map((m) => m.row)).toEqual(eager.find(doc).map((m) => m.row));
    expect(lazy.find(doc)).toHaveLength(3);
  });

  it('reads the later words a row needs, so rows lacking one are never compiled', () => {
    const sets = (p: string) => quickAnchors(p, classes).map((s) => [...s].sort());
    // The first required element is the word the row was found under; optional parts are not needed.
    expect(sets('we [really] (fix|mend) it? @party')).toEqual([['fix', 'mend'], ['courier', 'ship', 'shipped', 'shipping', 'ships', 'the']]);
    expect(sets('[please] note < this > #num *{0,2} times')).toEqual([['this'], ['times']]);
    // Top-level alternatives have no word every match needs.
    expect(sets('a b | c d')).toEqual([]);
    const rows = [{ pattern: 'we (fix|mend) it' }, { pattern: 'we lost it' }];
    const t = new PhraseTable(rows);
    expect(t.find(new Doc('We lost it. We mend it.')).map((m) => m.row.pattern)).toEqual(['we lost it', 'we (fix|mend) it']);
  });

  it('compiles a group whose alternative starts with a wildcard (no start words to anchor on)', () => {
    const t = new PhraseTable([{ pattern: 'we (*{1,2} fix|mend) it' }]);
    expect(t.find(new Doc('We really fix it. We mend it. We fix it.')).map((m) => m.start)).toEqual([0, 18]);
    expect(() => t.verify()).not.toThrow();
  });

  it('reports a malformed row even though it is compiled lazily', () => {
    expect(() => new PhraseTable([{ pattern: 'fine row' }, { pattern: 'late (oops' }]).verify()).toThrow(PatternError);
  });

  it('every table of the engine compiles and is indexed under every word its rows can start with', () => {
    const tables = engineTables;
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) expect(() => t.verify()).not.toThrow();
  });
});
