// What customers write when something has gone wrong, by kind, and how an agent can acknowledge each kind.
import { packed } from '../support/pattern-lists';

export type ProblemKind =
  | 'bereavement'
  | 'hardship'
  | 'fraud'
  | 'money'
  | 'damaged'
  | 'not-arrived'
  | 'lost'
  | 'billing'
  | 'wrong'
  | 'access'
  | 'cancelled'
  | 'no-show'
  | 'faulty'
  | 'outage'
  | 'delay'
  | 'chasing'
  | 'service'
  | 'feeling'
  /** Circumstances that raise the stakes ("I've got a newborn") but are no problem on their own. */
  | 'context'
  /** Phrases that look like a cue but say the opposite ("no problem", "I can't wait"); they only block. */
  | 'none';

export interface ProblemRow {
  pattern: string;
  kind: ProblemKind;
  /** 2: a problem on its own; 1: needs a second sign (another cue, "!!", an unhappy tone). */
  weight: 0 | 1 | 2;
  /** The cue carries no negation of its own, so "not", "no", "never" just before it cancel it ("wasn't damaged"). */
  negatable?: boolean;
  /** Counts even inside a question or a thank-you ("What is going on?", "Thanks for nothing"). */
  always?: boolean;
  /**
   * An acknowledgement for this cue when the kind's own would be vaguer; "{thing}" is the part of the
   * match marked with < >, as the customer wrote it.
   */
  ack?: string;
  /** The acknowledgement when `ack` needs a thing and the customer named none. */
  ackPlain?: string;
  /** Completes "The customer says ..." when this cue names the problem; "{thing}" as in `ack`. */
  says?: string;
  saysPlain?: string;
  /** A blocker that explains its sentence ("I bought the wrong size"): weak cues there don't count. */
  calm?: boolean;
}

/** How to acknowledge each kind, with and without the thing it happened to ("{thing}", and verbs that agree with it). */
export interface KindText {
  ack: string;
  ackThing?: string;
  says: string;
  saysThing?: string;
}

/**
 * Which cue names the problem in the message and the first suggestion: the gravest tier first, then
 * within a tier the clear cues before the weak ones, then the one the customer mentioned first.
 */
export const KIND_TIER: Record<ProblemKind, number> = {
  bereavement: 0, hardship: 0, fraud: 0, money: 0,
  damaged: 1, 'not-arrived': 1, lost: 1, access: 1, billing: 1, wrong: 1, outage: 1, cancelled: 1, 'no-show': 1,
  faulty: 1, delay: 1,
  chasing: 2, service: 2,
  feeling: 3,
  context: 4, none: 4,
};

/** Said when nothing more specific fits; it must read well after any problem. */
export const GENERIC_ACK = "I'm sorry about the trouble this has caused.";

export const KIND_TEXT: Record<Exclude<ProblemKind, 'context' | 'none'>, KindText> = {
  bereavement: {
    ack: "I'm so sorry for your loss.",
    ackThing: "I'm so sorry to hear about your {thing}.",
    says: "they've lost someone close to them",
  },
  hardship: {
    ack: "I'm sorry you're going through this.",
    ackThing: "I'm so sorry to hear about your {thing}.",
    says: "they're going through a hard time",
    saysThing: "they're going through a hard time with their {thing}",
  },
  fraud: { ack: "I'm so sorry this has happened to you.", says: 'they’ve been hit by fraud or theft' },
  money: { ack: "I'm sorry you've been left out of pocket.", says: 'they’ve lost money over this' },
  damaged: {
    ack: "I'm sorry about the damage.",
    ackThing: "I'm sorry about the damage to your {thing}.",
    says: 'something of theirs was damaged',
    saysThing: 'their {thing} {was} damaged',
  },
  'not-arrived': {
    ack: "I'm sorry it hasn't arrived.",
    ackThing: "I'm sorry your {thing} {hasn't} arrived.",
    says: "something they're expecting hasn't arrived",
    saysThing: "their {thing} {hasn't} arrived",
  },
  lost: {
    ack: "I'm sorry something is missing.",
    ackThing: "I'm sorry your {thing} {has} gone missing.",
    says: 'something of theirs has gone missing',
    saysThing: 'their {thing} {has} gone missing',
  },
  billing: {
    ack: "I'm sorry about the trouble with this charge.",
    ackThing: "I'm sorry about the trouble with your {thing}.",
    says: "there's a problem with what they were charged",
    saysThing: "there's a problem with their {thing}",
  },
  wrong: {
    ack: "I'm sorry about the mix-up.",
    ackThing: "I'm sorry about the mix-up with your {thing}.",
    says: 'something was wrong',
    saysThing: 'something was wrong with their {thing}',
  },
  access: {
    ack: "I'm sorry you've been locked out.",
    ackThing: "I'm sorry you can't get into your {thing}.",
    says: "they can't get in",
    saysThing: "they can't get into their {thing}",
  },
  cancelled: {
    ack: "I'm sorry about the cancellation.",
    ackThing: "I'm sorry your {thing} {was} cancelled.",
    says: "something they'd booked was cancelled",
    saysThing: 'their {thing} {was} cancelled',
  },
  'no-show': { ack: "I'm sorry you were left waiting.", says: 'nobody turned up as promised' },
  faulty: {
    ack: "I'm sorry it isn't working properly.",
    ackThing: "I'm sorry your {thing} {isn't} working properly.",
    says: "something isn't working",
    saysThing: "their {thing} {isn't} working",
  },
  outage: {
    ack: "I'm sorry about the disruption.",
    ackThing: "I'm sorry about the trouble with your {thing}.",
    says: 'their service has been down',
    saysThing: "their {thing} {isn't} working",
  },
  delay: {
    ack: "I'm sorry you've been kept waiting.",
    ackThing: "I'm sorry you've been kept waiting for your {thing}.",
    says: "they've been kept waiting",
    saysThing: "they've been kept waiting for their {thing}",
  },
  chasing: { ack: "I'm sorry you've had to keep chasing this.", says: "they've had to keep chasing this" },
  service: { ack: "I'm sorry about how you were treated.", says: 'they were treated badly' },
  feeling: { ack: GENERIC_ACK, says: "they're unhappy" },
};

const NUMBER_WORDS = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'several', 'many', 'few', 'a few', 'a couple of',
  'couple of', 'a couple', 'multiple', 'numerous', 'countless', 'so many', 'dozens of', 'a dozen',
];

