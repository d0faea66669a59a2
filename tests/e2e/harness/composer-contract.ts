// The contract every editor adapter passes, end to end in Chromium with the built extension:
// read the draft, underline exactly the flagged words, apply a rewrite from the card and from the popup,
// undo it in one step, leave the caret after it, and let the agent keep typing without losing a character.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { analyze } from '../../../lib/analyze';
import type { Finding } from '../../../lib/engine/types';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startServer, type PageServer } from './server';

export interface EditorSpec {
  /** Test page name: tests/e2e/pages/<page>.html (+ .ts bundle). */
  page: string;
  /** Selector of the editable, inside `frame` when given. */
  editable: string;
  /** Selector of the same-origin iframe that holds the editable (TinyMCE, CKEditor 4). */
  frame?: string;
  /**
   * Soak edit kinds the editor itself cannot take, each with the reason (shown in the soak's report). Only for
   * faults reproduced with no extension loaded (SOAK_BARE=1).
   */
  soakWithout?: Record<string, string>;
}

/** A flawed three-paragraph draft with an emoji and line breaks. */
export const DRAFT = [
  'Hi Jo 👋,',
  'Please be advised that your order shipped. We apologise for any inconvenience caused.',
  'Rest assured, the parcel is on its way and we value your loyalty!',
];

const norm = (s: string) => s.replace(/\u00A0/g, ' ').replace(/\n+$/, '');

