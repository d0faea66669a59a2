// Flags guesses about the customer's mistakes, knowledge or intent, and turns them into questions or open statements.
import type { Doc, Span } from '../engine/doc';
import { memo } from '../engine/customer';
import { defineRule } from '../engine/define-rule';
import { removal } from '../engine/edits';
import { PhraseTable } from '../engine/patterns/table';
import { ASSUMPTION_CLASSES, ASSUMPTION_PHRASES } from './data/assumption-phrases';
import { dropClause, isEnder, isSeparator } from './tone/clauses';
import { KNOWLEDGE_VERBS, tagsAt } from './tone/grammar';
import { findPresumptions, PEOPLE, questionFor, type Presumption } from './tone/presumption';

const table = new PhraseTable(ASSUMPTION_PHRASES, ASSUMPTION_CLASSES, 'assumptions');

const FAULT_WHY = 'presumes the customer got something wrong; ask instead, or say what you found';
const KNOWS_WHY = 'assumes what the customer knows; give the information without the assumption';
const SUBORDINATORS = new Set(['once', 'when', 'if', 'because', 'before', 'after', 'while', 'since', 'as', 'until', 'unless', 'so', 'but', 'and', 'which', 'who', 'where']);
const CUES = new Set(['probably', 'likely', 'presumably', 'surely', 'must', 'doubt', 'doubtless', 'undoubtedly', 'obviously', 'clearly', 'evidently',
  'definitely', 'certainly', 'deliberately', 'intentionally', 'knowingly', 'purposely', 'assume', 'imagine', 'suspect', 'expect', 'guess',
  'bet', 'reckon', 'presume', 'suppose', 'guessing', 'assuming', 'betting', 'presuming', 'sure', 'certain', 'confident', 'take', 'dare',
  'daresay', 'chances', 'odds', 'likelihood', 'seem', 'appear', 'think', 'believe', 'feel', 'looks', 'seems', 'sounds', 'appears', 'say']);

function toPast(suggestion: string): string {
  return suggestion
    .replace(/^can sometimes be /, 'could also have been ')
    .replace(/^can be /, 'could have been ')
    .replace(/^can sometimes happen/, 'could also have happened')
    .replace(/^can happen/, 'could have happened');
}

/** Does the customer write about someone on their side ("my dad", "my son"), so that "he must have" is about them? */
function mentionsTheirPeople(doc: Doc, customer: import('../engine/customer').CustomerContext | null): boolean {
  const inDraft = hasPossessedPerson(doc, 'your');
  if (inDraft) return true;
  if (!customer) return false;
  return memo(customer, 'no-assumptions:people', () => hasPossessedPerson(customer.doc, 'my') || hasPossessedPerson(customer.doc, 'our'));
}

function hasPossessedPerson(doc: Doc, owner: string): boolean {
  const t = doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].norm !== owner) continue;
    if (PEOPLE.has(t[i + 1].norm) || (i + 2 < t.length && PEOPLE.has(t[i + 2].norm) && t[i + 1].kind === 'word')) return true;
  }
  return false;
}

const COMPREHENSION = new Set(['understand', 'appreciate', 'agree', 'see', 'realize', 'know']);
const CONTACTS = new Set(['call', 'chat', 'conversation', 'email', 'e-mail', 'message', 'visit', 'meeting', 'phone', 'letter', 'reply']);

/** "As you know from our call": knowledge the agent gave them, not knowledge presumed. */
function recallsSharedContact(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.norm !== 'from') return false;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    if (CONTACTS.has(t[k].norm)) return true;
    if (t[k].kind === 'punct') break;
  }
  return false;
}

/** The lead-in of a knowledge presumption: up to and including the verb of knowing ("I'm sure you knew"). */
function knowledgeLeadEnd(doc: Doc, pr: Presumption): number {
  const t = doc.tokens;
  for (let k = pr.pred; k < Math.min(pr.sentence.tokEnd, pr.pred + 5); k++) if (KNOWLEDGE_VERBS.has(t[k].norm)) return k + 1;
  return pr.pred + 1;
}

/** Drop a lead-in such as "As you'll know," or "I'm sure you knew that"; a lead-in with nothing clause-like after it takes its clause. */
function leadRemoval(doc: Doc, s: Span, from: number, to: number) {
  const t = doc.tokens;
  const next = to < s.tokEnd ? t[to] : null;
  if (!next || isEnder(next)) return null;
  if (next.norm === 'that' || isSeparator(next)) return removal(doc, from, to);
  // "As you'll know from the terms, plans renew yearly": the lead-in runs to its comma.
  if (next.norm === 'from' || next.norm === 'by') {
    for (let k = to + 1; k < Math.min(s.tokEnd - 1, to + 7); k++) if (t[k].norm === ',') return removal(doc, from, k);
  }
  // "I'm sure you knew pre-existing conditions have to be declared": a clause follows, so the lead-in can go.
  for (let k = to + 1; k < s.tokEnd; k++) {
    if (isSeparator(t[k]) || SUBORDINATORS.has(t[k].norm)) break;
    const tags = tagsAt(doc, s, k);
    if (tags.has('Verb') && !tags.has('Infinitive') && !tags.has('Gerund')) return removal(doc, from, to);
  }
  return null;
}