const CLASSES = {
  // Negation as customers type it, with and without apostrophes ("doesn't", "doesnt", "still hasn't").
  aux: ['does', 'do', 'did', 'is', 'are', 'am', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'still'],
  neg: [
    '[still] @aux [still] (not|never)', 'never', 'not', 'still not', 'no longer', '@aux no longer',
    'doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'wont', 'wouldnt', 'cant', 'couldnt',
  ],
  count: NUMBER_WORDS,
  unit: ['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'fortnight'],
  duration: ['(#num|@count) [more|whole|full|long|straight] @unit', 'a fortnight', 'ages', 'forever', 'so long', 'this long'],
  nth: ['second', 'third', 'fourth', 'fifth', 'sixth', 'tenth', 'umpteenth', 'nth', '2nd', '3rd', '4th', '5th', '#num'],
  arrive: [
    '~arrive', 'come', 'came', 'got here', 'get here', 'been delivered', 'be delivered',
    '~deliver', '~reach (me|us|my house|my home)', 'made it', 'make it', 'come through', 'came through', 'gone through',
  ],
  receive: ['~receive', 'got', 'get', 'gotten', 'had'],
  'neg-past': [
    '[still] (has|have|had|did|does|do|is|are|was|were) [still] (not|never)', 'never', 'still not', 'not yet',
    'hasnt', 'havent', 'hadnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent',
  ],
  cannot: [
    '[still] (can|could) [still] not', 'cant', 'couldnt', '[still] (unable|not able) to', '(am|is|are|was|were) [still] (unable|not able) to',
    '(will|would|does|did) not let (me|us)', '(wont|wouldnt|doesnt|didnt) let (me|us)',
  ],
  damage: [
    'damaged', 'broken', 'cracked', 'smashed', 'shattered', 'crushed', 'squashed', 'dented', 'scratched', 'torn', 'ripped',
    'bent', 'snapped', 'chipped', 'leaking', 'leaked', 'soaked', 'soaking wet', 'melted', 'stained', 'faulty', 'defective',
    'dead', 'cold', 'stone cold', 'freezing cold', 'spoiled', 'spoilt', 'mouldy', 'moldy', 'rotten', 'stale', 'squashed',
    'in pieces', 'falling apart', 'ruined', 'off',
    '(with|had|has) (a|an) [big|huge|large|deep] (scratch|crack|dent|hole|tear|rip|chip|stain|leak|dead pixel|mark)',
    '(with|had|has) (damage|scratches|cracks|dents|holes|stains)',
  ],
  work: [
    'work', 'works', 'working', 'function', 'functioning', 'turn on', 'switch on', 'power on', 'boot', 'boot up', 'start',
    'start up', 'charge', 'charging', 'connect', 'connecting', 'load', 'loading', 'open', 'opening', 'sync', 'syncing',
    'print', 'printing', 'play', 'playing', 'pair', 'pairing', 'brew', 'heat', 'heat up', 'cool', 'respond', 'responding',
    'install', 'update', 'accept', 'accepted', 'recognise', 'recognised', 'record', 'register', 'save', 'saving', 'upload',
    'download', 'send', 'sending', 'go out', 'going out', 'go through', 'come on', 'spin', 'flush', 'drain', 'lock', 'unlock',
    'apply', 'applied', 'register', 'registered', 'redeem', 'activate', 'validate', 'verify', 'update', 'refresh',
    'worked', 'functioned', 'connected', 'loaded', 'opened', 'synced', 'started', 'printed', 'played', 'paired',
    'responded', 'installed', 'updated', 'saved', 'uploaded', 'downloaded', 'gone through', 'come on', 'turned on',
    'switched on', 'booted', 'heated up', 'cooled', 'recorded', 'activated', 'redeemed',
  ],
  malfunction: [
    'crashing', 'freezing', 'dropping', 'dropping out', 'disconnecting', 'restarting', 'rebooting', 'cutting out', 'failing',
    'glitching', 'buffering', 'lagging', 'turning off', 'switching off', 'shutting down', 'shutting off', 'going off',
    'logging me out', 'kicking me out', 'throwing errors', 'giving (me)? (an)? (error|errors)', 'beeping', 'flashing',
    'losing (connection|signal|it|them|my|our|the)', 'rejecting', 'declining', 'timing out', 'tripping', 'overheating', 'asking (me)? (for|to)',
  ],
  utility: [
    'internet', 'broadband', 'wifi', 'wi-fi', 'connection', 'signal', 'service', 'phone service', 'mobile service', 'power',
    'electricity', 'gas', 'heating', 'heat', 'hot water', 'water', 'phone line', 'landline', 'line', 'tv', 'data',
    'network', 'coverage', 'hot water or heating', 'heating or hot water', 'heating and hot water', 'hot water and heating',
  ],
  'money-noun': [
    'price', 'prices', 'bill', 'bills', 'premium', 'premiums', 'fee', 'fees', 'rate', 'rates', 'tariff', 'subscription',
    'payment', 'payments', 'direct debit', 'standing charge', 'cost', 'costs', 'charge', 'charges', 'renewal', 'plan',
    'monthly payment', 'instalment', 'installment', 'membership',
  ],
  'go-up': [
    '~go up', 'gone up', '~increase', '~rise', 'risen', 'rose', '~double', '~triple', '~jump', 'shot up', '~skyrocket',
    'gone through the roof', 'more than doubled',
  ],
  relation: [
    'mum', 'mom', 'mother', 'dad', 'father', 'husband', 'wife', 'partner', 'son', 'daughter', 'child', 'baby', 'brother',
    'sister', 'grandmother', 'grandfather', 'gran', 'grandma', 'granny', 'grandad', 'granddad', 'grandpa', 'nan', 'nana',
    'aunt', 'auntie', 'uncle', 'friend', 'best friend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'boyfriend', 'girlfriend',
    'dog', 'cat', 'puppy', 'kitten', 'pet', 'horse', 'parents', 'parent', 'family', 'kids', 'children', 'stepfather',
    'stepmother', 'father-in-law', 'mother-in-law', 'colleague', 'neighbour',
  ],
  'chase-verb': [
    '~call', '~ring', 'rang', '~phone', '~email', '~e-mail', '~message', '~contact', '~chase', '~write', 'wrote', 'written',
    '~ask', '~try', '~complain', '~report', '~send', 'sent', '~restart', '~reset', '~reinstall', '~reboot', '~chat',
    '~explain', '~raise', '~submit', '~log', '~fill in', '~fill out', '~redo', '~repeat', '~enter', '~upload', '~provide', '~resend', '~re-send',
  ],
  nobody: ['nobody', 'no one', 'no-one', 'noone', 'nobody else', 'the engineer', 'the driver', 'the courier', 'the technician', 'the rider'],
};

export const PROBLEM_CLASSES = packed(CLASSES);

const ARRIVED_DAMAGED = {
  ack: "I'm sorry your {thing} arrived damaged.",
  ackPlain: "I'm sorry it arrived damaged.",
  says: 'their {thing} arrived damaged',
  saysPlain: 'what they received arrived damaged',
};
const REFUSED = {
  ack: "I'm sorry your {thing} {was} {cue}.",
  ackPlain: "I'm sorry it was {cue}.",
  says: 'their {thing} {was} {cue}',
  saysPlain: 'it was {cue}',
};
const DELAYED = {
  ack: "I'm sorry your {thing} {was} delayed.",
  ackPlain: "I'm sorry about the delay.",
  says: 'their {thing} {was} delayed',
  saysPlain: 'something was delayed',
};
const LEAK = { ack: "I'm sorry about the leak.", says: 'something is leaking' };
const SLOW = {
  ack: "I'm sorry your {thing} {has} been so slow.",
  ackPlain: "I'm sorry it's been so slow.",
  says: 'their {thing} {has} been slow',
  saysPlain: "it's been slow",
};
const FRUSTRATED = "I'm sorry, I can see how frustrating this has been.";
const FED_UP = "I'm sorry, I can see why you're fed up.";
const ANGRY = "I'm sorry, I can see why you're angry.";
const UPSET = "I'm sorry, this sounds really upsetting.";
const WORRIED = 'I understand how worrying this is.';
const SCARED = "I'm sorry, that sounds really frightening.";
const DISAPPOINTED = "I'm sorry this has been so disappointing.";
const UNHAPPY = "I understand why you're unhappy about this.";

export const PROBLEM_CUES: ProblemRow[] = [
  // ---- Blockers: look like a cue, say the opposite.
  { pattern: '(no|not a|not an|without (a|any)) (problem|problems|issue|issues|trouble|complaints|complaint|rush|hurry|worries)', kind: 'none', weight: 0 },
  { pattern: '(nothing|never anything) (wrong|broken|missing)', kind: 'none', weight: 0 },
  { pattern: '(can|could) not wait', kind: 'none', weight: 0 },
  { pattern: '(is|has|have|are) gone (to|through|into|up|down|out|ahead|back|over|off|on|for|in|well|quiet|past|by)', kind: 'none', weight: 0 },
  { pattern: '(to|please|(can|could|would|will) you|[i|we] (want|need|would like|wish|have) to) ~cancel', kind: 'none', weight: 0 },
  { pattern: '(cant|couldnt) wait', kind: 'none', weight: 0 },
  { pattern: '(works|working|worked) (perfectly|fine|great|well|again|brilliantly|a treat)', kind: 'none', weight: 0 },
  { pattern: '(i|we) [have|had|already|just|accidentally] (~cancel|~break|~drop|~damage|~forget|failed|fail)', kind: 'none', weight: 0, calm: true },
  { pattern: '(i|we) [have|had|accidentally|just] (ordered|bought|picked|chose|booked|entered|typed|selected|put|clicked|sent|paid) [on|for|to] (the|a) wrong', kind: 'none', weight: 0, calm: true },
  { pattern: '(wrong|not the right|not quite the right) (colour|color|size|fit|style|shade|length|model|one) for (me|my|our|us|the room|what i|what we)', kind: 'none', weight: 0, calm: true },
  { pattern: '(by mistake|my mistake|my fault|my bad|my error|by accident)', kind: 'none', weight: 0, calm: true },
  // What the customer did themselves is no fault: "after I froze my membership" (the complaint is elsewhere).
  { pattern: '(i|we) [had|have|already|just] (froze|frozen|paused|suspended|closed|stopped|ended) (my|our|the)', kind: 'none', weight: 0 },
  { pattern: 'after (i|we) [had|have|already] (cancelled|froze|frozen|paused|closed|stopped|ended|left|returned|sent (it|them) back)', kind: 'billing', weight: 1 },
  { pattern: '(took|taken|deducted|debited|withdrew|withdrawn|charged|collected) (#money|money|a payment|another payment|payment|the full amount) (from|out of|off) (my|our)', kind: 'billing', weight: 1 },
  // Records that say something absurd about the customer: acknowledge the shock, don't offer condolences.
  { pattern: '((marked|listed|recorded|registered|flagged|shown|showing|declared) (me|us|him|her|my account|our account|my husband|my wife|my mum|my dad) [as]|(me|us|him|her) (marked|listed|recorded|registered|flagged|down) as) (deceased|dead|having died)', kind: 'wrong', weight: 2, ack: "I'm sorry, that must have been very upsetting to see.", says: 'their records wrongly show someone as deceased' },
  { pattern: '(i|we|you|he|she|they) (was|were|got|have been|has been|had been|keep getting|kept getting|keeps getting) (cut off|disconnected|hung up on)', kind: 'outage', weight: 2, ack: "I'm sorry you were cut off.", says: 'they were cut off' },
  { pattern: '[for|after|over|nearly|almost|more than] @duration (on hold|in a queue|in the queue|on the phone|on the line|in the chat|waiting for an agent)', kind: 'delay', weight: 2, ack: "I'm sorry you've been kept waiting so long.", says: "they've been left on hold" },
  { pattern: '(i|we) [have|had|just|somehow] (lost|misplaced|forgot|forgotten) (my|our) (password|pin|passcode|login|login details|username|user name|log-in details|details|security answers|recovery codes|backup codes)', kind: 'none', weight: 0, calm: true },
  { pattern: 'to (~delete|~remove|~close)', kind: 'none', weight: 0 },
  { pattern: '(fraud|claims|lost property|complaints|returns|cancellation|cancellations) (team|department|dept|desk|office|policy|form|page)', kind: 'none', weight: 0 },
  { pattern: '(accidental|storm|water|flood|fire) damage (cover|insurance|protection|waiver)', kind: 'none', weight: 0 },
  { pattern: '(damage|loss|theft|breakdown|accident) (cover|insurance|protection|waiver|excess)', kind: 'none', weight: 0 },
  { pattern: '(waiting|wait) list', kind: 'none', weight: 0 },
  { pattern: 'crash (course|test|pad)', kind: 'none', weight: 0 },
  { pattern: '(out of|in) stock', kind: 'none', weight: 0 },
  { pattern: 'still (available|valid|open|on|going ahead|going|in stock|active|there|happy|interested|want)', kind: 'none', weight: 0 },
  { pattern: '(a|the) (breakdown|break down) of', kind: 'none', weight: 0 },
  { pattern: 'do not (get|understand) (it|why|how|what|this)', kind: 'none', weight: 0 },
  { pattern: '(i|we) (do not|dont|did not|didnt|will not|wont|can not|cant) (work|open|start|use|see)', kind: 'none', weight: 0 },
  { pattern: 'not right (now|away)', kind: 'none', weight: 0 },
  { pattern: '(no|without) (service|connection|delivery|cancellation|admin) (fee|fees|charge|charges)', kind: 'none', weight: 0 },

  // ---- Waiting and delay.
  { pattern: '[@aux] [been] (waiting|waited) (for|since|over|nearly|almost|more than|all|in|on|#num|@count|ages|forever|weeks|days|hours|months|and waiting)', kind: 'delay', weight: 2 },
  { pattern: '(been|still|kept|keep|keeps) (waiting|waited)', kind: 'delay', weight: 2 },
  { pattern: 'waited', kind: 'delay', weight: 2, negatable: true },
  { pattern: '(waiting|wait) (for|on)', kind: 'delay', weight: 1 },
  { pattern: '@duration (late|overdue|behind|delayed)', kind: 'delay', weight: 2 },
  { pattern: '(is|are|was|were|arrived|came|running|turned up|showed up|delivered|been) [so|very|really|too|extremely|incredibly] late', kind: 'delay', weight: 2, negatable: true },
  { pattern: 'late (again|delivery|arrival|refund|order)', kind: 'delay', weight: 1, negatable: true },
  { pattern: '(delayed|held up)', kind: 'delay', weight: 2, negatable: true, ...DELAYED },
  { pattern: '(overdue|delays|delay|backlogged)', kind: 'delay', weight: 2, negatable: true },
  { pattern: '(any news|any update|any updates|any word|any progress|anything yet|an update please|update please)', kind: 'delay', weight: 1, always: true },
  { pattern: 'why @neg', kind: 'delay', weight: 2, always: true },
  { pattern: '(it|they|that|this) (was|were|did|has|have) not [happened|arrived|come|been] .', kind: 'delay', weight: 2 },
  { pattern: '(taking|taken|take|takes|took) (so|too|this|that|far too|way too|much too|such a) (long|ages)', kind: 'delay', weight: 2 },
  { pattern: '(taking|taken|take|takes|took) (forever|ages|weeks|months|an age)', kind: 'delay', weight: 2 },
  { pattern: 'it (has|is|was|had) (now)? been [over|more than|nearly|almost|about|around|at least] @duration', kind: 'delay', weight: 2 },
  { pattern: '(for|over|after) [over|more than|nearly|almost|about|around|at least] @duration [now]', kind: 'delay', weight: 1 },
  { pattern: '@duration (now|later|on|and counting|ago)', kind: 'delay', weight: 1 },
  { pattern: '(is|are|was|were|am) [still] not (on|in) (my|our|the) *{0,2} (list|bill|account|statement|invoice|basket|booking|record|records|system|course list|timetable|schedule)', kind: 'not-arrived', weight: 2, ack: "I'm sorry it isn't showing up.", says: "something they're owed isn't showing up" },
  { pattern: 'since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|#num)', kind: 'delay', weight: 1 },
  { pattern: 'stuck', kind: 'delay', weight: 2, negatable: true },
  { pattern: '@neg-past [been] (updated|moved|changed|progressed|budged|shifted) [at all] (in|for|since|over) [over|more than|nearly|almost|about|around|at least] (@duration|a week|a month|a day|days|weeks|months|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|last month)', kind: 'delay', weight: 2 },
  { pattern: 'still (says|say|shows|showing|shown|processing|pending|in progress|unpaid|not|no|nothing|waiting|have not|has not)', kind: 'delay', weight: 1 },
  { pattern: '(no|without (a|any)) (update|updates|news|tracking update|progress|movement|change)', kind: 'delay', weight: 2 },
  { pattern: '(was|were) (supposed|meant|due|scheduled|expected|promised) to', kind: 'delay', weight: 2 },
  { pattern: '(is|are|am) supposed to', kind: 'delay', weight: 1 },
  { pattern: 'should have (arrived|come|heard|started|finished|reached|landed|been delivered|been here|been back|been fixed|been sorted|been done|been live|been paid|been refunded|been processed|been sent)', kind: 'delay', weight: 2 },
  { pattern: '(by now|how much longer|how long (do|does|will|must|should|am) (i|we) (have to)? (wait|be waiting))', kind: 'delay', weight: 2, always: true },
  { pattern: '(so|too|very|really|painfully|incredibly|extremely|super|unbearably|ridiculously|terribly|awfully|insanely) slow', kind: 'faulty', weight: 2, negatable: true, ...SLOW },
  { pattern: '(slow|slower|slowed down|slowing down|sluggish)', kind: 'faulty', weight: 1, negatable: true, ...SLOW },
  { pattern: '(been|spent|spend|sat|waited|wasted) *{0,3} (on the phone|on hold|in a queue|in the queue|queuing|queueing|in the chat|on chat|on the line)', kind: 'delay', weight: 2, ack: "I'm sorry you've been kept waiting so long.", says: "they've been left on hold" },
  { pattern: '(trying|tried) to (sort|fix|resolve|get|sort out) (this|it|things) [out|sorted|fixed|resolved]', kind: 'chasing', weight: 1 },
  { pattern: '(on hold|in a queue|in the queue|queuing|queueing|hanging on the line) (for|since)', kind: 'delay', weight: 2, ack: "I'm sorry you've been kept waiting so long.", says: "they've been left on hold" },
  { pattern: '(you|they|he|she|your (website|site|app|page|email|advisor|agent|team|staff)) (said|promised|told (me|us)) *{1,8} (and|but|yet) (it is|it has|its|now|still|nothing|no one|nobody|i have|i am|we have|we are)', kind: 'delay', weight: 2 },
  { pattern: '@neg-past [yet|even] been (paid|refunded|credited|processed|approved|released|fixed|sorted|resolved|answered|dealt with|actioned|looked at|sent|dispatched|shipped|posted|returned|reimbursed|compensated|reconnected|restored|updated|applied|honoured|honored)', kind: 'delay', weight: 2 },
  { pattern: '@neg-past [yet|even] (replied|responded|answered|got back|gotten back|called back|called me back|rung back|rang back|returned my (call|calls|email|emails)|been in touch|contacted me|contacted us|heard back|heard anything|heard from)', kind: 'chasing', weight: 2, ack: "I'm sorry you haven't heard back.", says: "they haven't heard back" },

  // ---- Expected and never arrived.
  { pattern: '@neg-past [yet] [even] @arrive', kind: 'not-arrived', weight: 2 },
  { pattern: '@neg-past [yet] [even] @receive (my|our|the|a|an|any|it|them|anything|this|that|#money)', kind: 'not-arrived', weight: 2 },
  { pattern: '(yet to|still to) (arrive|receive|get|see|come)', kind: 'not-arrived', weight: 2 },
  { pattern: '(undelivered|never arrived|never came|not received|non-delivery|nondelivery)', kind: 'not-arrived', weight: 2 },
  { pattern: 'no sign of', kind: 'not-arrived', weight: 2 },
  { pattern: 'still (do not|dont|did not|didnt|have not|havent) (have|get|got|see|seen)', kind: 'not-arrived', weight: 2 },
  { pattern: '(had|received|got|seen) (none|nothing) [of it|of them|at all|since|yet]', kind: 'not-arrived', weight: 2 },
  { pattern: '@neg [even] (showing|show up|showing up|appearing|appear|appears|reflected|shown|visible|listed|in my account|on my account|in my inventory|in my library)', kind: 'not-arrived', weight: 2, ack: "I'm sorry it isn't showing up.", says: "something they're owed isn't showing up" },
  { pattern: '(swallowed|retained|eaten|kept|taken) by (the|an|your|a) (atm|machine|cash machine|cashpoint|ticket machine)', kind: 'lost', weight: 2 },
  { pattern: 'where (is|are) (my|our) *', kind: 'not-arrived', weight: 1, always: true },
  { pattern: '(says|said|shows|showed|marked|marks) [as|it] [was|is|has been] delivered', kind: 'not-arrived', weight: 1 },
  { pattern: '(there is|theres|but) (nothing|no parcel|no package|no box|no sign of it) (here|there|at (my|the|our) (door|house|address|flat|home))', kind: 'not-arrived', weight: 2 },
  { pattern: '(it is|its|they are|it was|they were) (not|nowhere) (here|there|to be (seen|found))', kind: 'not-arrived', weight: 2 },
  { pattern: '(received|got|was sent|were sent|was given|were given|delivered|been sent|been given) (someone|somebody) (else’s|elses)', kind: 'wrong', weight: 2, ack: "I'm sorry you were sent someone else's order.", says: "they received someone else's order" },
  { pattern: '(sent|went|paid|paid out|issued|refunded|delivered|posted|shipped|credited|transferred|returned) to (the wrong|an old|my old|an expired|a closed|my previous|the old|my former|a different|an incorrect|the incorrect)', kind: 'wrong', weight: 2 },
  { pattern: '(but|and) (i|we) (have|got|received) (no|nothing)', kind: 'not-arrived', weight: 2 },

  // ---- Arrived damaged.
  { pattern: '(arrived|arrive|arrives|came|come|turned up|showed up|delivered|received (it|them)|got (it|them)|opened (it|them|the box|the parcel)) *{0,5} @damage', kind: 'damaged', weight: 2, ...ARRIVED_DAMAGED },
  { pattern: '@damage (on arrival|when it arrived|when they arrived|in the post|in transit|in delivery|out of the box)', kind: 'damaged', weight: 2, ...ARRIVED_DAMAGED },
  { pattern: '(doa|dead on arrival)', kind: 'damaged', weight: 2, ...ARRIVED_DAMAGED },
  { pattern: '(left|dumped|thrown|chucked) (out)? (in the rain|outside|on the doorstep|in the street|over the (fence|gate|wall)|in a puddle|in the open)', kind: 'damaged', weight: 1 },
  // Parcels handled carelessly: "threw my parcel over the fence", "dumped the box in a puddle".
  { pattern: '(threw|thrown|chucked|tossed|dumped|hurled|flung|kicked) (my|our|the|it|them|a) *{0,2} (over|into|in|onto|on top of|under|through) (the|a|my|our) *{0,2} (fence|gate|wall|hedge|bush|bushes|bin|bins|pond|puddle|rain|mud|garden|street|road|window|letterbox|doorstep)', kind: 'damaged', weight: 2, ack: "I'm sorry your {thing} wasn't handled with more care.", ackPlain: "I'm sorry it wasn't handled with more care.", says: 'their {thing} was handled carelessly', saysPlain: 'their delivery was handled carelessly' },
  // Damage done by the people sent to help: "the fitter drilled through a pipe".
  { pattern: '(drilled|cut|sawed|smashed|knocked|reversed|backed|drove) (through|into) (a|the|my|our) *{0,2} (pipe|pipes|cable|cables|wire|wall|gate|fence|door|window|car|floor|ceiling|tiles|worktop|post|wing mirror)', kind: 'damaged', weight: 2 },
  { pattern: '(left|walked off|drove off|went) without (saying (anything|a word|sorry)|a word|telling (me|us|anyone)|fixing|finishing|doing|explaining|cleaning|apologi[sz]ing|leaving a note|knocking)', kind: 'service', weight: 2, ack: "I'm sorry about how this was left.", says: 'they were left without an explanation' },
  { pattern: '(cold|lukewarm|stale|soggy|mouldy|moldy|rotten|raw|undercooked|under-cooked|burnt|burned|expired|out of date|past (its|the) (use-by|use by|best before|sell-by|sell by) date|rock hard|inedible|congealed)', kind: 'damaged', weight: 1, negatable: true },
  { pattern: '(was|were|is|are|arrived|came|tasted|looked) [completely|totally|stone|freezing|really|so|very|all|already|clearly] (stale|soggy|mouldy|moldy|rotten|raw|undercooked|under-cooked|burnt|expired|out of date|inedible|rock hard|congealed|lukewarm)', kind: 'damaged', weight: 2, negatable: true, ack: "I'm sorry about the state your food arrived in.", says: 'their food arrived in a bad state' },
  { pattern: '(soaked|soaking|drenched|destroyed|wrecked|ruined|spilled|spilt|spilled over|spilt over|all over)', kind: 'damaged', weight: 2, negatable: true },
  { pattern: '(arrived|came|turned up|was delivered|were delivered) (without|with no|minus) (the|a|an|its|their|any|my)', kind: 'lost', weight: 2, ack: "I'm sorry it arrived incomplete.", says: 'it arrived with something missing' },

  // ---- Broken, faulty, not working.
  { pattern: '@neg [even|properly|at all] @work', kind: 'faulty', weight: 2 },
  { pattern: '@neg (want to|seem to|seems to) @work', kind: 'faulty', weight: 2 },
  { pattern: '~stop (working|charging|connecting|loading|responding|syncing|sending|recording|reporting|updating|turning on|playing|printing|heating|cooling|functioning|pairing|showing)', kind: 'faulty', weight: 2 },
  { pattern: '(keeps|keep|kept|constantly|always|randomly|repeatedly) @malfunction', kind: 'faulty', weight: 2 },
  { pattern: '(broken|faulty|defective|malfunctioning|glitchy|buggy|corrupted|corrupt|unusable|unplayable|useless|bricked|broke|breaking|broken down|broke down|kaput)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(damaged|cracked|smashed|shattered|dented|scratched|torn|ripped|melted|melting|burnt|burned|chipped|stained|crushed|snapped|bent)', kind: 'damaged', weight: 2, negatable: true },
  { pattern: '(leaking|leaks|leaked|leak|leaky)', kind: 'faulty', weight: 2, negatable: true, ...LEAK },
  { pattern: '(jams|jammed|jamming|crackles|crackling|flickers|flickering|stutters|rattles|rattling|squeaks|squeaking|wobbles|distorted|skips|skipping|overheats|beeping constantly)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(battery|phone|laptop|tablet|screen|car|engine|device|unit|machine|console|controller|headphones|earbuds|speaker|it|watch) *{0,4} (dies|died|keeps dying|dying|drains|draining|drained|runs out|ran out|keeps running out|goes flat|went flat)', kind: 'faulty', weight: 2 },
  { pattern: '(water|moisture|condensation|dust|sand) (got|gets|getting|has got|came) (in|into|inside)', kind: 'faulty', weight: 2 },
  { pattern: '(keep|keeps|kept|keeping|still) (refusing|saying no|turning (me|us) down|rejecting (me|us|it|my|our))', kind: 'service', weight: 2, ack: "I'm sorry you've been turned down like this.", says: "they've been refused" },
  { pattern: '(refusing|refuse|refused|refuses) to (pay|accept|refund|help|fix|replace|cover|honour|honor|take|give|admit|respond|reply|deal|budge|listen|let|allow|serve|board|admit|see|speak|talk|transfer|put|sell|issue|release|return|change|cancel|exchange)', kind: 'service', weight: 2, ack: "I'm sorry you've been turned down like this.", says: "they've been refused" },
  { pattern: '(a|the) (scratch|crack|dent|hole|tear|rip|chip|stain|mark|scuff) (in|on|across|under|at|through)', kind: 'damaged', weight: 2, negatable: true },
  { pattern: '(a|the) (fault|defect|dead pixel|stuck pixel) (in|on|with|across)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(crashes|crashed|crashing|freezes|froze|frozen|glitches|glitched|lags|lagging|lag|laggy|lag spikes|buffering|overheats|overheated|overheating|stutters|stuttering)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(gives|give|get|getting|got|shows|showing|throws|says|said|comes up with|came up with) (an|a|the|this) [#num|#id|@count] [weird|strange|red|generic|#num|#id] (error|errors|error message|error code|error page)', kind: 'faulty', weight: 2 },
  { pattern: '(error|errors|bug|bugs|glitch|glitches|fault|issue|issues|problem|problems)', kind: 'faulty', weight: 1, negatable: true },
  { pattern: '(rejected|declined|refused|bounced|turned down|denied|blocked|rejected again|declined again)', kind: 'faulty', weight: 2, negatable: true, ...REFUSED },
  { pattern: '(rejects|declines|refuses|bounces|failed|fails|failing|keeps failing|keeps getting declined|keeps getting rejected)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(says|saying|said|shows|showing|showed|comes up|came up|keeps saying|keeps showing|just says|only says) (invalid|expired|error|not valid|not recognised|not recognized|unavailable|declined|failed|wrong|incorrect|not found|unknown|does not exist|doesnt exist|access denied|denied|blocked|locked)', kind: 'faulty', weight: 2 },
  { pattern: '(keep|keeps|kept|still) getting (logged out|kicked out|errors|an error|error messages|cut off|disconnected|declined|rejected|the same error)', kind: 'faulty', weight: 2 },
  { pattern: '(keep|keeps|kept|still) getting (charged|billed|debited)', kind: 'billing', weight: 2, ack: "I'm sorry about the unexpected charge.", says: 'they keep being charged' },
  { pattern: '(keep|keeps|kept|still) (getting|receiving|being sent) (spam|calls|phone calls|emails|texts|messages|letters|bills|reminders|notifications|post|mail|marketing)', kind: 'chasing', weight: 2, ack: "I'm sorry you keep being contacted about this.", says: 'they keep being contacted' },
  { pattern: '(cuts|cut|cutting|drops|dropped|dropping|conks|conked) (out|off)', kind: 'faulty', weight: 2 },
  { pattern: '(making|makes|made|started) (a|an) [loud|strange|weird|horrible|awful|grinding|clicking|buzzing|rattling|whining|banging] (noise|noises|sound|smell)', kind: 'faulty', weight: 2 },
  { pattern: '(grinding|rattling|clicking|buzzing|whining|banging|burning) (noise|noises|sound|smell)', kind: 'faulty', weight: 2 },
  { pattern: '(no display|blank screen|black screen|blue screen|dead pixel|dead pixels|no sound|no picture|will not post|wont post)', kind: 'faulty', weight: 2 },
  { pattern: '(got|gets|getting|became|becomes|gets really|got really) (so|really|very|too|dangerously)? (hot|warm)', kind: 'faulty', weight: 1 },
  { pattern: '(caught fire|on fire|smoke|smoking|sparks|sparking|exploded|burst into flames)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(also|again|still|same) (faulty|broken|not working|the same|defective|happening)', kind: 'faulty', weight: 2 },
  { pattern: '(same|the same) (problem|issue|fault|thing) (again|as before)', kind: 'faulty', weight: 2 },

  // ---- Missing or lost.
  { pattern: '(lost|losing|lose|cost me|cost us|costs me|costs us|costing me|costing us) (#money|money|a fortune|hundreds|thousands|a day|a full day|a whole day|a week|sales|business|customers|work|income|wages|pay|a day’s pay|my deposit|our deposit)', kind: 'money', weight: 2 },
  { pattern: '(is|are|was|were|went|gone|go|goes|going|been|has gone|have gone) missing', kind: 'lost', weight: 2, negatable: true },
  { pattern: 'missing (the|a|an|my|our|some|part|parts|items|pieces|one|two|#num|its|their)', kind: 'lost', weight: 2, negatable: true },
  { pattern: 'missing', kind: 'lost', weight: 1, negatable: true },
  { pattern: '(is|are|was|were) (gone|lost)', kind: 'lost', weight: 2, negatable: true },
  { pattern: '(has|have|is|are|was|were|had|got|been) (disappeared|vanished|wiped|deleted|erased|removed)', kind: 'lost', weight: 2, negatable: true },
  { pattern: '(disappeared|vanished|wiped out|got wiped|erased|all gone)', kind: 'lost', weight: 2, negatable: true },
  { pattern: '(lost|lose|losing|loses|deleted|deletes|deleting|wiped|wipes|erased|erases|overwrote|overwrites|overwritten|removed|destroyed) (all|my|our|the|a|an|their|its|his|her|access|everything|#num|@count|hours|days|weeks|months|years|progress|data|files|photos|work)', kind: 'lost', weight: 2, negatable: true },
  { pattern: 'only (got|received|came with|had|arrived with|contained|included) (#num|one|two|three|four|half|part|some)', kind: 'lost', weight: 2 },
  { pattern: '(part|half|some|most|one|two|three|bits|items|things) of (my|our|the) <(order|delivery|parcel|items|shopping|groceries|food|meal|kit|set|bundle)> (was|were|is|are|went|has gone|have gone) (missing|not there|absent|lost)', kind: 'lost', weight: 2, ack: "I'm sorry something was missing from your {thing}.", says: 'something was missing from their {thing}' },
  { pattern: '(no|not any) (record|trace|booking|reservation|sign) (of|for)', kind: 'wrong', weight: 2, ack: "I'm sorry it wasn't there when you needed it.", says: "what they'd booked or paid for can't be found" },
  { pattern: '(booking|reservation|order|payment|ticket|tickets|appointment|claim|application|voucher|code) (does not|doesnt|did not|didnt) (exist|show up|appear)', kind: 'wrong', weight: 2, ack: "I'm sorry it wasn't there when you needed it.", says: "what they'd booked or paid for can't be found" },

  // ---- Money taken wrongly.
  { pattern: '(charged|billed|debited|taken|took|deducted|collected|paid|came out|went out|charging|billing) [me|us|my card|my account|my payment|the payment|the money|it|the fee] (twice|double|two times|2 times|for both)', kind: 'billing', weight: 2, ack: "I'm sorry about the double charge.", says: 'they were charged twice' },
  { pattern: '(charged|billed|debited|taken|took|deducted|collected|paid|came out|went out|charging|billing) [me|us|my card|my account|my payment|the payment|the money|it|the fee] ((#num|three|four|five|several|multiple) times|more than once|again and again|every (day|week))', kind: 'billing', weight: 2, ack: "I'm sorry you were charged more than once.", says: 'they were charged more than once' },
  { pattern: '(double|duplicate|two|2) (charges|charged|charge|billed|billing|payments|payment|debits|debit|transactions)', kind: 'billing', weight: 2, ack: "I'm sorry about the double charge.", says: 'they were charged twice' },
  { pattern: '(overcharged|over-charged|overbilled|over-billed|charged too much|charged more|charged extra|charged the wrong)', kind: 'billing', weight: 2, ack: "I'm sorry you were charged more than you expected.", says: 'they were charged more than they expected' },
  { pattern: '(got|was|were|been|being|am|are|keep getting|still getting|still being) (charged|billed|debited)', kind: 'billing', weight: 2, ack: "I'm sorry about the unexpected charge.", says: 'they were charged unexpectedly' },
  { pattern: '(charged|billed|charging|billing|debited) (me|us|my card|my account)', kind: 'billing', weight: 2, ack: "I'm sorry about the unexpected charge.", says: 'they were charged unexpectedly' },
  { pattern: '(unauthori[sz]ed|unexpected|surprise|hidden|random|mystery|unknown|unrecogni[sz]ed|strange|extra|incorrect|wrong) (charge|charges|payment|payments|fee|fees|transaction|transactions|debit|debits)', kind: 'billing', weight: 2, ack: "I'm sorry about the unexpected charge.", says: 'they were charged unexpectedly' },
  { pattern: '@money-noun *{0,3} @go-up', kind: 'billing', weight: 2, ack: "I understand a price rise like that isn't welcome.", says: 'their price has gone up' },
  { pattern: '(raised|increased|doubled|hiked|put up) (my|our|the) @money-noun', kind: 'billing', weight: 2, ack: "I understand a price rise like that isn't welcome.", says: 'their price has gone up' },
  { pattern: '(price|prices|premium|bill) (rise|rises|increase|increases|hike|hikes|jump)', kind: 'billing', weight: 2, ack: "I understand a price rise like that isn't welcome.", says: 'their price has gone up' },
  { pattern: '(refund|money|payment|credit|discount|compensation|cashback) @neg [yet] (arrived|come|come through|appeared|shown|showing|applied|reached|landed|received|been paid|been processed|been applied)', kind: 'not-arrived', weight: 2 },
  { pattern: '@neg [on|applied to|showing on|reflected on|appearing on|showing up on|taken off] (my|our|the) (bill|invoice|account|statement|balance)', kind: 'billing', weight: 2 },
  { pattern: '(want|need|demand|would like) (my money|the difference|a refund|a full refund|my refund|it) back', kind: 'billing', weight: 1 },
  { pattern: '(want|need|demand) (a|my) (refund|compensation)', kind: 'billing', weight: 1 },
  { pattern: '(trying|tried) to get (a|my|the|our) (refund|money back)', kind: 'chasing', weight: 2 },
  { pattern: '(been trying|keep trying|kept trying|still trying|spent (hours|days|weeks|ages|all day|all morning) trying|have tried (everything|repeatedly|again)) to', kind: 'chasing', weight: 2 },
  { pattern: '(estimated bill|estimated bills|estimated reading|estimated readings)', kind: 'billing', weight: 1 },
  { pattern: '(no-show|no show|late|cancellation|admin|exit|termination) (fee|charge|penalty)', kind: 'billing', weight: 1 },

  // ---- Money lost, fraud, theft.
  { pattern: '(scam|scams|scammed|scammer|scammers|fraud|fraudulent|fraudster|fraudsters|phishing|stolen|stole|theft|thief|thieves|burgled|burglary|robbed|mugged|pickpocketed|identity theft|cloned)', kind: 'fraud', weight: 2, negatable: true },
  { pattern: '(someone|somebody) (else)? (has|had)? (used|took|taken|stole|accessed|spent|emptied|withdrew|got into|logged into|hacked|made|bought|ordered) *{0,3} (my|our|from my|from our|on my|on our|with my|with our)', kind: 'fraud', weight: 2 },
  { pattern: '(someone|somebody|a car|a van|a lorry|a truck|a driver|vandals|kids|they|(your|the|a|their) (driver|courier|engineer|rider|van|lorry|truck|technician|fitter|staff|team|workman|workmen|contractor|contractors|removal men|movers|delivery man|delivery driver|installer)) (has|had)? (hit|damaged|scratched|keyed|broke into|broken into|vandalised|vandalized|crashed into|reversed into|backed into|smashed|dented|ran into|drove into|broke|cracked|flooded|ruined|stained|chipped|scuffed|dropped|scraped|clipped|bumped|knocked over|tore|ripped|snapped|bent|lost)', kind: 'damaged', weight: 2 },
  { pattern: '(flooded|soaked|ruined|damaged|destroyed|stained|scratched|dented|smashed|cracked|scuffed|chipped|marked) (my|our)', kind: 'damaged', weight: 2 },
  { pattern: "(lost|losing) (a|a whole|a full) (day|day's|days|week|week's) (pay|wages|work|sales|income)", kind: 'money', weight: 2 },
  { pattern: '(out of pocket|left short|#money short|short of money|can not afford|cant afford|cannot afford|struggling to pay|struggling financially)', kind: 'money', weight: 2, ack: "I'm sorry things are tight right now.", says: 'money is tight for them' },
  { pattern: 'had to (pay|buy|spend|book|rent|hire)', kind: 'money', weight: 1 },
  { pattern: 'had to (get|take|drive|go|stay|move|sleep|cancel|call|miss|leave|throw|borrow|walk|queue|wait)', kind: 'context', weight: 1 },
  { pattern: '(without|with no) (my|our) (permission|consent|knowledge|authorisation|authorization|agreement|say-so)', kind: 'billing', weight: 2, ack: "I'm sorry about the unexpected charge.", says: 'money was spent without their permission' },
  { pattern: '(wasted|wasting|waste of) (my|our|a|the|whole|entire|an)? (whole|entire)? (day|morning|afternoon|evening|time|money|week|weekend|trip|journey|holiday)', kind: 'no-show', weight: 2, ack: "I'm sorry you've lost your time over this.", says: 'they wasted their time' },

  // ---- Access.
  { pattern: '(@neg|@cannot) [even] (log|sign|get|logged|signed|getting|logging|signing|login) (in|into|on|back in|back into|onto)', kind: 'access', weight: 2 },
  { pattern: '@cannot (access|reach|open|view|get into|get to|get hold of) (my|our|the|any|it|anything|them|this|that)', kind: 'access', weight: 2 },
  { pattern: '(locked out|lockout|shut out|kicked out|logged out)', kind: 'access', weight: 2, negatable: true },
  { pattern: '(account|card|profile) (is|was|has been|got|been) (locked|suspended|blocked|frozen|closed|disabled|deactivated|banned|restricted|terminated|deleted)', kind: 'access', weight: 2, negatable: true },
  { pattern: '(hacked|compromised|hijacked|taken over)', kind: 'access', weight: 2, negatable: true, ack: "I'm sorry someone got into your account.", says: 'their account was hacked' },
  { pattern: '(does not|doesnt|do not|dont|did not) (exist|match|recognise|recognize|accept)', kind: 'access', weight: 2 },
  // Things done in their name that they never agreed to.
  { pattern: '(i|we|he|she|they) (did not|didnt|never) (agree|agreed|consent|consented|sign up|signed up|authorise|authorised|authorize|authorized|approve|approved) (to|for|it|this|that|them|any|anything)?', kind: 'billing', weight: 2, ack: "I'm sorry this went ahead without your agreement.", says: 'something went ahead without their agreement' },
  // "a room upgrade we never asked for.", "I didn't order this", not "I didn't order the warranty, can I add it?"
  { pattern: '(i|we|he|she|they) (did not|didnt|never) (ask|asked|request|requested|order|ordered|want|wanted|book|booked|buy|bought) (for)? (it|this|that|them|any of (it|this|that|them)|#punct)', kind: 'billing', weight: 2, ack: "I'm sorry you've been charged for something you didn't ask for.", says: "they were given something they didn't ask for" },
  // Paying for a service they aren't getting.
  { pattern: '(less than|a fraction of|a tenth of|half|half of|a third of|a quarter of|nowhere near|not even close to|not even half of) (what|the speed|the amount) (i|we) (am|are|was|were|have been)? (paying|paid|promised|told|sold|signed up)', kind: 'faulty', weight: 2, ack: "I'm sorry you're not getting what you're paying for.", says: "they aren't getting what they pay for" },
  { pattern: '(paying|paid|pay) for (something|a service|internet|broadband|a package|a plan|a speed|speeds) (i|we) (am|are|was|were|have|do) (not|never|barely|hardly) (getting|get|got|had|using|use|receiving|receive)', kind: 'faulty', weight: 2, ack: "I'm sorry you're not getting what you're paying for.", says: "they aren't getting what they pay for" },
  { pattern: '(fell|falling|fallen|falls|fall|came|coming|come|comes) (apart|to pieces|loose|unstuck|unglued|unstitched|undone|away from)', kind: 'faulty', weight: 2, negatable: true, ack: "I'm sorry it didn't last.", says: "something of theirs fell apart" },
  { pattern: '(came|come|comes|coming) off', kind: 'faulty', weight: 1, negatable: true },
  { pattern: '(flat|punctured|burst|bald) (tyre|tire|tyres|tires|battery)', kind: 'faulty', weight: 2, negatable: true },
  { pattern: '(gives|give|giving|gave|given|causing|causes|caused) (me|us|him|her|them|my (son|daughter|wife|husband|partner|child|kids|dog|cat)) [a|an|really bad|bad|terrible|awful|constant] (headache|headaches|migraine|migraines|rash|rashes|blisters|pain|nausea|sore (eyes|feet|skin)|an allergic reaction|a reaction|burns|cuts)', kind: 'faulty', weight: 2, ack: "I'm sorry about the discomfort this has caused.", says: "it's caused them discomfort" },
  { pattern: '(overdrawn|into (my|our|the) overdraft|unarranged overdraft|overdraft (fee|fees|charge|charges)|(payment|payments|direct debit|debit|cheque|check|rent|mortgage payment) (bounced|was returned|got returned))', kind: 'money', weight: 2, negatable: true, ack: "I'm sorry this has left you out of pocket.", says: "it's left them out of pocket" },
  { pattern: '(taken|charged|debited|collected|billed|came out) (early|too early|before the (due )?date|a week early|days early|on the wrong (date|day))', kind: 'billing', weight: 2, ack: "I'm sorry the payment came out when you didn't expect it.", says: 'a payment came out when they did not expect it' },
  { pattern: '(reading|reads|showing|shows|displaying|displays|says|stuck on|stuck at) (zero|0|nothing|blank|the same (number|reading|figure|amount))', kind: 'faulty', weight: 1 },
  { pattern: '(for|over) (weeks|days|months|hours|years) [now|on end]', kind: 'delay', weight: 1 },
  { pattern: '(not recognised|not recognized|not found|invalid|incorrect password|wrong password)', kind: 'faulty', weight: 1 },
  { pattern: '(banned|suspended|blocked|flagged)', kind: 'context', weight: 1, negatable: true },
  { pattern: '@cannot (join|connect|play|load|open|use|save|send|upload|download|install|update|pay|print|hear|watch|stream|book|check in|submit|complete|finish|register|reset|change|cancel|add|remove|redeem|activate|claim|link|verify|receive|buy|withdraw|transfer|top up|wear|eat|drive|sleep|work|get|see)', kind: 'faulty', weight: 1 },

  // ---- Cancelled on them.
  { pattern: '(is|was|were|has been|have been|had been|got|been|being) [just|suddenly|randomly] (~cancel|called off|scrapped|pulled)', kind: 'cancelled', weight: 2 },
  { pattern: '(~cancel) (my|our|the|it|them|us|on me|on us)', kind: 'cancelled', weight: 2 },
  { pattern: '(bumped|bumped off|overbooked|over-booked|denied boarding|offloaded|turned away|refused entry|refused boarding)', kind: 'cancelled', weight: 2, ack: "I'm sorry you were turned away.", says: 'they were turned away' },
  { pattern: '(given|gave|sold|released|reallocated) [my|our|the|their|his|her] [*] [*] (away|to someone else|to somebody else|to another (customer|passenger|guest|person))', kind: 'cancelled', weight: 2, ack: "I'm sorry your {thing} {was} given away.", ackPlain: "I'm sorry you lost your place.", says: 'their {thing} {was} given away', saysPlain: 'their place was given away' },
  { pattern: '~reschedule (again|without|at the last minute)', kind: 'cancelled', weight: 2 },

  // ---- Nobody came.
  { pattern: '(engineer|engineers|driver|drivers|courier|technician|plumber|electrician|fitter|installer|rider|cab|taxi|nurse|carer|repairman|repair man|workman|workmen|delivery man|delivery driver|contractor|contractors|surveyor|assessor|inspector|reader|meter reader|crew|someone|somebody|anyone|anybody|he|she|you|they) *{0,4} @neg-past [yet] [even] (come|came|~arrive|~turn up|~show up|showed|~call|~ring|rang|~phone|~visit|knocked|been|come out|came out|been out)', kind: 'no-show', weight: 2 },
  { pattern: '@nobody [has|have|had|ever|even] (came|come|turned up|showed up|showed|arrived|called|rang|phoned|answered|got back|replied|responded|contacted (me|us)|picked up|knocked|came out|come out|been|visited)', kind: 'no-show', weight: 2 },
  { pattern: '@neg [even] (come out|~call|~ring|rang|~phone)', kind: 'no-show', weight: 2 },
  // Things that never turn up ("the reset email never shows up") were not delivered; people are matched above.
  { pattern: '@neg [even] (~turn up|~show up|showed)', kind: 'not-arrived', weight: 2 },
  { pattern: '(no-show|no-shows|no show|no shows|stood up|stood me up|stood us up)', kind: 'no-show', weight: 2 },
  { pattern: '(waited|waiting|waited in|stayed in|stayed home|took the day off|took a day off|taken the day off|took time off|taken time off|had taken time off|had to take time off) (all day|all morning|all afternoon|for nothing|work|off work|in vain)', kind: 'no-show', weight: 2 },
  { pattern: '(took|taken|take|had) [the|a] (day|morning|afternoon|time) off', kind: 'context', weight: 1 },
  { pattern: '(missed|miss|missing) (my|our|the|a|an) *{0,2} (wedding|funeral|flight|connection|connecting flight|train|exam|interview|deadline|appointment|appointments|meeting|session|sessions|class|classes|event|holiday|birthday|party|shift|ferry|bus)', kind: 'no-show', weight: 2, ack: "I'm sorry this caused you to miss out.", says: 'they missed out because of it' },
  { pattern: '(@aux|been|keep|kept|keeps) (missing|missed) [my|our|the|a|an|their|his|her] *{0,2} (appointments|appointment|calls|meetings|deadlines|payments|classes|sessions|lessons|shifts|flights|trains|work|school|out)', kind: 'no-show', weight: 2, ack: "I'm sorry this caused you to miss out.", says: 'they missed out because of it' },
  { pattern: 'missed (#num|@count) *{0,2} (sessions|classes|appointments|days|shifts|lessons|payments|meetings|calls)', kind: 'no-show', weight: 2, ack: "I'm sorry this caused you to miss out.", says: 'they missed out because of it' },
  { pattern: '(missed|missing)', kind: 'no-show', weight: 1, negatable: true },

  // ---- Outages.
  { pattern: '(cut off|disconnected|switched off|turned off|shut off|cut) (my|our) <@utility>', kind: 'outage', weight: 2, ack: "I'm sorry your {thing} {was} cut off.", says: 'their {thing} {was} cut off' },
  { pattern: '(no|without|lost|losing|without any) <@utility>', kind: 'outage', weight: 2, ack: "I'm sorry you've been without {thing}.", says: "they've been without {thing}" },
  { pattern: '(outage|outages|power cut|power cuts|blackout|downtime|down time|service interruption|went down|go down|goes down|gone down|going down|keeps going down|offline|disconnected|cut off)', kind: 'outage', weight: 2, negatable: true },
  { pattern: '(is|are|was|were|been|still) (down|offline) [again|all day|completely]', kind: 'outage', weight: 1, negatable: true },
  { pattern: '(power|internet|electricity|gas|water|wifi|broadband|service|signal|network|site|website|app|server|servers|system|phone line|landline|tv) [is|are|was|were|has been|have been|went|keeps going|keeps|still] (out|off|down|offline)', kind: 'outage', weight: 2, negatable: true },
  { pattern: '(dropped|dropping|drops|keeps dropping) (out|off|connection|the connection|calls)', kind: 'outage', weight: 2 },
  { pattern: '(not loading|will not load|wont load|site is down|app is down|server is down|servers are down)', kind: 'outage', weight: 2 },

  // ---- Having to chase.
  { pattern: '@chase-verb *{0,5} (#num|@count) (times|emails|calls|messages|attempts)', kind: 'chasing', weight: 2 },
  { pattern: '@chase-verb *{0,5} (twice|thrice)', kind: 'chasing', weight: 2 },
  { pattern: '(never|nobody|no one|you never|they never|nobody ever|no one ever) (told|informed|warned|notified|explained to) (me|us)', kind: 'chasing', weight: 2, ack: "I'm sorry you weren't told.", says: "they weren't told" },
  { pattern: '(without|with no|with zero) (warning|notice|any warning|any notice|prior notice|explanation|an explanation|any explanation|reason|a reason|any reason)', kind: 'chasing', weight: 2, ack: "I'm sorry you weren't told.", says: "they weren't told" },
  { pattern: '@chase-verb *{0,5} (again and again|over and over|repeatedly|every day|every week|every month|multiple times|several times|so many times|countless times|many times|constantly)', kind: 'chasing', weight: 2 },
  { pattern: '(every time|each time|whenever) (i|we) (call|ring|phone|email|contact|ask|chat|try|message|write)', kind: 'chasing', weight: 2 },
  { pattern: '(different|conflicting|contradictory) (answer|answers|story|stories|information|reply|replies|things|excuses|responses)', kind: 'chasing', weight: 2, ack: "I'm sorry you've been given different answers.", says: "they've been given different answers" },
  { pattern: '(put through|passed|pushed|bounced|sent|transferred|shunted) (to|between|around|across) (#num|@count|different|various) [different] (departments|people|teams|agents|advisers|advisors|numbers|departments)', kind: 'chasing', weight: 2, ack: "I'm sorry you've been passed around.", says: "they've been passed around" },
  { pattern: '(passed|pushed|bounced|sent|transferred|shunted) (around|from pillar to post|back and forth|between departments|from one)', kind: 'chasing', weight: 2, ack: "I'm sorry you've been passed around.", says: "they've been passed around" },
  { pattern: '(in circles|round in circles|around in circles|runaround|run-around|the run around|a loop|in a loop|going nowhere|getting nowhere|got nowhere)', kind: 'chasing', weight: 2, ack: "I'm sorry you've been going round in circles.", says: "they've been going round in circles" },
  { pattern: '(heard|had|got|received|gotten) (nothing|no reply|no response|no answer|no word|no update|no updates|no news|no call|no email|nothing back|no contact|no feedback|no acknowledgement|no help|silence|nothing but)', kind: 'chasing', weight: 2, ack: "I'm sorry you haven't heard back.", says: "they haven't heard back" },
  { pattern: '(no|never got a|never had a|never received a|did not get a|didnt get a|without a|without any) (reply|response|answer|call back|callback|phone call|call|text|email|message|notice|warning|explanation|apology|acknowledgement|acknowledgment|follow-up|follow up)', kind: 'chasing', weight: 2, ack: "I'm sorry you weren't kept informed.", says: "they weren't kept informed" },
  { pattern: '(without|never) (telling|informing|notifying|warning|asking|contacting|letting) (me|us)', kind: 'chasing', weight: 2, ack: "I'm sorry you weren't told.", says: "they weren't told" },
  { pattern: '(ignored|ignoring|ignore|ignores|unanswered|not answered|not been answered|no one answers|nobody answers|nobody picks up|no one picks up)', kind: 'chasing', weight: 2, negatable: true, ack: "I'm sorry you haven't heard back.", says: 'they’ve been ignored' },
  { pattern: '(chasing|chased|chase) (this|it|you|them|up|for)', kind: 'chasing', weight: 2 },
  { pattern: '(for the|the) @nth time', kind: 'chasing', weight: 2 },
  { pattern: '@nth (one|bill|order|delivery|replacement|time|attempt|call|email|visit|engineer) (in a row|running|this week|this month|this year)', kind: 'chasing', weight: 2 },
  // Repetition only sharpens another sign ("broken again", "every time it updates"); it names no problem itself.
  { pattern: '(yet again|once again|again and again|over and over|in a row|every single time|each and every time|every time)', kind: 'feeling', weight: 1 },
  { pattern: '(automated|automatic|generic|copy-paste|canned) (texts|replies|responses|emails|messages|answers)', kind: 'chasing', weight: 1 },
  { pattern: '(was|were|been) (promised|told|assured|guaranteed)', kind: 'chasing', weight: 1 },

  // ---- How they were treated.
  { pattern: '(rude|unhelpful|dismissive|patroni[sz]ing|condescending|arrogant|impolite|unprofessional|aggressive|abusive|hostile|sarcastic|insulting|belittling|humiliated me|hung up|shouted|yelled|swore|laughed at)', kind: 'service', weight: 2, negatable: true },
  { pattern: '(called|calls|calling) (me|my son|my daughter|my child|us|him|her) (a|an)? (liar|names|stupid|lazy|thief|idiot)', kind: 'service', weight: 2 },
  { pattern: '(in front of) (the|a|my|his|her|everyone|other)', kind: 'context', weight: 1 },

  // ---- Bereavement, illness, accidents, disasters.
  { pattern: '(passed away|passed on|death|deceased|funeral|bereavement|bereaved|condolences|lost my (mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|grandmother|grandfather|gran|grandad|nan|dog|cat))', kind: 'bereavement', weight: 2, negatable: true },
  { pattern: '@relation [has|had|recently|sadly|suddenly] died', kind: 'bereavement', weight: 2 },
  { pattern: 'died (last|on|in|suddenly|recently|yesterday|this|#num|@count)', kind: 'bereavement', weight: 1 },
  { pattern: 'late (husband|wife|mother|mum|mom|father|dad|partner|son|daughter|brother|sister|grandmother|grandfather|gran|grandad|nan|aunt|uncle|friend|parents)', kind: 'bereavement', weight: 2 },
  { pattern: '(in|into|to|from) (hospital|the hospital|intensive care|icu|a&e|a and e|the er|hospice|rehab)', kind: 'hardship', weight: 2 },
  { pattern: '(hospitali[sz]ed|admitted|rushed to|ambulance|paramedics)', kind: 'hardship', weight: 2, negatable: true },
  { pattern: '(needs|need|needed|had|having|has|recovering from|after|before|booked in for|waiting for|undergoing|going through|started|starting|in the middle of|on|having to have|has to have|have to have) (an|a|major|emergency|heart|knee|hip|back|eye|open-heart|brain|cancer|another|more)? (operation|surgery|chemo|chemotherapy|radiotherapy|radiation|dialysis|transplant|treatment for cancer|cancer treatment|ivf)', kind: 'hardship', weight: 2 },
  { pattern: '(am|is|are|was|were|been|have been|has been|fell|felt|feel|feeling|got|getting) [very|really|so|quite|seriously|terribly] (ill|unwell|sick|poorly|hurt|injured|bedbound|housebound|bedridden|in pain)', kind: 'hardship', weight: 2, negatable: true },
  { pattern: '(housebound|bedbound|bedridden|cancer|stroke|heart attack|seizure|miscarriage|diagnosed|diagnosis|terminal|terminally|chronic illness|disability|disabled (mum|mom|dad|son|daughter|child|husband|wife|partner|mother|father))', kind: 'hardship', weight: 2, negatable: true },
  { pattern: '(allergic reaction|anaphylaxis|anaphylactic|epipen|epi-pen|had a reaction|severe reaction)', kind: 'hardship', weight: 2, negatable: true },
  { pattern: '(almost|nearly|completely|already|about to|going to) (out of|run out of|running out of) (my|our|his|her)? *{0,2} (medication|medicine|meds|insulin|inhaler|tablets|pills|prescription)', kind: 'hardship', weight: 2 },
  { pattern: '(car|road|bike|cycling|traffic|serious|bad) (accident|crash|collision)', kind: 'hardship', weight: 2, negatable: true },
  { pattern: '(was|were|been|had|have had|got) (in|into)? (an|a) (accident|crash|collision)', kind: 'hardship', weight: 2 },
  { pattern: '(accident|injury|injuries|injured)', kind: 'hardship', weight: 1, negatable: true },
  { pattern: '(flooded|flooding|flood|house fire|burst pipe|burst pipes|storm damage|break-in|broken into|burgled|fire damage|caught fire|burned down|burnt down|collapsed|subsidence)', kind: 'hardship', weight: 2, negatable: true },
  { pattern: '(newborn|new baby|pregnant|elderly|vulnerable|disabled|wheelchair|two small kids|young kids|small children|young children|small kids|two kids|three kids|my kids|the kids)', kind: 'context', weight: 1 },
  { pattern: '(freezing|starving|hungry|exhausted|sleeping in|slept in|homeless)', kind: 'context', weight: 1, negatable: true },
  { pattern: '(stranded|sleeping (in|at) the (airport|station|car)|slept (in|at) the (airport|station|car)|nowhere to (stay|go|sleep|sleep tonight|stay tonight))', kind: 'hardship', weight: 2, ack: "I'm so sorry, that sounds exhausting.", says: "they've been left stranded" },

  // ---- How they feel.
  { pattern: '(frustrated|frustrating|frustration|frustrates)', kind: 'feeling', weight: 2, negatable: true, ack: FRUSTRATED, says: "they're frustrated" },
  { pattern: '(annoyed|annoying|irritated|irritating|exasperated|exasperating|infuriating|infuriated|maddening|fed up|sick of|sick and tired|had enough|tired of|at my wits end|at my wit’s end|driving me (crazy|mad|nuts|insane|up the wall|round the bend)|killing me|losing my mind|doing my head in)', kind: 'feeling', weight: 2, negatable: true, ack: FED_UP, says: "they're fed up" },
  { pattern: '(angry|furious|livid|fuming|outraged|disgusted|appalled|incensed|seething|cross|mad (at|about|with))', kind: 'feeling', weight: 2, negatable: true, ack: ANGRY, says: "they're angry" },
  { pattern: '(upset|upsetting|distressed|distressing|distraught|heartbroken|devastated|gutted|in tears|crying|cried|ruined|ruin|hurtful|traumatic|traumatised|traumatized)', kind: 'feeling', weight: 2, negatable: true, ack: UPSET, says: "they're upset" },
  { pattern: '(worried|worrying|anxious|nervous|stressed|stressful|stress|concerning|on edge|sleepless|losing sleep|can not sleep|cannot sleep|desperate|desperately|beside myself)', kind: 'feeling', weight: 2, negatable: true, ack: WORRIED, says: "they're worried" },
  { pattern: '(scared|frightened|terrified|afraid for|panicking|panicked|panic|frightening|scary|terrifying|dangerous|unsafe|shaken|shaken up|in shock|shocked|a fire risk|hazard|hazardous|could have (been (dangerous|fatal|serious|much worse|worse)|killed|hurt|burned|injured|died))', kind: 'feeling', weight: 2, negatable: true, ack: SCARED, says: "they're frightened" },
  { pattern: '(concerned|uneasy)', kind: 'feeling', weight: 1, negatable: true, ack: WORRIED, says: "they're worried" },
  { pattern: '(confused|confusing|puzzled|baffled|bewildered|unclear)', kind: 'feeling', weight: 1, negatable: true, ack: "I'm sorry this has been confusing.", says: "they're confused" },
  { pattern: '(makes|make|made|making) (no|zero|little) sense', kind: 'feeling', weight: 2, ack: "I'm sorry this has been confusing.", says: "they're confused" },
  { pattern: '(really|so|very|pretty|extremely|incredibly) bad', kind: 'feeling', weight: 2, negatable: true, ack: UNHAPPY, says: "they're unhappy with how this has gone" },
  { pattern: '(that is|this is|it is|what a|total|complete|such a|a complete|a total|an absolute|absolute) (scam|rip-off|rip off|con|racket|joke|disgrace|farce|shambles|disaster|nightmare)', kind: 'feeling', weight: 2, ack: UNHAPPY, says: "they're unhappy with how this has gone" },
  { pattern: '(what|seriously|really) ? ?', kind: 'feeling', weight: 1, always: true },
  { pattern: '(disappointed|disappointing|disappointment|let down|a letdown|a let-down|dissatisfied|displeased|unhappy|not happy|not impressed|not pleased|not satisfied|not good enough|not okay|not ok|not acceptable|not fair|unfair)', kind: 'feeling', weight: 2, ack: DISAPPOINTED, says: "they're disappointed" },
  { pattern: '(ridiculous|unacceptable|outrageous|disaster|rigged|disgrace|disgraceful|shocking|pathetic|absurd|insane|a joke|a farce|a shambles|shambolic|appalling|atrocious|abysmal|terrible|awful|horrible|horrendous|dreadful|the worst|worst|rubbish|nightmare|a nightmare|a mess|embarrassing|embarrassed|humiliating|humiliated|scandalous|daylight robbery|ripping me off|rip-off|rip off|ripped off|taking the piss|beyond a joke|no excuse|inexcusable|poor service|terrible service|awful service|shoddy|incompetent|incompetence|useless service|a waste of)', kind: 'feeling', weight: 2, negatable: true, ack: UNHAPPY, says: "they're unhappy with how this has gone" },
  { pattern: '(i am|im|we are) (done|finished) with (you|this|your)', kind: 'feeling', weight: 2, ack: FED_UP, says: "they're fed up" },
  { pattern: '(never (ordering|using|buying|shopping|booking|flying) (from|with|here)? *{0,2} again|taking my (business|custom|money) elsewhere|going elsewhere|switching to (a|another) (provider|company|supplier|bank))', kind: 'feeling', weight: 2, ack: FED_UP, says: "they're fed up" },
  { pattern: '(that is|this is|it is) (impossible|not possible|not right|not correct|a mistake|an error|not my usage|not mine)', kind: 'wrong', weight: 2, ack: "I can see why that doesn't look right.", says: "something doesn't look right to them" },
  { pattern: '(what is going on|what the hell|what the heck|wtf|are you serious|are you kidding|you are kidding|you have got to be kidding|seriously ?|is this a joke|thanks for nothing|how hard can it be|how is this (acceptable|okay|ok|possible)|how can this (happen|be)|why is this so (hard|difficult))', kind: 'feeling', weight: 2, always: true, ack: FED_UP, says: "they're fed up" },
  { pattern: '(not what i|not what we) (signed up for|paid for|ordered|asked for|expected|booked|was promised|were promised|was told|wanted)', kind: 'wrong', weight: 2, ack: "I'm sorry this isn't what you expected.", says: "it isn't what they expected" },
  { pattern: '! !', kind: 'feeling', weight: 1, always: true },
  { pattern: '? !', kind: 'feeling', weight: 1, always: true },
  { pattern: '! ?', kind: 'feeling', weight: 1, always: true },
  { pattern: '(please help|help me|help us|urgent|urgently|asap|emergency|as a matter of urgency|need (this|it) (by|for|before|today|tomorrow))', kind: 'context', weight: 1, always: true },

  // ---- Wrong, incorrect, mixed up.
  { pattern: '(wrong|incorrect|incorrectly|wrongly|inaccurate|mistaken|mix-up|mixup|mixed up|muddled|misspelled|misspelt|mis-spelled|spelled wrong|spelt wrong|typo)', kind: 'wrong', weight: 2, negatable: true },
  // "Your calculation is wrong": the customer disputes a figure; acknowledge that it looks wrong without conceding a mistake.
  { pattern: '(is|are|was|were|looks|look|seems|seem|looked|seemed) [all|completely|totally|clearly|definitely|obviously|just|still|way|wildly] (wrong|incorrect|inaccurate|off|miscalculated|not right|not correct)', kind: 'wrong', weight: 2, negatable: true, ack: "I can see why that doesn't look right.", says: "something doesn't look right to them" },
  { pattern: '(not|isnt|wasnt) (right|correct|accurate|what i ordered|what we ordered|the one i ordered|my size|my order)', kind: 'wrong', weight: 2 },
  { pattern: '(mistake|error|errors|mistakes)', kind: 'wrong', weight: 1, negatable: true },
  { pattern: '(ordered|booked|paid for|asked for|requested|bought|selected|chose|reserved) *{1,6} but (got|received|was given|were given|was sent|were sent|they sent|you sent|was put in|were put in|ended up with|was allocated|were allocated|instead got)', kind: 'wrong', weight: 2 },
  { pattern: '(ordered|booked|paid for|asked for|requested|bought|selected|chose|reserved) *{1,6} and (got|received|was given|were given|was sent|were sent|they sent|you sent|was put in|were put in|ended up with|was allocated|were allocated) (a|an|the|someone|somebody|one|only|just)', kind: 'wrong', weight: 2 },
  { pattern: '(sent|gave|given|delivered|brought|received|got) (me|us)? *{0,4} instead of', kind: 'wrong', weight: 2 },
  { pattern: 'instead of', kind: 'wrong', weight: 1 },
  { pattern: '(sent|gave|given|delivered|brought|served) (me|us) *{1,6} (but|when|and|though|although|even though|even when) (i|we) (asked for|ordered|requested|specified|said|wanted|chose|selected|booked|paid for|picked)', kind: 'wrong', weight: 2 },
  { pattern: '(way|far|much|really|ridiculously|so) too (small|big|large|tight|short|long|loose|narrow|wide|tiny|baggy)', kind: 'wrong', weight: 2, ack: "I'm sorry it doesn't fit.", says: "it doesn't fit" },
  { pattern: '(does not|doesnt|do not|dont|did not|didnt) fit', kind: 'wrong', weight: 2, ack: "I'm sorry it doesn't fit.", says: "it doesn't fit" },
  { pattern: '(uncomfortable|rubs|rub|rubbing|pinches|blisters|hurts my|hurt my)', kind: 'wrong', weight: 1, negatable: true },
  { pattern: 'only (getting|get|got|receiving|received|seeing) (#num|#money|half|a fraction|a third|a quarter|part)', kind: 'wrong', weight: 1 },
  { pattern: '@money-noun *{0,3} (is|are|was|were|has been|came to|comes to) *{0,2} (twice|double|triple|three times|much higher|far higher|way higher|much more|far more|way more|huge|enormous|massive|astronomical)', kind: 'billing', weight: 2, ack: "I understand a price rise like that isn't welcome.", says: 'their bill has jumped' },
  { pattern: 'paid (the)? full price', kind: 'billing', weight: 1 },
  { pattern: '(took|taken|debited|deducted|charged|billed|withdrew|withdrawn|collected|paid) *{0,5} instead of', kind: 'billing', weight: 2, ack: "I'm sorry the wrong amount was taken.", says: 'the wrong amount was taken' },
  { pattern: '(does not|doesnt|did not|didnt|do not|dont) (add up|make sense|match)', kind: 'wrong', weight: 2 },
];

/** Things a problem happens to, after "my"/"our": the acknowledgement names them ("your parcel hasn't arrived"). */
export const THINGS = [
  'order', 'orders', 'parcel', 'parcels', 'package', 'packages', 'delivery', 'deliveries', 'item', 'items', 'purchase',
  'purchases', 'shipment', 'refund', 'refunds', 'money', 'card', 'cards', 'debit card', 'credit card', 'bank card',
  'gift card', 'gift card code', 'gift cards', 'voucher', 'vouchers', 'promo code', 'discount code', 'code', 'codes',
  'account', 'accounts', 'password', 'login', 'email', 'emails', 'app', 'subscription', 'plan', 'membership', 'trial',
  'bill', 'bills', 'invoice', 'invoices', 'statement', 'payment', 'payments', 'transfer', 'direct debit', 'standing order',
  'deposit', 'loan', 'mortgage', 'claim', 'policy', 'premium', 'flight', 'flights', 'connecting flight', 'booking',
  'bookings', 'reservation', 'room', 'hotel room', 'ticket', 'tickets', 'seat', 'seats', 'bag', 'bags', 'suitcase',
  'luggage', 'baggage', 'car', 'hire car', 'rental car', 'bike', 'phone', 'mobile', 'laptop', 'computer',
  'pc', 'tablet', 'ipad', 'monitor', 'screen', 'tv', 'television', 'headphones', 'headset', 'earbuds', 'earphones',
  'speaker', 'charger', 'cable', 'keyboard', 'mouse', 'camera', 'printer', 'router', 'modem', 'console', 'controller',
  'watch', 'smart plug', 'plug', 'meter', 'smart meter', 'boiler', 'fridge', 'freezer', 'fridge freezer', 'oven',
  'cooker', 'washing machine', 'washer', 'dishwasher', 'dryer', 'tumble dryer', 'microwave', 'kettle', 'toaster', 'blender',
  'vacuum', 'hoover', 'coffee machine', 'espresso machine', 'machine', 'sofa', 'table', 'dining table', 'chair', 'bed',
  'mattress', 'desk', 'wardrobe', 'furniture', 'shoes', 'trainers', 'boots', 'jacket', 'coat', 'dress', 'shirt', 'jeans',
  'trousers', 'clothes', 'glasses', 'lamp', 'cake', 'birthday cake', 'food', 'meal', 'pizza', 'takeaway', 'groceries',
  'shopping', 'prescription', 'repeat prescription', 'medication', 'results', 'test results', 'appointment',
  'appointments', 'referral', 'repair', 'replacement', 'installation', 'internet', 'broadband', 'wifi', 'wi-fi',
  'connection', 'landline', 'phone line', 'line', 'service', 'electricity', 'power', 'gas', 'hot water', 'heating',
  'course', 'class', 'lesson', 'lessons', 'certificate', 'transcript', 'application', 'enrolment', 'enrollment', 'grade',
  'exam', 'assignment', 'submission', 'save', 'save file', 'saves', 'progress', 'project', 'projects', 'files', 'file',
  'data', 'photos', 'documents', 'attachments', 'contacts', 'messages', 'game', 'season pass', 'pass', 'credits', 'coins',
  'points', 'gems', 'balance', 'pension', 'export', 'upgrade', 'download', 'website', 'site', 'workspace', 'dashboard',
  'store credit', 'visa', 'passport', 'licence', 'license', 'insurance', 'cover', 'warranty', 'tracking', 'return',
  'returns', 'exchange', 'collection', 'pickup', 'transfer', 'taxi', 'train', 'ferry', 'holiday', 'trip', 'tour',
  'package holiday', 'cruise', 'rental', 'apartment', 'flat', 'house', 'home', 'engineer visit', 'visit', 'name',
  'loan application', 'mortgage application', 'reminders', 'notifications', 'alerts', 'notes', 'inventory', 'skins',
  'library', 'profile', 'inbox', 'online banking', 'banking', 'portal', 'student portal', 'email account', 'mailbox',
  'wall', 'floor', 'door', 'window', 'fence', 'roof', 'ceiling', 'carpet', 'kitchen', 'bathroom', 'garden', 'driveway',
  'gate', 'kitchen floor', 'front door', 'garage', 'paintwork', 'walls', 'floors',
];

/** Things one logs into: the only ones "I'm sorry you can't get into your ..." may name. */
export const ACCESS_THINGS = new Set([
  'account', 'accounts', 'app', 'email', 'email account', 'inbox', 'mailbox', 'online banking', 'banking', 'portal',
  'student portal', 'dashboard', 'workspace', 'profile', 'website', 'site', 'course', 'game', 'library', 'login',
]);

const MODIFIERS =
  'new|brand new|brand-new|replacement|old|first|second|wedding|holiday|family|baby|birthday|christmas|school|work|personal|latest|recent|current|whole|entire|online|monthly|annual|yearly|last|next|original|only|little|expensive|repaired|refurbished|broken|faulty|damaged|cracked|missing|lost|delayed|cancelled|late|stolen|hacked|overdue|disputed|pending|outstanding|expensive|favourite';

/** "my new monitor", "our booking": the thing is the part in < >. */
export const THING_ROWS = [
  { pattern: `(my|our) [${MODIFIERS}] [${MODIFIERS}] <@thing>`, kind: 'thing' as const },
  { pattern: '(my|our) [elderly|late|little|young|baby|older|younger|eldest|youngest|old|poor|sick|beloved|dear] <@relation>', kind: 'relation' as const },
];

export const THING_CLASSES = packed({ thing: THINGS, relation: CLASSES.relation });

/** Words that end a thank-you's grip on a sentence: "Thanks, but it's still broken". */
export const CONTRAST_WORDS = new Set(['but', 'however', 'though', 'although', 'except', 'yet', 'unfortunately', 'sadly']);
/** A sentence with one of these is a thank-you (cues in it before a contrast word don't count). */
export const THANKS_WORDS = new Set(['thank', 'thanks', 'thankyou', 'thx', 'cheers', 'grateful', 'appreciate', 'appreciated', 'kudos']);
/** Words that make what follows hypothetical ("if it arrives damaged, ..."). */
export const HYPOTHETICAL_WORDS = new Set(['if', 'unless', 'whether', 'supposing', 'suppose', 'incase']);
/** "fixed my broken ...": a problem already solved. */
export const RESOLVED_WORDS = new Set(['fixed', 'fixing', 'sorted', 'sorting', 'solved', 'resolved', 'repaired', 'replaced', 'refunded', 'recovered', 'restored', 'rescued', 'helping', 'helped']);
/** Words that cancel a negatable cue just before it ("wasn't damaged", "no delay"). */
export const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'without', 'nobody', 'neither', 'nor', 'hardly', 'barely', 'isnt', 'wasnt', 'arent', 'werent', 'didnt', 'doesnt', 'dont', 'hasnt', 'havent', 'wont', 'cant']);
/** Emphasis in capitals ("I've NEVER cheated", "for the THIRD time") that shows frustration. */
export const SHOUTED_WORDS = new Set([
  'again', 'never', 'still', 'nothing', 'nobody', 'twice', 'third', 'three', 'weeks', 'months', 'days', 'ever', 'any',
  'anything', 'once', 'always', 'every', 'not', 'no', 'none', 'wrong', 'broken', 'now', 'today', 'refund', 'help',
  'please', 'urgent', 'immediately', 'all', 'my', 'your', 'you', 'what', 'why', 'paid', 'cancelled', 'canceled',
]);
/** Words that open a question clause ("..., can you fix it?"). */
export const QUESTION_OPENERS = new Set([
  'can', 'could', 'will', 'would', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'should',
  'shall', 'may', 'might', 'must', 'how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'am', 'any',
]);
/** Questions that complain rather than ask ("Why was I charged?"). */
export const COMPLAINT_OPENERS = new Set(['why']);
