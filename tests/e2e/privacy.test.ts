// Privacy by construction: the extension makes no network request and asks for no permission it doesn't need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type PageServer } from './harness/server';

describe('privacy', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    browser.context.on('request', (r) => requests.push(r.url()));
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends nothing anywhere while the agent drafts, opens the card, applies a rewrite and opens the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('contenteditable'));
    await page.click('#reply');
    await page.keyboard.type('Please be advised that your refund for order 48213 was sent to jo@example.com.');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tactful-info')?.size);
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Enter');
    await page.locator('tactful-ui button[data-suggestion]').first().click();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('.popup');
    await page.waitForTimeout(500);
    // Our own files: by id, or by the per-session dynamic URL of the lazily loaded parts.
    const own = (u: string) => u.startsWith(`chrome-extension://${browser.extensionId}/`) || /^chrome-extension:\/\/[0-9a-f-]{36}\/(engine|nlp|card)\.js$/.test(u);
    const foreign = requests.filter((u) => !u.startsWith(server.origin) && !own(u));
    expect(foreign).toEqual([]);
    // The draft's words never appear in any request, not even to the local page's own server.
    expect(requests.filter((u) => /refund|48213|jo@example/.test(u))).toEqual([]);
    expect(requests.some((u) => u.startsWith(server.origin))).toBe(true);
  });

  it('ships no code that could open a connection', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const scripts = [manifest.background.service_worker, ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)];
    for (const file of scripts) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/\bXMLHttpRequest\b|\bnew WebSocket\b|\bsendBeacon\b|\bnew EventSource\b|\bfetch\(/);
    }
  });

  it('asks only for storage: no host permissions, no tabs, no page-callable messaging, nothing predictable for pages to load', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    // Only the lazily loaded engine, grammar backend and card, behind a per-session URL pages can't predict.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['engine.js', 'nlp.js', 'card.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
    expect(manifest.content_security_policy).toBeUndefined();
  });
});