export default defineRule(
  'no-assumptions',
  {
    category: 'assumption',
    severity: 'warning',
    preset: 'recommended',
    scope: 'paragraph',
    description: 'Flags guesses about the customer’s mistakes, knowledge or intent.',
    rationale:
      'Guessing that the customer made a mistake (“you probably didn’t restart it”), already knows something (“as you know”) or meant harm (“it looks like you’re trying to…”) puts them on the defensive, and the guess is often wrong. A neutral question gets the same information without the accusation.',
    example: {
      bad: "You probably haven't updated the app. As you know, old versions can't log in.",
      good: "Have you updated the app? Old versions can't log in.",
    },
  },
  (context) => {
    const { doc } = context;
    const t = doc.tokens;
    const taken: { from: number; to: number }[] = [];
    const overlaps = (from: number, to: number) => taken.some((r) => r.from < to && r.to > from);
    for (const m of table.find(doc)) {
      if (m.row.fix === 'lead' && recallsSharedContact(doc, m.to)) continue;
      const phrase = doc.text.slice(t[m.from].wordStart, t[m.to - 1].wordEnd);
      const message = `“${phrase}” ${m.row.why}.`;
      taken.push({ from: m.from, to: m.to });
      if (m.row.fix === 'swap') {
        // "The leak was most likely caused by" looks back: "could have been caused by".
        const past = t[m.reportFrom].norm === 'was' || t[m.reportFrom].norm === 'were';
        const suggestions = past ? m.row.suggest!.map(toPast) : m.row.suggest;
        context.report({ start: m.start, end: m.end, message, suggestions });
        continue;
      }
      const s = m.sentence;
      // "As you're no doubt aware, ...": the "as" goes with the rest of the lead-in.
      const from = m.reportFrom > s.tokStart && t[m.reportFrom - 1].norm === 'as' && (m.reportFrom - 1 === s.tokStart || isSeparator(t[m.reportFrom - 2])) ? m.reportFrom - 1 : m.reportFrom;
      const lead = leadRemoval(doc, s, from, m.reportTo);
      // "I'm sure you'll understand the new app once you've tried it": comprehension of a thing, not a presumed fact.
      if (!lead && m.to < m.sentence.tokEnd && !isEnder(t[m.to]) && COMPREHENSION.has(t[m.to - 1].norm)) {
        taken.pop();
        continue;
      }
      // "I'm sure you'll understand." says nothing else, so the sentence goes.
      const whole = !lead && (m.reportTo >= s.tokEnd || isEnder(t[m.reportTo])) ? dropClause(doc, s, from, s.tokEnd) : null;
      const edit = lead ?? whole ?? { start: m.start, end: m.end, replacement: null };
      context.report({ start: edit.start, end: edit.end, message, suggestions: edit.replacement === null ? [] : [edit.replacement] });
    }
    let people: boolean | null = null;
    for (const s of doc.sentences) {
      let cue = false;
      for (let i = s.tokStart; i < s.tokEnd && !cue; i++) cue = CUES.has(t[i].norm);
      if (!cue) continue;
      people ??= mentionsTheirPeople(doc, context.customer);
      for (const pr of findPresumptions(doc, s, people)) {
        if (overlaps(pr.from, pr.pred + 1)) continue;
        if (pr.kind === 'knowledge') {
          const leadTo = knowledgeLeadEnd(doc, pr);
          // "As you're no doubt aware, ...": the "as" goes with the rest of the lead-in.
          const from = pr.from > s.tokStart && t[pr.from - 1].norm === 'as' && (pr.from - 1 === s.tokStart || isSeparator(t[pr.from - 2])) ? pr.from - 1 : pr.from;
          const phrase = doc.text.slice(t[from].wordStart, t[leadTo - 1].wordEnd);
          const edit = leadRemoval(doc, s, from, leadTo);
          if (edit) context.report({ start: edit.start, end: edit.end, message: `“${phrase}” ${KNOWS_WHY}.`, suggestions: [edit.replacement] });
          else {
            const drop = dropClause(doc, s, from, s.tokEnd);
            context.report({ start: drop.start, end: drop.end, message: `“${phrase}” ${KNOWS_WHY}.`, suggestions: [drop.replacement] });
          }
          continue;
        }
        const rewrite = questionFor(doc, pr);
        const quoteEnd = Math.min(s.tokEnd, pr.pred + 3);
        let q = quoteEnd;
        while (q > pr.pred + 1 && (t[q - 1].kind === 'punct')) q--;
        const phrase = doc.text.slice(t[pr.from].wordStart, t[q - 1].wordEnd);
        context.report({ start: rewrite.start, end: rewrite.end, message: `“${phrase}…” ${FAULT_WHY}.`, suggestions: rewrite.suggestions });
      }
    }
  },
);
