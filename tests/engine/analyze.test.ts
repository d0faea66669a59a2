// analyze(): ordering, exact offsets, per-line caching and isolation of a failing rule.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, clearAnalysisCache, setRuleErrorHandler } from '../../lib/analyze';
import { rulesById } from '../../lib/rules';

const scripted = 'Please be advised that the store is shut. We apologise for any inconvenience caused.';

afterEach(() => {
  vi.restoreAllMocks();
  clearAnalysisCache();
});

describe('analyze', () => {
  it('returns nothing for an empty or blank draft', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(' \n\t\r\n ')).toEqual([]);
  });

  it('rejects a draft that is not a string', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(TypeError);
  });

  it('returns findings sorted by offset whose text is the draft slice', () => {
    const draft = `Hi 👋🏽 Jo,\r\n\t${scripted}\u00A0“Rest assured” — rest assured, it’s fine 🙏`;
    const found = analyze(draft);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const f of found) expect(f.text).toBe(draft.slice(f.start, f.end));
    const starts = found.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('keeps offsets exact after emoji and CRLF line ends', () => {
    const draft = '🙂🙂\r\nRest assured, it is fine.';
    const [f] = analyze(draft);
    expect(f.start).toBe(draft.indexOf('Rest'));
    expect(f.text.startsWith('Rest assured')).toBe(true);
  });

  it('re-analyses only the lines that changed', () => {
    const rule = rulesById.get('no-scripted-phrases')!;
    const spy = vi.spyOn(rule, 'check');
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i}: rest assured, it is fine.`);
    analyze(lines.join('\n'));
    expect(spy).toHaveBeenCalledTimes(20);
    spy.mockClear();
    lines[7] = 'Line 7: we value your loyalty.';
    const found = analyze(lines.join('\n'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(found).toHaveLength(20);
  });

  it('skips a rule that throws, reports it once, and still runs the others', () => {
    const broken = rulesById.get('no-scripted-phrases')!;
    vi.spyOn(broken, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const reports: string[] = [];
    setRuleErrorHandler((id, e) => reports.push(`${id}: ${(e as Error).message}`));
    const teamConfig = {
      rules: { 'no-scripted-phrases': 'info' as const, 'team-phrases': 'warning' as const },
      phrases: [{ phrase: 'store is shut', replacement: 'store is closed', category: 'scripted' as const }],
      jargon: { extra: [], allowed: [] },
    };
    const found = analyze(scripted, { rules: teamConfig });
    expect(found.map((f) => f.ruleId)).toEqual(['team-phrases']);
    expect(reports).toEqual(['no-scripted-phrases: boom']);
  });

  it('drops a suggestion that would lose a number, id, URL or e-mail', () => {
    const config = {
      rules: { 'team-phrases': 'warning' as const },
      phrases: [{ phrase: 'refund 42', replacement: 'refund', category: 'scripted' as const }],
      jargon: { extra: [], allowed: [] },
    };
    const [f] = analyze('Your refund 42 is due.', { rules: config });
    expect(f.suggestions).toEqual([]);
  });
});
