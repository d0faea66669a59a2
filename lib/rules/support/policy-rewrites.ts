// Builds the rewrites of no-policy-hiding: each keeps the limit but turns the wall into something the agent will do.
import type { Doc } from '../../engine/doc';
import type { PolicyFix } from '../data/policy-phrases';
import { clauseEnd, endOf, textOf } from './clause-edits';

export interface PolicyMatch {
  from: number;
  to: number;
  /** Where the refused action starts (the "<" of the pattern), or `from`. */
  predFrom: number;
  /** Only a greeting comes before the match in its sentence. */
  opens?: boolean;
}

export interface PolicyEdit {
  start: number;
  end: number;
  suggestions: string[];
}

const SEPARATORS = new Set([',', ';', ':', '\u2014', '\u2013', '-']);
const PLURAL_RULES = new Set(['rules', 'terms', 'conditions', 'policies', 'procedures', 'regulations', 'guidelines', 't&cs']);
const RULE_NOUNS = new Set([...PLURAL_RULES, 'rule', 'policy', 'procedure', 'process', 'protocol', 't&c']);
const PREPOSITIONS = new Set(['about', 'over', 'on', 'in', 'regarding', 'with', 'to']);

const FRAMES = new Set(['that', 'because', 'since', 'as', 'cause', 'but', 'so']);

const OFFER = ', but let me see what I can do';
const OFFER_INSTEAD = ', but let me see what I can offer instead';
const FIND = "myself, but I'll find out who can";

export function policyEdit(doc: Doc, m: PolicyMatch, fix: PolicyFix): PolicyEdit {
  const { tokens, text } = doc;
  const sentence = doc.sentenceOf(m.from);
  const start = tokens[m.from].wordStart;
  const end = endOf(doc, m.to);
  const stop = clauseEnd(doc, m.to, sentence);
  const toClauseEnd = stop > m.to ? endOf(doc, stop) : end;
  const rest = textOf(doc, m.to, stop);
  const lower = doc.norms(m.from, m.to);
  switch (fix) {
    case 'offer':
    case 'offer-end': {
      let stopAt = toClauseEnd;
      if (fix === 'offer-end') {
        // The whole sentence, up to its closing punctuation.
        let last = sentence.tokEnd - 1;
        while (last > m.to && tokens[last].kind === 'punct' && /^[.!?\u2026"')\]]$/.test(tokens[last].norm)) last--;
        stopAt = Math.max(end, endOf(doc, last + 1));
      }
      const clause = text.slice(start, stopAt);
      return { start, end: stopAt, suggestions: [clause + OFFER, clause + OFFER_INSTEAD] };
    }
    case 'instead': {
      // After "advised that" or "because" the wall is a clause of its own: rewrite it in place.
      const framed = m.from > sentence.tokStart && FRAMES.has(tokens[m.from - 1].norm);
      const atStart = (m.opens ?? m.from === sentence.tokStart) || framed;
      if (!atStart) {
        // "...; those are the rules" -> "..., but let me see what I can offer instead": the separator goes too.
        let k = m.from;
        if (k - 1 > sentence.tokStart && tokens[k - 1].norm === 'and') k--;
        if (k - 1 > sentence.tokStart && SEPARATORS.has(tokens[k - 1].norm) && tokens[k - 1].kind === 'punct') k--;
        return { start: tokens[k - 1].end, end, suggestions: [OFFER_INSTEAD, OFFER] };
      }
      // "Rules are rules" -> "Our rules don't allow it, but ..."; a wall with no rule named gets "I can't ...".
      let noun = '';
      for (let i = m.from; i < m.to; i++) if (RULE_NOUNS.has(tokens[i].norm)) noun = tokens[i].norm;
      if (noun.startsWith('t&c')) noun = 'terms';
      const lead = noun
        ? `our ${noun} ${PLURAL_RULES.has(noun) ? "don't" : "doesn't"} allow it`
        : /exception|extension|exemption/.test(lower)
          ? "I can't make an exception myself"
          : "I can't change that myself";
      return { start, end, suggestions: [lead + OFFER_INSTEAD, lead + OFFER] };
    }
    case 'ask-who-can': {
      if (/\b(help|assist)\b/.test(lower) && /\b(with (that|this|it|them|your request)|there|here)$/.test(lower)) {
        return { start, end, suggestions: [`I can't sort that out ${FIND}`, `I can't sort that out myself${OFFER}`] };
      }
      const vp = textOf(doc, m.predFrom, stop);
      let something = -1;
      for (let i = m.from; i < m.predFrom; i++) if (tokens[i].norm === 'something') something = i;
      const lead = something >= 0 ? `${text.slice(start, tokens[something].end)} I can` : "I can't";
      // "myself" sits after a short verb phrase; after a long one it would dangle.
      const self = stop - m.predFrom <= 4 ? ' myself' : '';
      return { start, end: toClauseEnd, suggestions: [`${lead} ${vp}${self}, but I'll ask someone who can`, `${lead} ${vp}${self}${OFFER}`] };
    }
    case 'find-who-can': {
      const last = tokens[m.to - 1].norm;
      const hasObject = PREPOSITIONS.has(last) && rest.length > 0;
      const tied = /hands are/.test(lower);
      let what = hasObject ? rest : /decision|up to me|call|pay grade/.test(lower) ? 'that decision' : 'that';
      if (what === 'it' || what === 'them') what = what === 'it' ? 'it' : 'them';
      const verb = tied && hasObject ? 'sign off on' : what === 'that decision' ? 'make' : 'change';
      return { start, end: hasObject ? toClauseEnd : end, suggestions: [`I can't ${verb} ${what} ${FIND}`, `I can't ${verb} ${what} myself${OFFER}`] };
    }
    case 'pass-on': {
      let not = -1;
      for (let i = m.from; i < m.to; i++) if (tokens[i].norm === 'not') { not = i; break; }
      const first = tokens[m.from].norm;
      let lead: string;
      if (not > m.from) lead = text.slice(start, tokens[not].wordEnd);
      else if (first === 'are') lead = "aren't";
      else if (first === 'is' || first === 'falls') lead = "isn't";
      else return { start, end, suggestions: ["I'll pass this straight to the team that handles it"] };
      return {
        start,
        end,
        suggestions: [`${lead} something I handle myself, but I'll pass this straight to the team that does`, `${lead} something I handle myself, but I'll make sure the right team picks it up`],
      };
    }
    case 'speak-for': {
      const what = rest || 'that';
      return { start, end: toClauseEnd, suggestions: [`I can't speak to ${what} myself, but I'll ask the team handling it`] };
    }
    case 'unable': {
      const vp = textOf(doc, m.predFrom, stop);
      const afterBut = m.from > sentence.tokStart && tokens[m.from - 1].norm === 'but';
      const offer = afterBut ? '; let me see what else I can do' : ', but let me see what else I can do';
      return { start, end: toClauseEnd, suggestions: [`I can't ${vp}${offer}`] };
    }
  }
}
