// Rule-set files: valid ones parse; broken or hostile ones are refused with the field path at fault.
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../lib/config/rule-set';
import { ruleSetToEngineConfig } from '../../lib/config/resolve-config';

const errors = (text: string) => {
  const r = parseRuleSet(text);
  return r.ok ? [] : r.errors;
};
const json = (o: unknown) => JSON.stringify(o);

describe('parseRuleSet', () => {
  it('accepts a full version 1 rule set', () => {
    const r = parseRuleSet(
      json({
        $schema: './rules.schema.json', version: 1, name: 'Acme support', preset: 'strict',
        categories: { jargon: { enabled: false } }, rules: { 'no-scripted-phrases': { severity: 'error' } },
        phrases: [{ phrase: 'per our policy', replacement: 'because', category: 'policy-hiding', message: 'Say why.' }],
        jargon: { extra: ['FCR'], allowed: ['Acme Cloud'] }, agentMayDisable: ['no-jargon', 'scripted'],
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('refuses text that is not JSON', () => expect(errors('{ version: 1')[0]).toMatch(/^not valid JSON/));
  it('refuses a non-object', () => expect(errors('[1]')).toEqual(['(top level): must be an object with "version": 1']));
  it('refuses a missing or wrong version', () => {
    expect(errors(json({}))).toEqual(['version: is required (use 1)']);
    expect(errors(json({ version: 2 }))).toEqual(['version: must be 1 (this file says 2)']);
  });
  it('names an unknown rule id or category', () => {
    expect(errors(json({ version: 1, rules: { 'no-such-rule': { enabled: false } } }))).toContain('rules.no-such-rule: unknown rule id');
    expect(errors(json({ version: 1, categories: { rudeness: { enabled: false } } }))).toContain('categories.rudeness: unknown category');
  });
  it('names wrong types by path', () => {
    expect(errors(json({ version: 1, phrases: [{ phrase: 'a', category: 'scripted' }, {}, { phrase: 'b', category: 'scripted', replacement: 3 }] }))).toEqual(
      expect.arrayContaining(['phrases[1].phrase: is required', 'phrases[1].category: is required', 'phrases[2].replacement: must be a string']),
    );
    expect(errors(json({ version: 1, rules: { 'no-jargon': { enabled: 'yes' } } }))).toEqual(['rules.no-jargon.enabled: must be a boolean']);
    expect(errors(json({ version: 1, preset: 'lenient' }))).toEqual(['preset: must be one of minimal, recommended, strict']);
    expect(errors(json({ version: 1, colour: 'red' }))).toEqual(['colour: unknown field']);
  });
  it('refuses HTML, script and regex-like phrases', () => {
    expect(errors(json({ version: 1, phrases: [{ phrase: '<img src=x onerror=alert(1)>', category: 'scripted' }] }))[0]).toMatch(/^phrases\[0\]\.phrase: must be plain words/);
    expect(errors(json({ version: 1, phrases: [{ phrase: '(a+)+$', category: 'scripted' }] }))[0]).toMatch(/^phrases\[0\]\.phrase: must be plain words/);
    expect(errors(json({ version: 1, phrases: [{ phrase: 'ok', category: 'scripted', replacement: '</script>' }] }))).toEqual(['phrases[0].replacement: must not contain < or >']);
  });
  it('refuses a file over 1 MB before parsing it', () => {
    expect(errors(' '.repeat(10_000_000))).toEqual(['file is 10.0 MB; a rule set can be at most 1 MB']);
  });
});

describe('ruleSetToEngineConfig', () => {
  it('starts from the preset and applies category then rule toggles', () => {
    const c = ruleSetToEngineConfig({
      version: 1, preset: 'recommended', categories: { scripted: { enabled: false } }, rules: { 'no-jargon': { severity: 'error' } },
    });
    expect(c.rules['no-scripted-phrases']).toBeUndefined();
    expect(c.rules['no-jargon']).toBe('error');
  });
  it('turns team phrases on when there are any, unless switched off', () => {
    const phrases = [{ phrase: 'per our policy', category: 'policy-hiding' as const }];
    expect(ruleSetToEngineConfig({ version: 1, phrases }).rules['team-phrases']).toBeDefined();
    expect(ruleSetToEngineConfig({ version: 1, phrases, rules: { 'team-phrases': { enabled: false } } }).rules['team-phrases']).toBeUndefined();
  });
});
