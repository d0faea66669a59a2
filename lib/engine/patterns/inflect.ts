// Generates the inflected forms of a verb or noun so that one table entry ("~promise") matches them all.

const IRREGULAR: Record<string, string[]> = {
  be: ['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'done', 'doing'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  make: ['make', 'makes', 'made', 'making'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  get: ['get', 'gets', 'got', 'gotten', 'getting'],
  send: ['send', 'sends', 'sent', 'sending'],
  tell: ['tell', 'tells', 'told', 'telling'],
  say: ['say', 'says', 'said', 'saying'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  pay: ['pay', 'pays', 'paid', 'paying'],
  leave: ['leave', 'leaves', 'left', 'leaving'],
  put: ['put', 'puts', 'putting'],
  lose: ['lose', 'loses', 'lost', 'losing'],
  find: ['find', 'finds', 'found', 'finding'],
  keep: ['keep', 'keeps', 'kept', 'keeping'],
  hold: ['hold', 'holds', 'held', 'holding'],
  come: ['come', 'comes', 'came', 'coming'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  buy: ['buy', 'buys', 'bought', 'buying'],
  bring: ['bring', 'brings', 'brought', 'bringing'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  forget: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  read: ['read', 'reads', 'reading'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  mean: ['mean', 'means', 'meant', 'meaning'],
  hear: ['hear', 'hears', 'heard', 'hearing'],
  set: ['set', 'sets', 'setting'],
  let: ['let', 'lets', 'letting'],
  run: ['run', 'runs', 'ran', 'running'],
  break: ['break', 'breaks', 'broke', 'broken', 'breaking'],
  choose: ['choose', 'chooses', 'chose', 'chosen', 'choosing'],
  fall: ['fall', 'falls', 'fell', 'fallen', 'falling'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  win: ['win', 'wins', 'won', 'winning'],
  mislead: ['mislead', 'misleads', 'misled', 'misleading'],
  misread: ['misread', 'misreads', 'misreading'],
  mishear: ['mishear', 'mishears', 'misheard', 'mishearing'],
  misunderstand: ['misunderstand', 'misunderstands', 'misunderstood', 'misunderstanding'],
  overlook: ['overlook', 'overlooks', 'overlooked', 'overlooking'],
  deal: ['deal', 'deals', 'dealt', 'dealing'],
  lie: ['lie', 'lies', 'lay', 'lain', 'lying'],
  shut: ['shut', 'shuts', 'shutting'],
  hit: ['hit', 'hits', 'hitting'],
  cut: ['cut', 'cuts', 'cutting'],
  sell: ['sell', 'sells', 'sold', 'selling'],
  spend: ['spend', 'spends', 'spent', 'spending'],
  build: ['build', 'builds', 'built', 'building'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  wear: ['wear', 'wears', 'wore', 'worn', 'wearing'],
};

const VOWEL = /[aeiou]/;

function doubles(w: string): boolean {
  // stop -> stopped, but visit -> visited; a rough CVC test that suits the short verbs in our tables.
  const n = w.length;
  if (n < 3 || n > 4) return false;
  return !VOWEL.test(w[n - 1]) && !'wxy'.includes(w[n - 1]) && VOWEL.test(w[n - 2]) && !VOWEL.test(w[n - 3]);
}

/** All forms of `word` as a verb (base, -s, -ed, -ing) and as a noun (plural). */
export function inflect(word: string): string[] {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  const forms = new Set([w]);
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(w + 'es');
  else if (/[^aeiou]y$/.test(w)) forms.add(w.slice(0, -1) + 'ies');
  else forms.add(w + 's');
  if (w.endsWith('e')) {
    forms.add(w + 'd');
    forms.add(w.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(w)) {
    forms.add(w.slice(0, -1) + 'ied');
    forms.add(w + 'ing');
  } else if (doubles(w)) {
    forms.add(w + w[w.length - 1] + 'ed');
    forms.add(w + w[w.length - 1] + 'ing');
  } else {
    forms.add(w + 'ed');
    forms.add(w + 'ing');
  }
  return [...forms];
}
