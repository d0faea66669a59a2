// End-to-end: the options page audits dropped export files in the browser, with the same numbers as the CLI.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../lib/audit/run';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';

const fx = (f: string) => join(__dirname, '../fixtures/exports', f);
const FILES = ['zendesk-macros.json', 'saved-replies.csv', 'helpscout-saved-replies.json'];

describe('audit on the options page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  }, 90000);
  afterAll(async () => {
    await browser?.close();
  });

  it('checks dropped exports fully in the browser and reports what the CLI reports', async () => {
    const expected = await runAudit(FILES.map((f) => ({ name: f, size: statSync(fx(f)).size, chunks: createReadStream(fx(f)) as AsyncIterable<Uint8Array> })));
    const requests: string[] = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.setInputFiles('[data-testid="audit-file"]', FILES.map(fx));
    const result = page.locator('[data-testid="audit-result"]');
    await result.waitFor({ timeout: 15000 });
    const text = (await result.textContent())!;
    expect(text).toContain(`${expected.replies} replies checked`);
    expect(text).toContain(`${expected.repliesWithFindings} with findings`);
    expect(text).toContain(`${expected.findings} findings`);
    expect(text).toContain('row 5, field text: is empty');
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
  });
});
