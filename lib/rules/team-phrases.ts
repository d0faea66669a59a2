// Flags the phrases a team lead listed in the rule set, with the team's preferred replacement.
import { defineRule } from '../engine/define-rule';
import { PhraseTable } from '../engine/patterns/table';
import type { EngineConfig, TeamPhrase } from '../engine/types';

const tables = new WeakMap<EngineConfig['phrases'], PhraseTable<TeamPhrase & { pattern: string; literal: true }>>();

function tableFor(phrases: EngineConfig['phrases']) {
  let t = tables.get(phrases);
  if (!t) {
    // Team phrases are matched word for word: they are data from a file, never pattern syntax or code.
    t = new PhraseTable(phrases.map((p) => ({ ...p, pattern: p.phrase, literal: true as const })));
    tables.set(phrases, t);
  }
  return t;
}

export default defineRule(
  'team-phrases',
  {
    category: 'scripted',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags the phrases your team has chosen to avoid and offers the replacement your team prefers.',
    rationale:
      'Team leads know the phrases that have caused complaints or clash with the brand voice; listing them keeps every agent consistent.',
    example: { bad: 'Per our policy, refunds take 10 days.', good: 'Refunds usually take 10 days.' },
  },
  (context) => {
    const phrases = context.config.phrases;
    if (!phrases.length) return;
    for (const m of tableFor(phrases).find(context.doc)) {
      const p = m.row;
      context.report({
        start: m.start,
        end: m.end,
        category: p.category,
        message: p.message ?? (p.replacement ? `Your team avoids “${p.phrase}”; try “${p.replacement}” instead.` : `Your team avoids “${p.phrase}”.`),
        suggestions: p.replacement !== undefined ? [p.replacement] : [],
      });
    }
  },
);
