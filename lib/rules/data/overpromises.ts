// Ways of promising too much, as data: guarantees, certainty words, "never again", sweeping claims and outcomes others control.

/**
 * lead-in: "I can guarantee (that) ..." — the words themselves become "I expect".
 * trailing: ", guaranteed", ", I promise", "for sure" — tacked on to a promise; they go.
 * adverb: "definitely", "absolutely", "100%" inside a promise (or ending one: "..., definitely"); they go and "will" becomes "should".
 * certain-to: "is sure to", "you're guaranteed to" — become "should".
 * guaranteed: "delivery is guaranteed" — no safe automatic rewrite.
 * never-again: "this will never happen again".
 * forever: "forever", "for good" on a promise.
 * sweep: "will completely stop", "will fix every ...".
 * everyone: "every member loses weight" — a claim about all customers.
 * win: "we'll win this".
 * safe: "is completely safe".
 * decision: "your claim will be approved" — someone else's decision stated as certain.
 */
export type OverpromiseKind =
  | 'lead-in' | 'trailing' | 'adverb' | 'certain-to' | 'guaranteed' | 'never-again' | 'forever' | 'sweep' | 'everyone'
  | 'win' | 'safe' | 'decision';

export interface OverpromiseRow {
  pattern: string;
  kind: OverpromiseKind;
  /** Trailing words that are a promise only at the end of a clause ("..., definitely."), not mid-sentence. */
  clauseFinal?: boolean;
  /** Strong enough to flag a promise with no "will" or date in it ("The fix works, guaranteed"). */
  strong?: boolean;
}

export const OVERPROMISE_CLASSES = {
  certainWord: ['definitely', 'absolutely', 'certainly', 'surely', 'undoubtedly', 'unquestionably', 'positively', 'categorically'],
  hundred: ['100%', '100 %', '100 percent', '100 per cent', 'one hundred percent', 'one hundred per cent', 'a hundred percent', 'a hundred per cent'],
  person: [
    '~graduate', '~student', '~learner', '~customer', '~client', '~user', '~member', '~candidate', '~trainee', '~participant',
    '~applicant', '~patient', '~subscriber', '~household', '~family', '~investor', '~seller', '~buyer', '~player', '~attendee',
  ],
  success: [
    '~land', '~get', '~find', '~pass', '~secure', '~win', '~save', '~achieve', '~earn', '~see', '~double', '~lose',
    '~receive', '~recover', '~qualify', 'go on to', 'goes on to', 'walk away with', 'walks away with', '~make',
  ],
  wipe: ['eliminate', 'end', 'stop', 'remove', 'prevent', 'get rid of', 'eradicate', 'banish', 'wipe out'],
  mend: ['fix', 'solve', 'resolve', 'cure', 'sort', 'sort out', 'repair', 'clear up', 'address'],
  fully: ['completely', 'totally', 'entirely', 'fully', 'permanently', 'forever', 'once and for all'],
  again: ['happen again', 'happens again', 'occur again', 'occurs again', 'recur', 'recurs', 'be repeated', 'is repeated', 'repeat itself', 'repeats itself'],
};

