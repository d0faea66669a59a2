// End-to-end: team rule sets on the options page reach helpdesk tabs live; broken files change nothing; exports round-trip; policy locks hold.
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../lib/analyze';
import { resolveConfig } from '../../lib/config/resolve-config';
import { serializeRuleSet, type RuleSet } from '../../lib/config/rule-set';
import { launchWithExtension, POLICY_DIR, unpackedExtensionId, type ExtensionBrowser } from './harness/browser';
import { startServer, type PageServer } from './harness/server';

const dir = mkdtempSync(join(tmpdir(), 'tactful-rules-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const DRAFT = 'Please be advised that your order shipped. Per our policy, refunds take ten days.';
const TEAM: RuleSet = {
  version: 1,
  name: 'E2E team',
  categories: { scripted: { enabled: false } },
  phrases: [{ phrase: 'per our policy', replacement: 'Because of how refunds work', category: 'policy-hiding' }],
};

type Underline = [string, string];
const underlines = (page: Page) =>
  page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()].flatMap(([n, h]) => [...h].map((r) => [n, r.toString()] as [string, string])),
  );
const sorted = (xs: Underline[]) => [...xs].sort((a, b) => (a.join() < b.join() ? -1 : 1));
const storageSnapshot = (b: ExtensionBrowser) =>
  b.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<object> }> } }).chrome.storage;
    return { sync: await api.sync.get(null), local: await api.local.get(null) };
  });

describe('team rule sets', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let helpdesk: Page;
  let options: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    helpdesk = await browser.context.newPage();
    await helpdesk.goto(server.url('contenteditable'));
    await helpdesk.click('#reply');
    await helpdesk.keyboard.type(DRAFT);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('text=Checks');
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports a rule set and the open helpdesk tab re-underlines live; the team phrase applies with one click', async () => {
    const before = sorted(analyze(DRAFT).map((f) => [`tactful-${f.severity}`, f.text]));
    await expect.poll(async () => sorted(await underlines(helpdesk)), { timeout: 8000 }).toEqual(before);
    await options.setInputFiles('[data-testid="import-file"]', file('team.json', serializeRuleSet(TEAM)));
    await options.waitForSelector('text=Imported team.json');

    const engine = resolveConfig({ team: TEAM }).engine;
    const expected = analyze(DRAFT, { rules: engine });
    expect(expected.some((f) => f.ruleId === 'team-phrases')).toBe(true);
    expect(expected.some((f) => f.category === 'scripted')).toBe(false);
    await expect.poll(async () => sorted(await underlines(helpdesk)), { timeout: 8000 }).toEqual(sorted(expected.map((f) => [`tactful-${f.severity}`, f.text])));

    const phrase = expected.find((f) => f.ruleId === 'team-phrases')!;
    await helpdesk.bringToFront();
    const point = await helpdesk.evaluate((wanted) => {
      const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]).find((x) => x.toString() === wanted)!;
      const b = r.getClientRects()[0];
      return { x: b.left + 6, y: b.top + b.height / 2 };
    }, phrase.text);
    await helpdesk.mouse.click(point.x, point.y);
    await helpdesk.locator('tactful-ui button[data-suggestion]').first().click();
    const text = DRAFT.slice(0, phrase.start) + phrase.suggestions[0].text + DRAFT.slice(phrase.end);
    await expect.poll(() => helpdesk.evaluate(() => document.getElementById('reply')!.innerText.trim()), { timeout: 5000 }).toBe(text);
  });

  it('refuses a broken file, names the field at fault and changes nothing', async () => {
    const before = await storageSnapshot(browser);
    await options.bringToFront();
    await options.setInputFiles('[data-testid="import-file"]', file('broken.json', JSON.stringify({ version: 1, phrases: [{ phrase: 'x', category: 'scripted', replacement: 3 }] })));
    await options.waitForSelector('text=phrases[0].replacement: must be a string');
    await options.setInputFiles('[data-testid="import-file"]', file('notjson.json', '{ "version": 1, '));
    await options.waitForSelector('text=not valid JSON');
    await options.setInputFiles('[data-testid="import-file"]', file('hostile.json', JSON.stringify({ version: 1, phrases: [{ phrase: '<img src=x onerror=alert(1)>', category: 'scripted' }] })));
    await options.waitForSelector('text=phrases[0].phrase: must be plain words');
    expect(await storageSnapshot(browser)).toEqual(before);
  });

  it('exports a file that imports back to the identical file', async () => {
    await options.bringToFront();
    const [first] = await Promise.all([options.waitForEvent('download'), options.click('button:has-text("Export")')]);
    const a = readFileSync((await first.path())!, 'utf8');
    expect(JSON.parse(a)).toEqual(JSON.parse(serializeRuleSet(TEAM)));
    await options.setInputFiles('[data-testid="import-file"]', file('roundtrip.json', a));
    await options.waitForSelector('text=Imported roundtrip.json');
    const [second] = await Promise.all([options.waitForEvent('download'), options.click('button:has-text("Export")')]);
    expect(readFileSync((await second.path())!, 'utf8')).toBe(a);
  });
});

let policyWritable = false;
try {
  mkdirSync(POLICY_DIR, { recursive: true });
  accessSync(POLICY_DIR, constants.W_OK);
  policyWritable = true;
} catch {
  policyWritable = false;
}

// Chromium reads enterprise policy only from a root-owned folder; CI runs as root (it installs Chromium with apt-get).
describe.skipIf(!policyWritable)('a rule set pushed by enterprise policy (needs write access to /etc/chromium/policies)', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  const policyFile = join(POLICY_DIR, `tactful-e2e-${process.pid}.json`);

  beforeAll(async () => {
    const policy = { version: 1, rules: { 'no-scripted-phrases': { enabled: false } }, agentMayDisable: [] };
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId()]: { ruleSet: policy, lockedBy: 'QA Team' } } } }));
    server = await startServer();
    browser = await launchWithExtension();
  }, 90000);
  afterAll(async () => {
    rmSync(policyFile, { force: true });
    await browser?.close();
    await server?.close();
  });

  it('shows the locked setting, who locks it, and refuses to change it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('text=managed by');
    const rule = options.locator('[data-rule="no-scripted-phrases"]');
    await expect.poll(() => rule.locator('text=Locked by QA Team').count()).toBeGreaterThan(0);
    const box = rule.locator('input[type=checkbox]').first();
    expect(await box.isDisabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await box.click({ force: true });
    expect(await box.isChecked()).toBe(false);

    const helpdesk = await browser.context.newPage();
    await helpdesk.goto(server.url('contenteditable'));
    await helpdesk.click('#reply');
    await helpdesk.keyboard.type(DRAFT + ' That is on the courier, not us.');
    await expect.poll(async () => (await underlines(helpdesk)).length, { timeout: 8000 }).toBeGreaterThan(0);
    expect((await underlines(helpdesk)).map(([, t]) => t)).not.toContain('Please be advised that your');
  });
});
