// Small English helpers that make a plain replacement fit where a jargon term stood: articles, plurals, verb forms.

const AN_EXCEPTIONS = /^(uni|use|usu|usa|eu|one|once|ute)/i;
const SILENT_H = /^(hour|honest|honour|honor|heir)/i;
// Letters whose spoken name starts with a vowel sound ("an SKU", "an RMA", "an MX").
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** "a" or "an" for the phrase that follows it. */
export function articleFor(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/)[0] ?? '';
  if (!word) return 'a';
  // An abbreviation is read letter by letter.
  if (/^[A-Z]{2,}\d*s?$/.test(word) || /^[A-Z]\d/.test(word)) return VOWEL_SOUND_LETTERS.has(word[0]) ? 'an' : 'a';
  if (/^\d/.test(word)) return /^(8|11|18)/.test(word) ? 'an' : 'a';
  if (SILENT_H.test(word)) return 'an';
  if (AN_EXCEPTIONS.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people', child: 'children', man: 'men', woman: 'women', data: 'data', information: 'information',
  equipment: 'equipment', software: 'software', hardware: 'hardware', staff: 'staff', series: 'series',
};

function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower];
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

const HEAD_BEFORE = /\s(of|on|in|with|from|for|to|at|that|who|which)\s/;

/** The plural of a noun phrase: its head noun (before "of", "with"...) or else its last word takes the plural. */
export function pluralize(phrase: string): string {
  const m = HEAD_BEFORE.exec(phrase);
  const head = m ? phrase.slice(0, m.index) : phrase;
  const rest = m ? phrase.slice(m.index) : '';
  const words = head.split(' ');
  words[words.length - 1] = pluralWord(words[words.length - 1]);
  return words.join(' ') + rest;
}

/** Forms of a regular English word used as a noun: singular and plural. */
export function nounForms(word: string): string[] {
  return [word, pluralWord(word)];
}

export type VerbForm = 'base' | 's' | 'past' | 'participle' | 'ing';

const IRREGULAR_VERBS: Record<string, [past: string, participle: string]> = {
  go: ['went', 'gone'], set: ['set', 'set'], get: ['got', 'got'], send: ['sent', 'sent'], run: ['ran', 'run'],
  take: ['took', 'taken'], make: ['made', 'made'], put: ['put', 'put'], show: ['showed', 'shown'],
  come: ['came', 'come'], give: ['gave', 'given'], hold: ['held', 'held'], do: ['did', 'done'],
  turn: ['turned', 'turned'], begin: ['began', 'begun'], shut: ['shut', 'shut'], let: ['let', 'let'],
  build: ['built', 'built'], rebuild: ['rebuilt', 'rebuilt'], find: ['found', 'found'], pay: ['paid', 'paid'],
};

const CVC_DOUBLING = /^(?:[^aeiou]*[aeiou])[^aeiouwxy]$/;

function inflectVerb(verb: string, form: VerbForm): string {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_VERBS[v];
  switch (form) {
    case 'base':
      return verb;
    case 's':
      if (v === 'do' || v === 'go') return verb + 'es';
      return pluralWord(verb);
    case 'past':
    case 'participle':
      if (irregular) return irregular[form === 'past' ? 0 : 1];
      if (v.endsWith('e')) return verb + 'd';
      if (/[^aeiou]y$/.test(v)) return verb.slice(0, -1) + 'ied';
      if (CVC_DOUBLING.test(v) && v.length <= 4) return verb + verb[verb.length - 1] + 'ed';
      return verb + 'ed';
    case 'ing':
      if (/ie$/.test(v)) return verb.slice(0, -2) + 'ying';
      if (/[^aeio]e$/.test(v) && v !== 'be') return verb.slice(0, -1) + 'ing';
      if (CVC_DOUBLING.test(v) && v.length <= 4) return verb + verb[verb.length - 1] + 'ing';
      return verb + 'ing';
  }
}

/** A verb phrase ("update everywhere", "go through") with its first word in the given form. */
export function conjugate(phrase: string, form: VerbForm): string {
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  return inflectVerb(first, form) + (space < 0 ? '' : phrase.slice(space));
}
