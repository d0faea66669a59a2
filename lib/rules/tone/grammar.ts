// Grammar look-ups the tone rules share: compromise tags for one token, verb base forms, and word lists.
import nlp from 'compromise/two';
import type { Doc, Span } from '../../engine/doc';
import { tagText, termAt } from '../../engine/nlp';

/** compromise's tags for token i, from tagging only its sentence (the caller has a candidate there). */
export function tagsAt(doc: Doc, sentence: Span, i: number): ReadonlySet<string> {
  const t = doc.tokens;
  const from = t[sentence.tokStart].start;
  const terms = tagText(doc.text.slice(from, t[sentence.tokEnd - 1].end));
  const k = termAt(terms, t[i].start - from);
  return k < 0 ? EMPTY : terms[k].tags;
}

const EMPTY: ReadonlySet<string> = new Set();

interface VerbMethods {
  toInfinitive(word: string, model: unknown, tense?: string): string;
}
let world: { methods: { two: { transform: { verb: VerbMethods } } }; model: unknown } | null = null;

/** The base form of a past-tense or participle verb ("misheard" → "mishear", "forgotten" → "forget"). */
export function baseForm(word: string, tense: 'PastTense' | 'Participle' | 'PresentTense'): string {
  world ??= (nlp as unknown as { world(): typeof world }).world();
  const lower = word.toLowerCase();
  const { toInfinitive } = world!.methods.two.transform.verb;
  const base = toInfinitive(lower, world!.model, tense);
  if (base && base !== lower) return base;
  // compromise files some irregular forms under the other past form ("misunderstood").
  const other = toInfinitive(lower, world!.model, tense === 'Participle' ? 'PastTense' : 'Participle');
  return other || lower;
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
]);
