// `npm run screenshots`: headless Chromium pictures of the in-page card, popup, options page and audit report for the README.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import setup from '../tests/e2e/harness/global-setup';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { startServer } from '../tests/e2e/harness/server';

import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const here = dirname(fileURLToPath(import.meta.url));

const root = join(here, '..');
const out = join(root, 'tests/e2e/screenshots');
mkdirSync(out, { recursive: true });

setup();
const server = await startServer();
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(server.url('zendesk-demo'));
  await page.click('#reply');
  await page.keyboard.type("Hi Sam,");
  await page.keyboard.press('Enter');
  await page.keyboard.type("Could you send me the tracking number? That's on the courier, not us. Please be advised that we'll look into it and someone will get back to you soon.");
  await page.waitForTimeout(800);
  const point = await page.evaluate(() => {
    const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h]);
    const r = all.find((x) => x.toString().startsWith("That")) ?? all[0];
    const b = r.getClientRects()[0];
    return { x: b.left + 10, y: b.top + b.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await page.locator('tactful-ui button[data-suggestion]').first().waitFor();
  await page.screenshot({ path: join(out, 'card.png') });

  const tabId = await browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return Math.max(...(await api.tabs.query({})).map((t) => t.id ?? -1));
  });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 620 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('button[data-suggestion]').first().waitFor();
  await popup.screenshot({ path: join(out, 'popup.png') });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('text=Checks');
  await options.waitForTimeout(300);
  await options.screenshot({ path: join(out, 'options.png') });
  await options.locator('#phrases-h').scrollIntoViewIfNeeded();
  await options.screenshot({ path: join(out, 'options-phrases.png') });
} finally {
  await browser.close();
  await server.close();
}

const exports = join(root, 'tests/fixtures/exports');
const report = join(out, 'audit-report.html');
try {
  execFileSync(process.execPath, [join(root, 'bin/tactful.mjs'), 'audit', '--out', report, ...['zendesk-macros.json', 'freshdesk-canned-responses.json', 'helpscout-saved-replies.json', 'saved-replies.csv'].map((f) => join(exports, f))], { stdio: 'pipe' });
} catch {
  // Exit status 1 or 2 just means findings or input errors were reported; the report is written either way.
}
const viewer = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await viewer.newPage({ viewport: { width: 1100, height: 1300 } });
await p.goto(`file://${report}`);
await p.screenshot({ path: join(out, 'audit-report.png') });
await viewer.close();
console.log(`screenshots written to ${out}`);
