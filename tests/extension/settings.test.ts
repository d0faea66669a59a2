// Stored settings: migrations of older shapes, sync quota fallback, corrupt data and refused imports (WXT fake browser).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Settings = typeof import('../../components/extension/settings') & typeof import('../../components/extension/rule-settings');

async function fresh(): Promise<Settings> {
  vi.resetModules();
  return { ...(await import('../../components/extension/settings')), ...(await import('../../components/extension/rule-settings')) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage migrations', () => {
  it('brings version 1 agent choices ({ disabledRules }) to version 2 ({ off })', async () => {
    await fakeBrowser.storage.sync.set({ agentChoices: { disabledRules: ['no-jargon', 'no-jargon', 7] } });
    const s = await fresh();
    const loaded = await s.loadSettings();
    expect(loaded.agent).toEqual({ off: ['no-jargon'] });
    expect(await fakeBrowser.storage.sync.get(['agentChoices', 'agentChoices$'])).toEqual({ agentChoices: { off: ['no-jargon'] }, agentChoices$: { v: 2 } });
  });

  it('moves the site switch from local storage (older versions) to sync storage', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['old.example'] });
    await fakeBrowser.storage.sync.set({ disabledSites: ['new.example'] });
    vi.resetModules();
    const { migrateLegacyStorage } = await import('../../components/extension/legacy-migration');
    await migrateLegacyStorage();
    expect((await fakeBrowser.storage.sync.get('disabledSites')).disabledSites).toEqual(['new.example', 'old.example']);
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({});
  });
});

describe('loadSettings', () => {
  it('falls back to the imported team defaults, with a notice, when the stored rule set is corrupt', async () => {
    await fakeBrowser.storage.local.set({ importedRuleSet: { version: 1, preset: 'strict' } });
    await fakeBrowser.storage.sync.set({ teamRuleSet: { version: 1, rules: { 'no-jargon': { enabled: 'maybe' } } } });
    const s = await fresh();
    const loaded = await s.loadSettings();
    expect(loaded.team).toEqual({ version: 1, preset: 'strict' });
    expect(loaded.notices[0]).toMatch(/could not be read \(rules\.no-jargon\.enabled: must be a boolean\)/);
  });

  it('repairs unreadable agent choices and site lists', async () => {
    await fakeBrowser.storage.sync.set({ agentChoices: 'garbage', agentChoices$: { v: 2 }, disabledSites: [1, 'a.example'] });
    const s = await fresh();
    const loaded = await s.loadSettings();
    expect(loaded.agent).toEqual({ off: [] });
    expect(loaded.disabledSites).toEqual(['a.example']);
    expect(loaded.notices.join(' ')).toMatch(/unreadable/);
  });

  it('ignores an invalid managed policy and says so', async () => {
    await fakeBrowser.storage.managed.set({ ruleSet: { version: 3 } });
    const s = await fresh();
    const loaded = await s.loadSettings();
    expect(loaded.managed).toBeNull();
    expect(loaded.notices.join(' ')).toMatch(/administrator's policy is invalid/);
  });
});

describe('saving and importing', () => {
  it('keeps a rule set that outgrows sync storage on this computer and tells the agent', async () => {
    const s = await fresh();
    const phrases = Array.from({ length: 200 }, (_, i) => ({ phrase: `avoid this phrase number ${i}`, replacement: `say this instead ${i}`, category: 'scripted' as const }));
    expect(await s.saveTeamRuleSet({ version: 1, phrases })).toBe('local');
    const loaded = await s.loadSettings();
    expect(loaded.team?.phrases).toHaveLength(200);
    expect(loaded.location).toBe('local');
    expect(loaded.notices.join(' ')).toMatch(/too large to sync/);
    expect(await s.saveTeamRuleSet({ version: 1, preset: 'minimal' })).toBe('sync');
    expect((await s.loadSettings()).team).toEqual({ version: 1, preset: 'minimal' });
  });

  it('refuses a broken import and leaves every setting as it was', async () => {
    const s = await fresh();
    await s.importRuleSetText(JSON.stringify({ version: 1, preset: 'strict' }));
    const before = { sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) };
    const r = await s.importRuleSetText(JSON.stringify({ version: 1, phrases: [{ phrase: 'x', category: 'scripted', replacement: 3 }] }));
    expect(r).toEqual({ ok: false, errors: ['phrases[0].replacement: must be a string'] });
    expect({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) }).toEqual(before);
  });

  it('resets to the imported team defaults and clears the agent choices', async () => {
    const s = await fresh();
    await s.importRuleSetText(JSON.stringify({ version: 1, preset: 'minimal' }));
    await s.saveTeamRuleSet({ version: 1, preset: 'strict' });
    await s.setAgentOff('jargon', true);
    await s.resetToTeamDefaults();
    const loaded = await s.loadSettings();
    expect(loaded.team).toEqual({ version: 1, preset: 'minimal' });
    expect(loaded.agent).toEqual({ off: [] });
  });

  it('switches a category back on together with its rules', async () => {
    const s = await fresh();
    await s.setAgentOff('no-jargon', true);
    await s.setAgentOff('scripted', true);
    await s.setAgentOff('jargon', false);
    expect((await s.loadSettings()).agent).toEqual({ off: ['scripted'] });
  });
});
