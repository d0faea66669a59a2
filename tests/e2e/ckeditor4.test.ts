// End-to-end: the coach in CKEditor 4's iframe editing area (Salesforce's email composer), also after the editor rewrites its iframe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { composerContract } from './harness/composer-contract';
import { composerSoak } from './harness/composer-soak';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startServer, type PageServer } from './harness/server';

const FRAME = 'iframe.cke_wysiwyg_frame';

const spec = {
  page: 'ckeditor4',
  frame: FRAME,
  editable: 'body.cke_editable',
  soakWithout: {
    'undo-redo':
      'CKEditor 4 does not redo reliably: after Backspace x3 then Ctrl+Z, neither Ctrl+Shift+Z nor Ctrl+Y removes the characters again, with no extension loaded (one undo of a rewrite is checked by the contract)',
  },
};
composerContract(spec);
composerSoak(spec);

describe('ckeditor4 iframe rewritten by the editor', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(server.url('ckeditor4'));
    await page.waitForFunction(() => (window as unknown as { tactfulTest?: { ready: boolean } }).tactfulTest?.ready === true, null, { timeout: 20000 });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page's CKEditor instance (the test page exposes it as window.editor). */
  interface Ck4 {
    setData(html: string, callback: () => void): void;
    setMode(mode: string, callback: () => void): void;
  }

  /** Types a flawed sentence at the end, then clicks its underline and expects the card. */
  async function coachesAgain(): Promise<void> {
    const frame = (await (await page.$(FRAME))!.contentFrame())!;
    await frame.click('body');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Please be advised that we care.');
    const underline = () =>
      frame.evaluate(() => {
        const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
        const r = all.find((x) => x.toString().replace(/\u00A0/g, ' ') === 'Please be advised that we');
        const b = r?.getClientRects()[0];
        return b ? { x: b.left + 8, y: b.top + b.height / 2 } : null;
      });
    await expect.poll(underline, { timeout: 8000 }).not.toBeNull();
    const point = (await underline())!;
    const offset = (await page.locator(FRAME).boundingBox())!;
    await page.mouse.click(point.x + offset.x, point.y + offset.y);
    await page.locator('tactful-ui button[data-suggestion]').first().waitFor({ timeout: 5000 });
    await page.keyboard.press('Escape');
  }

  it('keeps coaching after setData() rewrites the iframe document with document.open()', async () => {
    await page.evaluate(() => new Promise<void>((r) => (window as unknown as { editor: Ck4 }).editor.setData('<p>Hello.</p>', () => r())));
    await coachesAgain();
  });

  it('keeps coaching after a source/wysiwyg mode switch replaces the iframe', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((r) => {
          const ed = (window as unknown as { editor: Ck4 }).editor;
          ed.setMode('source', () => ed.setMode('wysiwyg', () => r()));
        }),
    );
    await coachesAgain();
  });
});
