// Grammar look-ups the tone rules share: compromise tags for one token, verb base forms, and word lists.
import type { Doc, Span } from '../../engine/doc';
import { inLexicon, tagText, termAt } from '../../engine/nlp';
import { normalizeWord } from '../../engine/text/normalize';

/** compromise's tags for token i, from tagging only its sentence (the caller has a candidate there). */
export function tagsAt(doc: Doc, sentence: Span, i: number): ReadonlySet<string> {
  const t = doc.tokens;
  const from = t[sentence.tokStart].start;
  const terms = tagText(doc.text.slice(from, t[sentence.tokEnd - 1].end));
  const k = termAt(terms, t[i].start - from);
  return k < 0 ? EMPTY : terms[k].tags;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Past tense and participle → base form for irregular verbs a customer is guessed to have done wrong. */
const IRREGULAR_BASE: Record<string, string> = {
  was: 'be', were: 'be', been: 'be', had: 'have', did: 'do', done: 'do', went: 'go', gone: 'go', made: 'make', took: 'take',
  taken: 'take', gave: 'give', given: 'give', got: 'get', gotten: 'get', sent: 'send', told: 'tell', said: 'say', knew: 'know',
  known: 'know', thought: 'think', paid: 'pay', left: 'leave', put: 'put', lost: 'lose', found: 'find', kept: 'keep', held: 'hold',
  came: 'come', saw: 'see', seen: 'see', bought: 'buy', brought: 'bring', felt: 'feel', forgot: 'forget', forgotten: 'forget',
  understood: 'understand', read: 'read', wrote: 'write', written: 'write', meant: 'mean', heard: 'hear', set: 'set', let: 'let',
  ran: 'run', run: 'run', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', fell: 'fall', fallen: 'fall',
  stole: 'steal', stolen: 'steal', wore: 'wear', worn: 'wear', tore: 'tear', torn: 'tear', showed: 'show', shown: 'show',
  drew: 'draw', drawn: 'draw', hid: 'hide', hidden: 'hide', drove: 'drive', driven: 'drive', spoke: 'speak', spoken: 'speak',
  froze: 'freeze', frozen: 'freeze', began: 'begin', begun: 'begin', spent: 'spend', won: 'win', threw: 'throw', thrown: 'throw',
  shut: 'shut', cut: 'cut', hit: 'hit', upset: 'upset', sold: 'sell', stuck: 'stick', dug: 'dig', fed: 'feed', led: 'lead',
  met: 'meet', sat: 'sit', slept: 'sleep', stood: 'stand', swore: 'swear', sworn: 'swear', taught: 'teach', caught: 'catch',
  woke: 'wake', woken: 'wake', rang: 'ring', rung: 'ring', blew: 'blow', blown: 'blow', grew: 'grow', grown: 'grow',
  bent: 'bend', built: 'build', burnt: 'burn', learnt: 'learn', spelt: 'spell', spilt: 'spill', dealt: 'deal', shook: 'shake',
  shaken: 'shake', forgave: 'forgive', forgiven: 'forgive', overlooked: 'overlook', mistook: 'mistake', mistaken: 'mistake',
  withdrew: 'withdraw', withdrawn: 'withdraw', overpaid: 'overpay', underpaid: 'underpay', mislaid: 'mislay', misled: 'mislead',
};
/** Stems that a regular "-ed" leaves whole ("clicked" → "click"); others may have lost an "e" ("typed" → "typ-e"). */
const WHOLE_STEM = /(?:ck|sh|ch|ss|x|ll|ng|rt|st|nt|rk|lp|mp|nd|ld|rm|rn|pt|ft|wn|ay|ey|oy|ow|aw|er|en|on|ol|ain|ect|ort|ast|ist|ush|ash|ish|ail|eal|eel|oil|oom|eem|ear|oar|our|ard|ord|urn|irm|orm|ack|ock|eck|ick|uck)$/;

/**
 * The base form of a past-tense, participle or third-person verb ("misheard" → "mishear", "typed" → "type",
 * "uses" → "use"), or null when unsure, so that the caller can choose a wording that keeps the verb as written.
 */
export function baseForm(word: string): string | null {
  const w = word.toLowerCase();
  if (IRREGULAR_BASE[w]) return IRREGULAR_BASE[w];
  for (const prefix of ['mis', 'over', 'under', 're', 'un']) {
    if (w.startsWith(prefix) && IRREGULAR_BASE[w.slice(prefix.length)]) return prefix + IRREGULAR_BASE[w.slice(prefix.length)];
  }
  const candidates: string[] = [];
  if (w.endsWith('ied')) candidates.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    // British "cancelled", "labelled"; "used" is "use", not "us", and "hoped" is "hope".
    if (stem.endsWith('ll') && stem.length >= 6) candidates.push(stem.slice(0, -1));
    candidates.push(stem + 'e', stem);
    if (/([bdgmnprtz])\1$/.test(stem)) candidates.unshift(stem.slice(0, -1));
  } else if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('es')) {
    // "fixes" → "fix", "uses" → "use".
    if (/(?:ss|x|z|ch|sh|o)$/.test(w.slice(0, -2))) candidates.push(w.slice(0, -2), w.slice(0, -1));
    else candidates.push(w.slice(0, -1), w.slice(0, -2));
  }
  else if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  else return w;
  for (const c of candidates) if (c.length > 1 && inLexicon(c)) return c;
  // "reused" is "re" + "use", "mistyped" is "mis" + "type".
  for (const prefix of ['re', 'mis', 'un', 'over', 'pre']) {
    if (w.startsWith(prefix) && w.length - prefix.length > 3) {
      const rest = baseForm(w.slice(prefix.length));
      if (rest) return prefix + rest;
    }
  }
  if (w.endsWith('ied')) return candidates[0];
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    if (/([bdgmnprtz])\1$/.test(stem)) return stem.slice(0, -1);
    if (WHOLE_STEM.test(stem)) return stem;
  }
  return null;
}