export function composerContract(spec: EditorSpec): void {
  describe(`${spec.page} composer`, () => {
    let browser: ExtensionBrowser;
    let server: PageServer;
    let page: Page;
    let frame: Frame;
    const errors: string[] = [];

    const modelText = async () => norm(await page.evaluate(() => (window as unknown as { tactfulTest: { text(): string } }).tactfulTest.text()));

    /** The underline ranges the extension registered, as [highlight name, covered text]. */
    const underlines = () =>
      frame.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
          .filter(([name]) => name.startsWith('tactful-'))
          .flatMap(([name, h]) => [...h].map((r) => [name, r.toString().replace(/\u00A0/g, ' ')] as [string, string])),
      );

    const expectedUnderlines = (text: string) => analyze(text).map((f) => [`tactful-${f.severity}`, f.text] as [string, string]);
    const sorted = (xs: [string, string][]) => [...xs].sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));

    async function waitForUnderlines(): Promise<string> {
      let text = '';
      await expect
        .poll(async () => {
          text = await modelText();
          return JSON.stringify(sorted(await underlines())) === JSON.stringify(sorted(expectedUnderlines(text)));
        }, { timeout: 8000, interval: 100 })
        .toBe(true);
      return text;
    }

    /** Clicks the middle of the n-th underline covering `text`, in page coordinates. */
    async function clickUnderline(text: string): Promise<void> {
      const point = await frame.evaluate((wanted) => {
        const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
        const r = all.find((x) => x.toString().replace(/\u00A0/g, ' ') === wanted);
        if (!r) return null;
        const rect = r.getClientRects()[0];
        return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
      }, text);
      expect(point, `no underline for "${text}"`).not.toBeNull();
      const offset = spec.frame ? await page.locator(spec.frame).boundingBox() : { x: 0, y: 0 };
      await page.mouse.click(point!.x + offset!.x, point!.y + offset!.y);
    }

    const firstRewritable = (text: string): Finding => {
      const f = analyze(text).find((x) => x.suggestions.length > 0);
      expect(f, 'the draft should have a finding with a rewrite').toBeDefined();
      return f!;
    };
    const applied = (text: string, f: Finding, extra = '') => text.slice(0, f.start) + f.suggestions[0].text + extra + text.slice(f.end);

    beforeAll(async () => {
      server = await startServer();
      browser = await launchWithExtension();
      page = await browser.context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.goto(server.url(spec.page));
      await page.waitForFunction(() => (window as unknown as { tactfulTest?: { ready: boolean } }).tactfulTest?.ready === true, null, { timeout: 20000 });
      frame = spec.frame ? (await (await page.$(spec.frame))!.contentFrame())! : page.mainFrame();
    }, 60000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('underlines exactly the flagged words of a typed three-paragraph draft with an emoji', async () => {
      await frame.click(spec.editable);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      for (const [i, line] of DRAFT.entries()) {
        if (i) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
      const text = await waitForUnderlines();
      expect(text).toBe(DRAFT.join('\n'));
      expect((await underlines()).length).toBeGreaterThanOrEqual(3);
    });

    it('applies a rewrite from the card through the editor, and one undo restores the old text', async () => {
      const before = await modelText();
      const f = firstRewritable(before);
      await clickUnderline(f.text);
      const button = page.locator('tactful-ui button[data-suggestion]').first();
      await button.waitFor({ timeout: 5000 });
      expect(await page.locator('tactful-ui button[data-suggestion]').count()).toBe(f.suggestions.length);
      await button.click();
      await expect.poll(modelText, { timeout: 5000 }).toBe(applied(before, f));
      await page.keyboard.press('Control+z');
      await expect.poll(modelText, { timeout: 5000 }).toBe(before);
      await waitForUnderlines();
    });

    it('leaves the caret right after the rewrite (keyboard: Alt+Enter, arrows, Enter)', async () => {
      const before = await modelText();
      const f = firstRewritable(before);
      await clickUnderline(f.text);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+Enter');
      const first = page.locator('tactful-ui button[data-suggestion]').first();
      await first.waitFor({ timeout: 5000 });
      const cardFocus = () => page.evaluate(() => document.querySelector('tactful-ui')?.shadowRoot?.activeElement?.getAttribute('data-suggestion'));
      await expect.poll(cardFocus).toBe('0');
      // The selectionchange of a caret move can arrive after the card opened (the agent clicked or pressed an arrow
      // just before Alt+Enter); an editor that answers it by focusing its root (Lexical does) must not leave the
      // card without focus. Moving the document's caret one character reproduces that late event.
      await frame.evaluate(() => new Promise((r) => { getSelection()?.modify('move', 'forward', 'character'); requestAnimationFrame(() => requestAnimationFrame(r)); }));
      await page.waitForTimeout(100);
      expect(await cardFocus()).toBe('0');
      await page.keyboard.press('Enter');
      await expect.poll(modelText, { timeout: 5000 }).toBe(applied(before, f));
      await page.keyboard.type('Z');
      await expect.poll(modelText, { timeout: 5000 }).toBe(applied(before, f, 'Z'));
      await page.keyboard.press('Backspace');
      await expect.poll(modelText, { timeout: 5000 }).toBe(applied(before, f));
    });

    it('applies a rewrite chosen in the toolbar popup', async () => {
      await frame.click(spec.editable);
      const before = await waitForUnderlines();
      // Without the "tabs" permission tab URLs are hidden; the helpdesk page is the newest tab.
      const tabId = await browser.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.length ? Math.max(...tabs.map((t) => t.id ?? -1)) : null;
      });
      expect(tabId).not.toBeNull();
      const popup = await browser.context.newPage();
      try {
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
        const article = popup.locator('article', { has: popup.locator('button[data-suggestion]') }).first();
        const button = article.locator('button[data-suggestion]').first();
        await button.waitFor({ timeout: 5000 });
        const flagged = (await article.locator('q.flagged').textContent())!;
        const label = (await button.getAttribute('data-replacement'))!;
        const f = analyze(before).find((x) => x.text.trim() === flagged && x.suggestions[0]?.text === label);
        expect(f, `popup offers "${flagged}" → "${label}"`).toBeDefined();
        await button.click();
        await expect.poll(modelText, { timeout: 5000 }).toBe(applied(before, f!));
        await popup.close();
        await page.bringToFront();
        await page.keyboard.press('Control+z');
        await expect.poll(modelText, { timeout: 5000 }).toBe(before);
      } finally {
        if (!popup.isClosed()) await popup.close();
      }
    });

    it('lets the agent keep typing with no caret jump and no lost character', async () => {
      const before = await modelText();
      await frame.click(spec.editable);
      await page.keyboard.press('Control+End');
      const tail = ' Thanks for waiting, we will update you by 5 pm today 🙂.';
      // Slow enough that analyses run between keystrokes.
      await page.keyboard.type(tail, { delay: 35 });
      await expect.poll(modelText, { timeout: 5000 }).toBe(before + tail);
      await waitForUnderlines();
    });

    it('logs no error on the page', () => {
      expect(errors).toEqual([]);
    });
  });
}
