// Security: markup in a draft, a customer message or a rule set is shown as text and never runs; pages cannot call the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type PageServer } from './harness/server';

type Chrome = { chrome: { storage: { sync: { set(v: object): Promise<void> } } } };

/** Each payload sets a different flag if it ever runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '"><iframe src="javascript:window.top.__pwned=4"></iframe>',
];

describe('security', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    // A team rule set that reached storage without the importer's checks (another tool, a synced profile).
    await browser.worker.evaluate(
      (payloads) =>
        (globalThis as unknown as Chrome).chrome.storage.sync.set({
          teamRuleSet: { version: 1, phrases: payloads.map((p) => ({ phrase: 'kind regards', replacement: p, category: 'scripted', note: p })) },
        }),
      PAYLOADS,
    );
    page = await browser.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url('zendesk-demo'));
    // The customer's message carries the payloads as text, the way a helpdesk shows what a customer typed.
    await page.evaluate((payloads) => {
      const p = document.querySelector('[data-test-id="omni-log-message-content"] p')!;
      p.textContent = `My parcel ${payloads.join(' ')} never arrived and this is really frustrating!`;
    }, PAYLOADS);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
  const injected = (p: Page) =>
    p.evaluate(() => {
      const root = document.querySelector('tactful-ui')?.shadowRoot ?? document;
      // Our own UI uses no images or frames; anything with an event-handler attribute or a script is injected.
      return [...root.querySelectorAll('*')].filter((el) => (/^(script|iframe|object|embed)$/i.test(el.tagName) && !/^\/chunks\//.test(el.getAttribute('src') ?? '')) || [...el.attributes].some((a) => /^on/i.test(a.name)) || (el.tagName === 'IMG' && el.getAttribute('src') === 'x')).map((el) => el.outerHTML.slice(0, 80));
    });

  it('shows markup typed into the draft and the customer message as text in the card and the popup', async () => {
    await page.click('#reply');
    await page.keyboard.insertText(`Please be advised ${PAYLOADS.join(' ')} your refund was sent. Kind regards`);
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].some((h) => h.size > 0));
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    await page.locator('tactful-ui button[data-suggestion]').first().waitFor({ timeout: 5000 });
    expect(await injected(page)).toEqual([]);
    // The card quotes the draft with the payload as characters.
    const cardText = await page.evaluate(() => document.querySelector('tactful-ui')!.shadowRoot!.textContent ?? '');
    expect(cardText.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('.popup');
    await page.waitForTimeout(300);
    expect(await injected(popup)).toEqual([]);
    await popup.close();

    // Applying the missing-empathy rewrite, which names the customer's problem, inserts text, not markup.
    expect(await page.evaluate(() => document.querySelectorAll('#reply img, #reply script, #reply svg, #reply iframe').length)).toBe(0);
    expect(await pwned()).toBeNull();
    expect(dialogs).toEqual([]);
  });

  it('refuses a stored rule set whose rewrites hold markup, and runs none of it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-rule="no-jargon"]');
    expect(await injected(options)).toEqual([]);
    // The page names the problem instead of going blank.
    await expect.poll(() => options.evaluate(() => document.body.innerText)).toMatch(/replacement|not valid|team defaults|could not/i);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    await options.close();
    expect(await pwned()).toBeNull();
  });

  it('gives pages nothing to call: no externally_connectable, no window message listener, the default CSP', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    for (const file of manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/addEventListener\(\s*["']message["']|onmessage\s*=/);
    }
  });
});
