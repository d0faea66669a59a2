// resolveConfig(): every layer in order, locks from a managed policy, agent limits and the site switch.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveConfig } from '../../lib/config/resolve-config';
import { presetRuleIds } from '../../lib/config/presets';
import { rules } from '../../lib/rules';
import { CATEGORIES } from '../../lib/engine/types';
import type { RuleSet } from '../../lib/config/rule-set';

const ids = rules.map((r) => r.id);
const on = (c: ReturnType<typeof resolveConfig>) => Object.keys(c.engine.rules).sort();

describe('resolveConfig', () => {
  it('with no layers runs the recommended preset, everything unlocked and switchable', () => {
    const c = resolveConfig();
    expect(on(c)).toEqual(presetRuleIds('recommended').sort());
    expect(Object.values(c.rules).every((s) => s.lockedBy === null && s.agentMayDisable)).toBe(true);
    expect(c.siteEnabled).toBe(true);
  });

  it('starts from the team preset', () => {
    expect(on(resolveConfig({ team: { version: 1, preset: 'minimal' } }))).toEqual(presetRuleIds('minimal').sort());
  });

  it('applies team category toggles, then rule toggles over them', () => {
    const team: RuleSet = { version: 1, categories: { jargon: { enabled: false }, scripted: { severity: 'error' } }, rules: { 'no-jargon': { enabled: true, severity: 'info' } } };
    const c = resolveConfig({ team });
    expect(c.engine.rules['no-jargon']).toBe('info');
    expect(c.engine.rules['no-scripted-phrases']).toBe('error');
    expect(c.rules['no-jargon'].source).toBe('team');
  });

  it('lets a managed policy win over the team and lock what it sets, naming who locks it', () => {
    const team: RuleSet = { version: 1, rules: { 'no-jargon': { enabled: true } } };
    const c = resolveConfig({ team, managed: { lockedBy: 'Acme Support Ops', ruleSet: { version: 1, rules: { 'no-jargon': { enabled: false } } } } });
    expect(c.engine.rules['no-jargon']).toBeUndefined();
    expect(c.rules['no-jargon']).toMatchObject({ enabled: false, source: 'managed', lockedBy: 'Acme Support Ops', agentMayDisable: false });
    expect(c.rules['no-scripted-phrases'].lockedBy).toBeNull();
  });

  it('locks every rule when the policy fixes the preset', () => {
    const c = resolveConfig({ managed: { ruleSet: { version: 1, preset: 'strict' } } });
    expect(c.presetLockedBy).toBe('your administrator');
    expect(Object.values(c.rules).every((s) => s.lockedBy === 'your administrator')).toBe(true);
  });

  it('lets the agent turn off only what the team allows', () => {
    const team: RuleSet = { version: 1, agentMayDisable: ['no-jargon', 'scripted'] };
    const c = resolveConfig({ team, agent: { off: ['no-jargon', 'no-scripted-phrases', 'no-blame-shifting', 'dismissive'] } });
    expect(c.engine.rules['no-jargon']).toBeUndefined();
    expect(c.engine.rules['no-scripted-phrases']).toBeUndefined();
    expect(c.engine.rules['no-blame-shifting']).toBeDefined();
    expect(c.engine.rules['no-dismissive-language']).toBeDefined();
    expect(c.rules['no-jargon'].source).toBe('agent');
  });

  it('never lets the agent override a locked rule', () => {
    const c = resolveConfig({ managed: { ruleSet: { version: 1, rules: { 'no-jargon': { enabled: true } } } }, agent: { off: ['no-jargon', 'jargon'] } });
    expect(c.engine.rules['no-jargon']).toBeDefined();
  });

  it('merges team and managed phrases; managed ones are locked; they turn the phrase rule on', () => {
    const c = resolveConfig({
      team: { version: 1, phrases: [{ phrase: 'per our policy', category: 'policy-hiding', replacement: 'because' }] },
      managed: { lockedBy: 'IT', ruleSet: { version: 1, phrases: [{ phrase: 'no worries', category: 'dismissive' }] } },
    });
    expect(c.phrases.map((p) => [p.phrase, p.lockedBy])).toEqual([['no worries', 'IT'], ['per our policy', null]]);
    expect(c.engine.rules['team-phrases']).toBeDefined();
    expect(c.engine.phrases).toHaveLength(2);
  });

  it('keeps phrases of a category that is switched off quiet', () => {
    const c = resolveConfig({ team: { version: 1, categories: { dismissive: { enabled: false } }, phrases: [{ phrase: 'no worries', category: 'dismissive' }] } });
    expect(c.engine.phrases).toEqual([]);
  });

  it('unions jargon lists from team and policy', () => {
    const c = resolveConfig({ team: { version: 1, jargon: { extra: ['FCR'], allowed: ['Acme Cloud'] } }, managed: { ruleSet: { version: 1, jargon: { extra: ['AHT', 'FCR'] } } } });
    expect(c.engine.jargon).toEqual({ extra: ['AHT', 'FCR'], allowed: ['Acme Cloud'] });
  });

  it('switches the coach off on a disabled site and on elsewhere', () => {
    expect(resolveConfig({ site: { host: 'acme.zendesk.com', disabledSites: ['acme.zendesk.com'] } }).siteEnabled).toBe(false);
    expect(resolveConfig({ site: { host: 'mail.google.com', disabledSites: ['acme.zendesk.com'] } }).siteEnabled).toBe(true);
  });

  // Properties over random layers: the order of precedence holds for every combination.
  const toggle = fc.record({ enabled: fc.option(fc.boolean(), { nil: undefined }), severity: fc.option(fc.constantFrom('info', 'warning', 'error'), { nil: undefined }) });
  const ruleSet = fc.record({
    version: fc.constant(1 as const),
    preset: fc.option(fc.constantFrom('minimal', 'recommended', 'strict'), { nil: undefined }),
    rules: fc.option(fc.dictionary(fc.constantFrom(...ids), toggle), { nil: undefined }),
    categories: fc.option(fc.dictionary(fc.constantFrom(...CATEGORIES), toggle), { nil: undefined }),
    agentMayDisable: fc.option(fc.uniqueArray(fc.constantFrom(...ids, ...CATEGORIES)), { nil: undefined }),
  }) as fc.Arbitrary<RuleSet>;
  const layers = fc.record({
    team: fc.option(ruleSet, { nil: null }),
    managed: fc.option(fc.record({ ruleSet }), { nil: null }),
    agent: fc.record({ off: fc.uniqueArray(fc.constantFrom(...ids, ...CATEGORIES)) }),
  });

  it('never enables a rule because of the agent, and never moves a locked value', () => {
    fc.assert(
      fc.property(layers, (l) => {
        const withAgent = resolveConfig(l);
        const without = resolveConfig({ ...l, agent: null });
        for (const id of ids) {
          if (withAgent.engine.rules[id]) expect(without.engine.rules[id]).toBeDefined();
          if (without.rules[id].lockedBy) expect(withAgent.rules[id].enabled).toBe(without.rules[id].enabled);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the managed toggle of a rule the final word over the team', () => {
    fc.assert(
      fc.property(ruleSet, fc.constantFrom(...ids), fc.boolean(), (team, id, enabled) => {
        const c = resolveConfig({ team, managed: { ruleSet: { version: 1, rules: { [id]: { enabled } } } } });
        expect(c.rules[id].enabled).toBe(enabled);
        expect(c.rules[id].lockedBy).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
