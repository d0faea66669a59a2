// Property-based tests: the engine never throws on random or adversarial drafts and its findings are always well-formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { applySuggestion } from '../../lib/engine/apply-suggestion';
import { presetConfig } from '../../lib/config/presets';
import type { Finding } from '../../lib/engine/types';

// Fragments that trigger rules, mixed into random text so findings actually occur.
const TRIGGERS = [
  "That's on the courier, not us.", 'Please be advised that', 'We apologise for any inconvenience caused.', 'I guarantee it will arrive tomorrow',
  'someone will get back to you soon', 'Just restart it.', 'You probably typed it wrong.', "There's nothing I can do.", 'Our SKU is OOS at the DC.',
  'Could you send me your order number?', "That's not true.", 'Rest assured,', 'rules are rules', 'per my last email', 'calm down',
];
const CUSTOMERS = ['', 'My order #48213 never arrived and I am furious!!', 'How do I change my address?', 'Thanks, it works now.', 'My email is jo@x.io, order 77310. Photo attached.'];

const emoji = fc.constantFrom('👋', '🙏🏽', '👩‍👩‍👧', '🇬🇧', '❤️', '🙂');
const combining = fc.constantFrom('e\u0301', 'n\u0303', 'a\u0308\u0304');
const rtl = fc.constantFrom('שלום עולם', 'مرحبا بك', 'סליחה על העיכוב');
const html = fc.constantFrom('<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '<b>bold</b>', '&amp;&lt;');
const punct = fc.string({ unit: fc.constantFrom('.', '!', '?', ',', ';', '—', '…', '"', "'", '’', '(', ')'), maxLength: 20 });
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: combining },
  { weight: 1, arbitrary: rtl },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: punct },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\t', '\u00A0', '  ', '\n\n') },
);
const draft = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(' '));

function wellFormed(text: string, findings: Finding[]): void {
  const byRule = new Map<string, number>();
  let prevStart = -1;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    // Code-unit boundaries that never split a surrogate pair.
    for (const at of [f.start, f.end]) {
      const c = text.charCodeAt(at);
      expect(at < text.length && c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
    expect(f.start).toBeGreaterThanOrEqual(prevStart);
    prevStart = f.start;
    const key = f.ruleId + f.category;
    expect(f.start).toBeGreaterThanOrEqual(byRule.get(key) ?? 0);
    byRule.set(key, f.end);
    for (const [i] of f.suggestions.entries()) {
      const out = applySuggestion(text, f, i);
      expect(out.slice(0, f.start)).toBe(text.slice(0, f.start));
      expect(out.slice(out.length - (text.length - f.end))).toBe(text.slice(f.end));
    }
  }
}

describe('engine properties', () => {
  it('never throws, and every finding is well-formed, on random and adversarial drafts', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...CUSTOMERS), (text, customer) => {
        wellFormed(text, analyze(text, { customer: customer || undefined }));
      }),
      { numRuns: 400 },
    );
  });

  it('holds with every rule on, team phrases included', () => {
    const config = { ...presetConfig('strict'), phrases: [{ phrase: 'no worries', replacement: 'happy to help', category: 'dismissive' as const }] };
    config.rules = { ...config.rules, 'team-phrases': 'warning' };
    fc.assert(
      fc.property(draft, (text) => {
        const full = text + ' no worries';
        wellFormed(full, analyze(full, { rules: config }));
      }),
      { numRuns: 150 },
    );
  });

  it('handles a 100,000-character line, only punctuation, and one phrase repeated a thousand times', () => {
    const long = ('The parcel is on its way and I will email you by 5 pm. ').repeat(1800).slice(0, 100_000);
    wellFormed(long, analyze(long));
    const dots = '.!?,;:—…'.repeat(5000);
    expect(analyze(dots)).toEqual([]);
    const repeated = 'Rest assured, we value your loyalty! '.repeat(1000);
    const found = analyze(repeated);
    wellFormed(repeated, found);
    expect(found.length).toBeGreaterThanOrEqual(1000);
  });

  it('gives the same findings however the draft is split into lines (CRLF or LF)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRIGGERS), { minLength: 1, maxLength: 6 }), (lines) => {
        const lf = lines.join('\n');
        const crlf = lines.join('\r\n');
        const a = analyze(lf).map((f) => [f.ruleId, f.text.replace(/\r/g, '')]);
        const b = analyze(crlf).map((f) => [f.ruleId, f.text.replace(/\r/g, '')]);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
