// A long draft full of findings: only the underlines near the visible area are registered, and they follow scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type PageServer } from './harness/server';

const PARAGRAPH = 'Please be advised that this is company policy. Unfortunately there is nothing we can do about it.';

/** Every registered underline, with its text and where it sits relative to the viewport. */
function underlines(page: Page) {
  return page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
      .filter(([name]) => name.startsWith('tactful-'))
      .flatMap(([, set]) => [...set])
      .map((r) => ({ text: r.toString(), top: r.getBoundingClientRect().top, height: window.innerHeight })),
  );
}

describe('long drafts', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers the underlines near the viewport only, and brings in the others as the agent scrolls', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('contenteditable'));
    await page.evaluate((p) => {
      const reply = document.getElementById('reply')!;
      reply.innerHTML = Array.from({ length: 120 }, (_, i) => `<p>${i + 1}. ${p}</p>`).join('');
    }, PARAGRAPH);
    await page.click('#reply');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tactful-warning')?.size);
    await page.waitForTimeout(400);

    const atTop = await underlines(page);
    expect(atTop.length).toBeGreaterThan(0);
    // 120 paragraphs with three findings each: far fewer than 360 are registered, all near the viewport.
    expect(atTop.length).toBeLessThan(200);
    for (const u of atTop) expect(u.top).toBeLessThanOrEqual(2 * u.height);
    expect(atTop.some((u) => u.text.startsWith('Please be advised'))).toBe(true);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => {
      const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((s) => [...s]);
      return all.some((r) => (r.startContainer.parentElement?.textContent ?? '').startsWith('120.'));
    });
    const atBottom = await underlines(page);
    for (const u of atBottom) expect(u.top).toBeGreaterThanOrEqual(-u.height);
  });
});