/** Irregular past participles ("have you forgotten ...?"), for when the tagger reads one as a noun. */
export const IRREGULAR_PARTICIPLES = new Set([
  'known', 'seen', 'done', 'gone', 'given', 'taken', 'forgotten', 'written', 'got', 'gotten', 'been', 'made', 'sent', 'lost', 'left',
  'paid', 'read', 'put', 'set', 'told', 'said', 'found', 'bought', 'brought', 'kept', 'held', 'heard', 'run', 'broken', 'chosen',
  'fallen', 'stolen', 'worn', 'torn', 'shown', 'drawn', 'hidden', 'driven', 'spoken', 'frozen', 'misread', 'misheard',
  'misunderstood', 'mistaken', 'understood', 'missed', 'begun', 'spent', 'won', 'thrown', 'let', 'shut', 'cut', 'hit', 'upset',
]);

/** Verbs of knowing: "as you know", "I'm sure you're aware". */
export const KNOWLEDGE_VERBS = new Set([
  'know', 'knew', 'known', 'aware', 'realize', 'realized', 'understand', 'understood', 'appreciate', 'remember', 'recall',
  'read', 'seen', 'saw', 'noticed', 'notice', 'gathered',
]);

/** States a customer may be in that a reply should acknowledge, not question ("you must be frustrated"). */
export const FEELINGS = new Set([
  'frustrated', 'frustrating', 'annoyed', 'annoying', 'upset', 'upsetting', 'worried', 'worrying', 'disappointed', 'stressed',
  'stressful', 'angry', 'fed', 'keen', 'eager', 'anxious', 'concerned', 'tired', 'exhausted', 'confused', 'shocked', 'surprised',
  'relieved', 'pleased', 'happy', 'excited', 'busy', 'sick', 'gutted', 'scared', 'scary', 'frightened', 'devastated', 'furious',
  'livid', 'hurt', 'embarrassed', 'overwhelmed', 'sad', 'heartbroken', 'uncomfortable', 'unwell', 'desperate', 'out',
  'feeling', 'wondering', 'thinking', 'going', 'struggling', 'hoping', 'waiting', 'counting', 'dreading',
  'missing', 'a', 'an', 'so', 'really', 'very', 'quite', 'pretty', 'absolutely', 'completely', 'totally', 'rather',
].map(normalizeWord));
