// The extension and `tactful check --rules` give identical findings on the same drafts and rule set (the whole dev corpus).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeRuleSet, type RuleSet } from '../../lib/config/rule-set';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';

const root = join(__dirname, '../..');
// The labelled dev corpus when it sits next to the project; otherwise the project's own sample drafts.
const SHARED = join(root, '../shared/corpus/dev.jsonl');
const corpusPath = existsSync(SHARED) ? SHARED : join(root, 'tests/fixtures/drafts/sample-corpus.jsonl');
const cases: { id: string; customer?: string; draft: string }[] = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const TEAM: RuleSet = {
  version: 1,
  preset: 'strict',
  rules: { 'no-jargon': { severity: 'error' } },
  categories: { scripted: { severity: 'warning' } },
  phrases: [
    { phrase: 'no worries', replacement: 'happy to help', category: 'dismissive' },
    { phrase: 'as soon as possible', replacement: 'by the end of today', category: 'vague-commitment' },
  ],
  jargon: { extra: ['ticket'], allowed: ['PNR'] },
};

describe(`the extension and the CLI agree on ${cases.length} drafts`, () => {
  let browser: ExtensionBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'tactful-parity-'));
  const rulesFile = join(dir, 'team.json');
  writeFileSync(rulesFile, serializeRuleSet(TEAM));

  beforeAll(async () => {
    browser = await launchWithExtension();
  }, 90000);
  afterAll(async () => {
    await browser?.close();
  });

  it('gives identical findings with the same rule set', async () => {
    const input = cases.map((c) => JSON.stringify({ id: c.id, customer: c.customer, draft: c.draft })).join('\n') + '\n';
    const cli = spawnSync(process.execPath, [join(root, 'bin/tactful.mjs'), 'check', '--rules', rulesFile, '--format', 'jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    const fromCli = new Map(cli.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((o) => [String(o.id), o.findings]));
    expect(fromCli.size).toBe(cases.length);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.setInputFiles('[data-testid="import-file"]', rulesFile);
    await options.waitForSelector('text=Imported team.json');
    const draft = options.locator('[data-testid="preview-draft"]');
    const customer = options.getByLabel("Customer's message (optional)");
    const mismatches: string[] = [];
    for (const c of cases) {
      await customer.fill(c.customer ?? '');
      await draft.fill(c.draft);
      const findings = await options.evaluate((d) => {
        const marked = document.querySelector('.marked')?.textContent ?? '';
        if (marked !== d) return null;
        return [...document.querySelectorAll('[data-testid="preview-findings"] li[data-finding]')].map((li) => JSON.parse(li.getAttribute('data-finding')!));
      }, c.draft);
      if (JSON.stringify(findings) !== JSON.stringify(fromCli.get(String(c.id)))) mismatches.push(c.id);
    }
    expect(mismatches).toEqual([]);
  }, 300000);
});
