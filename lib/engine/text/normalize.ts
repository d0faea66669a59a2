// Folds spelling variants (case, curly apostrophes, British spellings) so one phrase table matches them all.

const BRITISH: Record<string, string> = {
  behaviour: 'behavior', colour: 'color', endeavour: 'endeavor', favour: 'favor', favourite: 'favorite',
  favourable: 'favorable', flavour: 'flavor', harbour: 'harbor', honour: 'honor', humour: 'humor',
  labour: 'labor', neighbour: 'neighbor', rumour: 'rumor', saviour: 'savior', vapour: 'vapor', armour: 'armor',
  centre: 'center', fibre: 'fiber', litre: 'liter', metre: 'meter', theatre: 'theater',
  cancelled: 'canceled', cancelling: 'canceling', travelled: 'traveled', travelling: 'traveling',
  traveller: 'traveler', labelled: 'labeled', labelling: 'labeling', modelled: 'modeled', levelled: 'leveled',
  fuelled: 'fueled', signalled: 'signaled', totalled: 'totaled', counselled: 'counseled', jewellery: 'jewelry',
  programme: 'program', enrol: 'enroll', enrolment: 'enrollment', enrolled: 'enrolled', fulfil: 'fulfill',
  fulfilment: 'fulfillment', instalment: 'installment', judgement: 'judgment', licence: 'license',
  defence: 'defense', offence: 'offense', catalogue: 'catalog', dialogue: 'dialog', grey: 'gray', tyre: 'tire',
  aluminium: 'aluminum', mum: 'mom', whilst: 'while', amongst: 'among', learnt: 'learned', spelt: 'spelled',
  towards: 'toward', cheque: 'check', cosy: 'cozy', practise: 'practice', analyse: 'analyze',
  paralysed: 'paralyzed', ageing: 'aging', plough: 'plow', sceptical: 'skeptical', manoeuvre: 'maneuver',
};

const ISE = /(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/;

/** Lower-cases and folds one word to the spelling the phrase tables use. Idempotent. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('\u2019') || w.includes('\u2018') || w.includes('`')) w = w.replace(/[\u2018\u2019`]/g, "'");
  const mapped = BRITISH[w];
  if (mapped) return mapped;
  // "-ise" and "-ize" fold together: both sides of every comparison go through here, so a word that
  // was never spelt with -ize ("promise") folds consistently and can't collide with another word.
  if (w.length >= 6 && w.includes('is')) w = w.replace(ISE, 'iz$1');
  return w;
}

/** Straight apostrophes and quotes in place of curly ones, keeping the string's length. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
}
