// Past tenses and past participles of the verbs agents use about what a customer did ("you typed" -> "was typed").

// Irregular past tense -> past participle, for the verbs that turn up in replies.
const PAST_TO_PARTICIPLE: Record<string, string> = {
  gave: 'given', chose: 'chosen', wrote: 'written', took: 'taken', did: 'done', went: 'gone', forgot: 'forgotten',
  spoke: 'spoken', broke: 'broken', ate: 'eaten', drew: 'drawn', drove: 'driven', rode: 'ridden', saw: 'seen',
  knew: 'known', threw: 'thrown', froze: 'frozen', stole: 'stolen', hid: 'hidden', began: 'begun', rang: 'rung',
  wore: 'worn', tore: 'torn', shook: 'shaken', flew: 'flown', grew: 'grown', showed: 'shown', chosen: 'chosen',
};

// Irregular forms that are already participles (or the same in both tenses).
const IRREGULAR_PAST = new Set([
  'put', 'set', 'sent', 'made', 'paid', 'left', 'lost', 'kept', 'found', 'bought', 'brought', 'told', 'sold', 'read',
  'held', 'thought', 'understood', 'spent', 'built', 'meant', 'dealt', 'cut', 'shut', 'hit', 'let', 'spelt', 'learnt',
  'heard', 'had', 'got', 'gotten', 'given', 'chosen', 'written', 'taken', 'done', 'gone', 'forgotten', 'spoken',
  'broken', 'seen', 'known', 'shown', 'won', 'stood', 'sat', 'met', 'led', 'fed', 'felt', 'slept', 'swept', 'wound',
  'withdrew', 'withdrawn', 'overlooked', 'misread', 'misunderstood', 'mislaid', 'input', 'been',
  ...Object.keys(PAST_TO_PARTICIPLE),
]);

/** True for a past tense or past participle: "entered", "double-checked", "chose", "sent". */
export function isPastForm(norm: string): boolean {
  if (IRREGULAR_PAST.has(norm)) return true;
  return norm.length > 3 && /[a-z]ed$/.test(norm) && !/(need|feed|seed|speed|bleed|breed|weed|heed|bed|red|shed|sled|led)$/.test(norm);
}

/** The past participle of a past tense: "gave" -> "given", "typed" -> "typed". */
export function participleOf(past: string): string {
  const lower = past.toLowerCase();
  const mapped = PAST_TO_PARTICIPLE[lower];
  return mapped ?? past;
}

/** A rough singular/plural guess for a noun phrase, good enough to pick "is" or "are". */
export function looksPlural(phrase: string): boolean {
  // "complaints about him": the head comes before the first preposition.
  const words = phrase.trim().toLowerCase().split(/\s+/);
  const prep = words.findIndex((w, i) => i > 0 && ['about', 'with', 'for', 'of', 'on', 'in', 'from', 'to', 'at', 'by', 'over'].includes(w));
  if (prep > 0) words.length = prep;
  const head = words[words.length - 1] ?? '';
  if (['they', 'these', 'those', 'them', 'we', 'you', 'people', 'staff', 'data', 'police'].includes(head)) return true;
  if (['this', 'that', 'it', 'which', 'one', 'what', 'news', 'series', 'business', 'address', 'access', 'process', 'status', 'loss', 'class', 'pass', 'glass', 'bus', 'gas'].includes(head)) return false;
  return /[^s']s$/.test(head) || /ies$/.test(head);
}

/** "a" or "an" for the word that follows. */
export function article(nextWord: string): 'a' | 'an' {
  return /^[aeio]|^u(?!ni|se|su|ro)|^hour|^honest/i.test(nextWord) ? 'an' : 'a';
}