export const OVERPROMISE_ROWS: OverpromiseRow[] = [
  // "I can guarantee (that)", "I promise you", "I can assure you", "I'm certain", "there's no doubt".
  { pattern: 'I (can|do|could|will)? (personally|absolutely|honestly|100%)? (guarantee|promise|assure) [you] [that]', kind: 'lead-in' },
  { pattern: 'we (can|do|will)? (guarantee|promise) [you] [that]', kind: 'lead-in' },
  { pattern: 'I am (absolutely|completely|totally|quite|@hundred)? (certain|positive) [that]', kind: 'lead-in' },
  { pattern: 'I am (absolutely|completely|totally|@hundred|very) sure [that]', kind: 'lead-in' },
  { pattern: 'we are (absolutely|completely|totally|@hundred) (sure|certain|positive) [that]', kind: 'lead-in' },
  { pattern: '(there is|I have|there can be) no (doubt|question) [(in my mind|about it)] [that]', kind: 'lead-in' },
  { pattern: 'you have my (word|promise|guarantee) [that]', kind: 'lead-in' },
  { pattern: '(rest assured|be assured) that? I am (certain|sure)', kind: 'lead-in' },

  // Tacked-on guarantees: "…, guaranteed", "…, I promise", "…, no question".
  { pattern: '[@hundred|fully|absolutely|totally] guaranteed', kind: 'trailing', clauseFinal: true, strong: true },
  { pattern: '(I|we) (promise|guarantee) [you]', kind: 'trailing', clauseFinal: true, strong: true },
  { pattern: 'I assure you', kind: 'trailing', clauseFinal: true, strong: true },
  { pattern: 'you have my word', kind: 'trailing', clauseFinal: true, strong: true },
  { pattern: 'you can (count|rely|bank) on (it|that)', kind: 'trailing', clauseFinal: true, strong: true },
  { pattern: 'no (question|doubt|doubt about it|question about it|two ways about it)', kind: 'trailing', clauseFinal: true },
  { pattern: 'without (a|any) (doubt|question)', kind: 'trailing' },
  { pattern: 'for (sure|certain|definite)', kind: 'trailing' },
  { pattern: 'without fail', kind: 'trailing' },
  { pattern: 'no matter what', kind: 'trailing', clauseFinal: true },
  { pattern: '(hand on heart|mark my words|no ifs or buts|no ifs and buts|cross my heart)', kind: 'trailing' },
  { pattern: '@hundred', kind: 'trailing', clauseFinal: true },

  // Certainty inside the promise: "will definitely", "100% accurate", "it'll absolutely be back".
  { pattern: '@certainWord', kind: 'adverb' },
  { pattern: '@hundred (accurate|correct|right|sure|certain|fixed|resolved|working|reliable|covered|safe|secure|free|perfect|on time)', kind: 'adverb' },
  { pattern: '(will|shall) @hundred', kind: 'adverb' },

  // "is sure to go through", "you're guaranteed to qualify", "your refund is certain to clear".
  { pattern: '(is|are|am|be|was|were) [@hundred|absolutely] (guaranteed|certain|sure) to', kind: 'certain-to' },
  { pattern: '(is|are|am|be) [@hundred|absolutely|fully] guaranteed', kind: 'guaranteed' },

  // "this will never happen again", "I'll make sure it doesn't happen again".
  { pattern: '(will|shall|is going to) (never|not) [ever] @again', kind: 'never-again' },
  { pattern: 'never [ever] @again', kind: 'never-again' },
  { pattern: '(make sure|ensure|guarantee) [that] (this|it|that|nothing like this|this kind of thing|the same thing|this sort of thing) (never|does not|will not|will never|is never|is not|cannot) [ever] @again', kind: 'never-again' },
  { pattern: 'never again', kind: 'never-again' },
  { pattern: '(zero|no) (chance|risk) [of] (this|it|that)? (happening|occurring) again', kind: 'never-again' },

  // "forever", "for good" on a promise.
  { pattern: '(forever|for ever|for good|once and for all|for the rest of time|for all time)', kind: 'forever' },

  // Sweeping results: "will completely stop the crashes", "this update will fix every bug".
  { pattern: '(will|shall) [@fully] (@wipe|@mend) (every|all|each|everything|everyone|all of)', kind: 'sweep' },
  { pattern: '(will|shall) (completely|totally|entirely|permanently|@hundred) (@wipe|@mend)', kind: 'sweep' },
  { pattern: '(will|shall) never (have|see|get|experience|face|suffer|hit|notice) (another|any|a single|any more|any other)', kind: 'sweep' },
  { pattern: '(will|shall) never (have to|need to) (deal with|worry about|face|chase|contact|call|think about)', kind: 'sweep' },
  { pattern: '(will|shall) always (arrive|work|be on time|be accurate|be right)', kind: 'sweep' },

  // Claims about everyone: "every member loses weight", "all our learners qualify".
  { pattern: '(every|each) [single] @person @success', kind: 'everyone' },
  { pattern: 'all [of] our @person @success', kind: 'everyone' },
  { pattern: '(everyone|everybody) who *{1,4} @success', kind: 'everyone' },

  // Outcomes decided by others: "we'll win this one", "your claim will be approved".
  { pattern: '(will|shall|are going to|is going to) [@certainWord] win', kind: 'win' },
  { pattern: '(is|are|will be) (completely|totally|entirely|perfectly|@hundred|absolutely|fully) (safe|secure|protected)', kind: 'safe' },
  { pattern: '(will|shall) [@certainWord] be (approved|accepted|granted|upheld|successful|paid out|paid in full|reimbursed in full|refunded in full|settled in full|covered in full)', kind: 'decision' },
];

/** Things that happen to the customer only when others (carrier, bank, engineers, a clinic) deliver them. */
export const OUTCOME_ROWS: { pattern: string }[] = [
  { pattern: '~arrive' },
  { pattern: 'deliver (it|them|this|that|your *|the *)' },
  { pattern: 'get (it|them|this|that|your *|the *) to you' },
  { pattern: '(land|lands)' },
  { pattern: 'be (delivered|there|here|with you|on your doorstep|at your door|on time|in time)' },
  { pattern: 'be (in|into) (your|their|the) *{0,2} (account|accounts|bank|inbox|hands)' },
  { pattern: 'be back [(with|to) you|online|up|up and running|in stock|to normal]' },
  { pattern: 'be (live|ready|fixed|resolved|sorted|working|restored|repaired|replaced|available|done|complete|completed|finished|cleared|credited|paid|reconnected|installed|connected|released|approved|seen|up and running|operational|unlocked|reactivated|activated|reinstated|transferred|returned|reimbursed|settled|online)' },
  { pattern: 'be (fully|completely|all) (fixed|resolved|sorted|working|restored|repaired|done|back)' },
  { pattern: 'reach (you|your (account|bank|door|home|inbox|card))' },
  { pattern: '(turn|show) up' },
  { pattern: 'get (there|to you|here|back to you|to your door)' },
  { pattern: '(come|go|goes|comes) through' },
  { pattern: '(clear|clears)' },
  { pattern: '(show|appear) [up] (in|on) your (account|bank|bank account|statement|card|balance)' },
  { pattern: 'have *{1,4} back' },
  { pattern: 'get (your|the|it|them|#money|all|every) *{0,3} back' },
  { pattern: 'work (again|first time|perfectly|properly|fine|normally)' },
  { pattern: '(have|get) (it|them|this|that|your *) (fixed|repaired|back|sorted|replaced|delivered|resolved|unlocked|reconnected)' },
];
