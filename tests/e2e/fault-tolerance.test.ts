// Fault tolerance in the browser: the extension reloading under an open tab, corrupt stored settings, two tabs editing at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type PageServer } from './harness/server';

type Chrome = { chrome: { runtime: { reload(): void }; storage: Record<string, { get(k: null | string): Promise<Record<string, unknown>>; set(v: object): Promise<void> }> } };
const highlightCount = () => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].reduce((n, h) => n + h.size, 0);

describe('fault tolerance', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the team defaults and a notice, never a blank page, when stored settings are corrupt', async () => {
    await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as Chrome).chrome;
      await c.storage.local.set({ importedRuleSet: { version: 1, preset: 'minimal' } });
      await c.storage.sync.set({ teamRuleSet: { version: 1, phrases: 'not a list' }, agentChoices: 42, agentChoices$: { v: 2 } });
    });
    const options = await browser.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('text=could not be read (phrases: must be an array)');
    await options.waitForSelector('text=Some of your own rule choices were unreadable');
    expect(await options.locator('input[name=preset][value=minimal]').isChecked()).toBe(true);
    expect(await options.locator('[data-category]').count()).toBe(11);
    expect(errors).toEqual([]);
    await options.close();
    await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as Chrome).chrome;
      await c.storage.sync.set({ teamRuleSet: null, agentChoices: { off: [] } });
      await (c.storage.local as unknown as { remove(k: string): Promise<void> }).remove('importedRuleSet');
    });
  });

  it('ends two tabs that change settings at the same time with the same settings', async () => {
    const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
    try {
    for (const p of [a, b]) {
      await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await p.waitForSelector('[data-rule="no-jargon"]');
    }
    const box = (p: typeof a, rule: string) => p.locator(`[data-rule="${rule}"] input[type=checkbox]`).first();
    await Promise.all([box(a, 'no-jargon').click(), box(b, 'no-scripted-phrases').click()]);
    await Promise.all([box(a, 'no-overpromising').click(), box(b, 'no-assumptions').click()]);
    const state = (p: typeof a) =>
      p.evaluate(() => [...document.querySelectorAll('.rule[data-rule]')].map((el) => `${el.getAttribute('data-rule')}:${(el.querySelector('input[type=checkbox]') as HTMLInputElement).checked}`).join(','));
    // The tabs settle within a few seconds: a tab whose save was overwritten replays its edit on the newer settings.
    const settled = async () => {
      const [sa, sb] = [await state(a), await state(b)];
      return sa === sb && ['no-jargon', 'no-scripted-phrases', 'no-overpromising', 'no-assumptions'].every((r) => sa.includes(`${r}:false`));
    };
    await expect.poll(settled, { timeout: 15000 }).toBe(true);
    const stored = await browser.worker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.sync.get('teamRuleSet')).teamRuleSet);
    const shown = await state(a);
    // Neither tab's change was lost: each edit is replayed on the freshest stored rule set.
    for (const rule of ['no-jargon', 'no-scripted-phrases', 'no-overpromising', 'no-assumptions']) expect(shown).toContain(`${rule}:false`);
    for (const [rule, on] of shown.split(',').map((x) => x.split(':'))) {
      const t = (stored as { rules?: Record<string, { enabled?: boolean }> } | null)?.rules?.[rule];
      if (t?.enabled !== undefined) expect(String(t.enabled)).toBe(on);
    }
    } finally {
      await a.close();
      await b.close();
      await browser.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.sync.set({ teamRuleSet: null }));
    }
  });

  it('goes quiet without errors when the extension reloads under an open helpdesk tab, and the page keeps working', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url('contenteditable'));
    await page.click('#reply');
    await page.keyboard.type('Please be advised that your order shipped.');
    await expect.poll(() => page.evaluate(highlightCount), { timeout: 8000 }).toBeGreaterThan(0);
    const before = await page.evaluate(highlightCount);
    await browser.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.reload()).catch(() => undefined);
    // The reloaded extension may inject a fresh content script; the old one must step aside, so there is
    // never a second set of underlines or a second <tactful-ui>.
    await new Promise((r) => setTimeout(r, 3000));
    await page.click('#reply');
    await page.keyboard.press('End');
    await page.keyboard.type(' Rest assured, it is fine.');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.getElementById('reply')!.innerText.trim())).toBe('Please be advised that your order shipped. Rest assured, it is fine.');
    expect(await page.evaluate(() => document.querySelectorAll('tactful-ui').length)).toBeLessThanOrEqual(1);
    const after = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h].map((r) => r.toString())),
    );
    // Each flagged phrase is underlined at most once (no leftover ranges from the old script).
    expect(new Set(after).size).toBe(after.length);
    expect(before).toBe(1);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
