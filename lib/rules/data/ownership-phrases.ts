// What owning the problem sounds like: the agent doing something about it, offering an alternative, or admitting the fault.
import { packed } from '../support/pattern-lists';

export interface OwnershipRow {
  pattern: string;
  /**
   * act: the agent (I, or we with "have") does or will do something concrete;
   * we-will: "we'll rebook you" — weaker, it promises for someone unnamed;
   * offer: an alternative on the table ("what I can do", "instead");
   * contrast-offer: an offer that only counts after "but"/"however" in the same sentence ("you can still ...");
   * admit: the reply owns the fault ("that's our mistake").
   */
  cue: 'act' | 'we-will' | 'offer' | 'contrast-offer' | 'admit';
}

// Verbs of fixing things: refund, chase, rebook, send... "check" and "look" are investigating, not fixing,
// so they count only as a future commitment ("I'll check again at 2 pm"), never as something done.
const FIXING = [
  'open', 'report', 'refund', 'send', 'resend', 'chase', 'raise', 'escalate', 'ask', 'book', 'rebook',
  'arrange', 'contact', 'call', 'phone', 'ring', 'rang', 'email', 'e-mail', 'message', 'text', 'follow', 'credit',
  'issue', 'reissue', 'replace', 'cancel', 'waive', 'fix', 'correct', 'update', 'add', 'put', 'log', 'file',
  'lodge', 'start', 'submit', 'request', 'pass', 'flag', 'take', 'speak', 'reach', 'trace', 'push', 'move', 'reverse',
  'apply', 'set', 'change', 'restore', 'reset', 'reactivate', 'unlock', 'unblock', 'organize', 'compensate', 'cover',
  'pay', 'reimburse', 'sort', 'handle', 'ship', 'dispatch', 'upgrade', 'extend', 'swap', 'exchange', 'remove',
  'reinstate', 'release', 'confirm', 'notify', 'offer', 'give', 'approve', 'authorize', 'process', 'expedite',
  'prioritize', 'write', 'post', 'mail', 'refer', 'transfer', 'honor', 'adjust', 'amend', 'void', 'clear', 'let',
  'tell', 'inform', 'warn', 'alert', 'investigate', 'reopen', 'reschedule', 'reroute', 'redirect',
  'redeliver', 'collect', 'repair', 'return', 'reorder', 'order', 'recover', 'restart', 'reconnect',
  'make', 'keep', 'place', 'backdate', 'cap', 'freeze', 'honour',
];
const FIX_NOW = [...FIXING.map((v) => `~${v}`), 're-send', 're-sent', 're-sending', 're-issued', 're-opened', 're-booked', 'put through', 'sorted'];
const FIX_LATER = [...FIX_NOW, '~check', 'look into', 'looking into', 'find out', 'dig into', 'get (this|it|that) (sorted|fixed|resolved|moving)', 'get back to you', 'keep an eye', 'stay on'];

export const OWNERSHIP_CLASSES = packed({
  'fix-now': FIX_NOW,
  'fix-later': FIX_LATER,
  soon: ['now', 'also', 'already', 'just', 'since', 'personally', 'then', 'gone ahead and', 'today', 'this morning', 'immediately', 'straight away', 'happily', 'gladly', 'definitely', 'be happy to', 'be glad to', 'right now', 'first'],
});

export const OWNERSHIP_PHRASES: OwnershipRow[] = [
  { pattern: '(i|we) (have|had) (@soon)? (@fix-now)', cue: 'act' },
  { pattern: 'i (@soon)? (@fix-now)', cue: 'act' },
  { pattern: 'i (will|shall|can|could|am going to|am about to|would like to|would be happy to|would be glad to|am happy to|am) (@soon)? (@fix-later)', cue: 'act' },
  { pattern: 'let me (@soon)? (@fix-later|see|find out|check|look)', cue: 'act' },
  { pattern: '(what|here is what|this is what) (i|we) (can|could|will) (do|offer)', cue: 'offer' },
  { pattern: '(i|we) (can|could) (also)? offer', cue: 'offer' },
  { pattern: 'instead', cue: 'offer' },
  { pattern: 'if you (would|want|wish|prefer) (like)? (me|us) to', cue: 'offer' },
  { pattern: '(i|we) (would|could|will|am|are) (be)? (happy|glad|pleased) to', cue: 'offer' },
  { pattern: 'alternatively', cue: 'offer' },
  { pattern: 'as an alternative', cue: 'offer' },
  { pattern: 'the good news is', cue: 'offer' },
  { pattern: 'we (will|can|could|are going to|are) (@soon)? (@fix-later)', cue: 'we-will' },
  { pattern: 'you (can|could|may|are welcome to|are free to|still have|will still) (still|also|instead|always)?', cue: 'contrast-offer' },
  { pattern: '(our|the|your) *{1,3} (can|could|will|would) (@soon)? (@fix-later)', cue: 'contrast-offer' },
  { pattern: 'there (is|are) (still)? (a|an|another|other|some) (option|options|way|ways|alternative|alternatives)', cue: 'offer' },
  {
    pattern: '(that is|this is|it is|it was|that was|this was) (entirely|completely|totally|absolutely|definitely|clearly)? (our|my) (mistake|fault|error|doing|responsibility|bad)',
    cue: 'admit',
  },
  { pattern: '(on|at) our (side|end)', cue: 'admit' },
  { pattern: '(we|i) (got (it|this|that) wrong|made (a|an|the) (mistake|error)|messed up|slipped up|dropped the ball|let you down|should have)', cue: 'admit' },
  { pattern: 'i am (so|really|very|truly)? sorry (we|our)', cue: 'admit' },
];
