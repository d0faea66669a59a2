// Word families for answer-the-question: the actions, places and inclusions a customer asks about, with their synonyms.

/**
 * Actions on an account, booking or subscription that customers ask about and agents confuse with a
 * neighbour ("Can I pause?" answered with how to cancel). Each family lists words whose stems count as it.
 */
export const ACTION_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  pause: ['pause', 'paused', 'pausing', 'freeze', 'frozen', 'suspend', 'suspension', 'hold', 'break', 'skip', 'snooze', 'hibernate'],
  cancel: ['cancel', 'cancellation', 'terminate', 'termination', 'close', 'closure', 'unsubscribe', 'quit', 'end', 'stop', 'leave'],
  reschedule: ['move', 'reschedule', 'rearrange', 'rebook', 'postpone', 'defer', 'change', 'switch', 'swap', 'push', 'shift', 'another', 'different', 'new', 'later', 'earlier', 'forward'],
  upgrade: ['upgrade', 'upgrading'],
  downgrade: ['downgrade', 'downgrading', 'cheaper', 'smaller', 'lower'],
  transfer: ['transfer', 'move', 'pass', 'give', 'reassign'],
  refund: ['refund', 'reimburse', 'reimbursement', 'money', 'repay', 'compensation'],
  exchange: ['exchange', 'swap', 'replace', 'replacement'],
  extend: ['extend', 'extension', 'longer', 'renew'],
  split: ['split', 'instalment', 'installment', 'spread'],
};

/** Action words that pin a yes/no question down on their own ("Can I downgrade?"); "change" or "move" do not. */
export const SPECIFIC_ACTION_WORDS: readonly string[] = [
  'pause', 'freeze', 'suspend', 'downgrade', 'reschedule', 'postpone', 'rebook', 'rearrange', 'transfer', 'extend',
  'split', 'exchange', 'defer', 'snooze',
];

/** Families that are neighbours of each other: an answer about one of these to a question about another is a miss. */
export const NEIGHBOUR_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  pause: ['cancel'],
  downgrade: ['cancel', 'upgrade'],
  transfer: ['cancel', 'refund'],
  reschedule: ['cancel', 'refund'],
  extend: ['cancel', 'renew'],
  exchange: ['refund'],
  split: ['refund'],
};

/** Nouns customers ask to have included, with the words an answer about them would use. */
export const INCLUSION_FAMILIES: readonly (readonly string[])[] = [
  ['baggage', 'bag', 'bags', 'luggage', 'suitcase', 'allowance', 'hold', 'kg', 'kilo', 'kilos', 'carry-on', 'cabin'],
  ['breakfast', 'meal', 'meals', 'food', 'dinner', 'lunch', 'board'],
  ['wifi', 'wi-fi', 'internet', 'broadband'],
  ['parking', 'car', 'park'],
  ['insurance', 'cover', 'covered', 'protection', 'warranty'],
  ['support', 'help', 'assistance', 'priority'],
  ['seat', 'seats', 'seating'],
  ['delivery', 'shipping', 'postage', 'courier'],
  ['vat', 'tax', 'taxes'],
  ['charger', 'cable', 'adapter', 'plug'],
  ['data', 'gb', 'minutes', 'texts', 'roaming'],
];

/** Places a question can be about; an answer naming a different one of these answers for the wrong place. */
export const PLACES: ReadonlySet<string> = new Set([
  'uk', 'us', 'usa', 'eu', 'europe', 'america', 'canada', 'france', 'spain', 'germany', 'italy', 'ireland', 'australia',
  'india', 'china', 'japan', 'mexico', 'brazil', 'netherlands', 'portugal', 'greece', 'turkey', 'switzerland', 'norway',
  'sweden', 'denmark', 'poland', 'dubai', 'uae', 'thailand', 'singapore', 'zealand', 'africa', 'egypt', 'morocco',
  'scotland', 'wales', 'england', 'britain', 'london', 'paris', 'york', 'oslo', 'madrid', 'berlin', 'rome', 'tokyo',
  'amsterdam', 'dublin', 'lisbon', 'barcelona', 'toronto', 'sydney', 'asia', 'abroad', 'overseas',
]);

/** Words an answer uses for "somewhere other than home" (a question about the US is answered by "roaming abroad"). */
export const ABROAD_WORDS: readonly string[] = ['abroad', 'overseas', 'international', 'internationally', 'roaming', 'roam', 'travel', 'travelling', 'worldwide', 'foreign', 'destination', 'destinations', 'countries', 'country', 'zone', 'zones'];

/** Aliases that name the same place. */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  us: ['usa', 'america', 'american', 'states', 'york'],
  usa: ['us', 'america', 'american', 'states'],
  uk: ['britain', 'england', 'scotland', 'wales', 'british'],
  eu: ['europe', 'european'],
  europe: ['eu', 'european'],
};

/** Verbs of a question about where something works ("Does it work in the US?", "Can I use it in Spain?"). */
export const PLACE_VERBS: ReadonlySet<string> = new Set([
  'work', 'works', 'use', 'used', 'roam', 'available', 'valid', 'ship', 'deliver', 'accepted', 'covered', 'cover',
  'function', 'connect', 'operate',
]);

/** Verbs of an inclusion question ("Does my fare include a checked bag?"). */
export const INCLUSION_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'included', 'including', 'come', 'comes', 'cover', 'covers', 'covered', 'get']);

/** Words that open a yes/no or direct answer; a draft that starts a sentence with one answers the question. */
export const ANSWER_OPENERS: readonly string[] = [
  'yes', 'no', 'yep', 'nope', 'yeah', 'sure', 'absolutely', 'definitely', 'certainly', 'of course', 'unfortunately',
  'sadly', 'afraid', 'good news', 'great news', 'it does', 'it will', 'it can', 'it is', 'you can', 'you will', 'you are able',
  'that is fine', 'that works', 'correct', 'indeed', 'not', 'it does not', 'it will not', 'you cannot', 'you can not',
];

/** Verbs that open a how-to instruction ("Go to Settings", "To cancel, click ..."). */
export const HOWTO_VERBS: ReadonlySet<string> = new Set([
  'go', 'click', 'tap', 'open', 'visit', 'log', 'sign', 'select', 'choose', 'head', 'navigate', 'enter', 'press', 'call',
  'fill', 'follow', 'use', 'download', 'install',
]);

/** Words that say nothing about a question's topic, left out when comparing a question with a draft. */
export const QUESTION_STOPWORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'the', 'a', 'an', 'to', 'for', 'of', 'on', 'in', 'at', 'and',
  'or', 'is', 'are', 'was', 'be', 'can', 'could', 'would', 'will', 'do', 'does', 'did', 'if', 'just', 'want', 'know',
  'there', 'this', 'that', 'with', 'from', 'any', 'some', 'please', 'still', 'get', 'have', 'has', 'possible', 'way',
  'how', 'what', 'when', 'which', 'whether', 'wondering', 'like', 'need', 'am', 'not', 'so', 'also', 'instead', 'rather',
  'than', 'really', 'actually', 'us', 'them', 'they', 'two', 'one', 'next', 'week', 'weeks', 'month', 'months', 'day', 'days',
]);
