// Flags replies that argue with or contradict the customer's account, and offers wording that engages instead.
import type { CustomerContext } from '../engine/customer';
import { memo } from '../engine/customer';
import type { Doc, Span } from '../engine/doc';
import { defineRule } from '../engine/define-rule';
import { PhraseTable, type PhraseMatch } from '../engine/patterns/table';
import { DEFENSIVE_CLASSES, DEFENSIVE_PHRASES, type DefensiveRow } from './data/defensive-phrases';
import {
  apologyBefore,
  apologyWithin,
  clauseEnd,
  clauseStart,
  conditionalBefore,
  isClausePunct,
  isQuestion,
  offersNextStep,
} from './defensive/clues';
import { assurances, emphaticDid } from './defensive/assurances';
import { rewrite, type Candidate } from './defensive/rewrites';

const table = new PhraseTable(DEFENSIVE_PHRASES, DEFENSIVE_CLASSES, 'defensiveness');

const WHY: Record<Candidate['kind'], string> = {
  denial: 'flatly contradicts the customer; check what happened and show what you found instead',
  'no-way': 'tells the customer their account is impossible; say what you can and can’t see instead',
  conclusion: 'closes the case against the customer’s account; say what you’ll check instead',
  'no-fault': 'defends the company instead of engaging with the problem the customer reported',
  staff: 'defends the staff instead of taking the complaint seriously',
  failure: 'insists the product can’t have failed, which tells the customer they’re wrong',
  accusation: 'argues with the customer’s words; acknowledge why it looked that way, then explain',
  records: 'uses our records to overrule the customer without offering a next step',
  document: 'argues about what the customer was told; own the confusion instead',
  insist: 'insists on what the customer saw, which tells them they’re wrong',
  verdict: 'rules out the fault the customer reported without saying what happens next',
  emphatic: 'insists on what was done, which tells the customer their account is wrong',
  assurance: 'vouches for the company instead of engaging with what went wrong for this customer',
  echo: 'denies what the customer says happened without saying what you’ll check',
  detail: 'contradicts a detail the customer gave; say what you found without correcting them',
};

// Words that may follow a flat denial when it ends its clause ("That's not true and ...", "That's not possible, ...").
const AFTER_DENIAL = new Set(['and', 'but', 'so', 'because', 'since', 'as', 'though', 'i', 'sorry', 'either', 'here', 'there']);
const MODALS = new Set(['could', 'would', 'should', 'ought', 'need', 'needed', 'have', 'had', 'deserve', 'must', 'might', 'can', 'will']);
const NEWER = new Set(['new', 'corrected', 'updated', 'revised', 'amended', 'latest', 'replacement', 'adjusted', 'reissued', 'final']);
// "Projects don't disappear when you upgrade" can still deny what the customer saw happen...
const TIME_CLAUSE = new Set(['when', 'once', 'after', 'before', 'while', 'during']);
// ...but "if you ...", "until", "straight away" make it advice about how the product behaves.
const ADVICE_CLAUSE = new Set(['if', 'unless', 'until', 'straight', 'immediately', 'instantly', 'yet', 'right', 'permanently', 'completely', 'entirely', 'normally', 'usually']);
// Words a customer uses when something went missing or broke, which a "doesn't disappear" reply contradicts.
const LOSS_WORDS = new Set([
  'missing', 'gone', 'disappeared', 'vanished', 'deleted', 'lost', 'wiped', 'erased', 'melted', 'overheated', 'hot', 'broke',
  'broken', 'crashed', 'switched', 'changed', 'cancelled', 'canceled', 'reset', 'charged', 'leaks', 'leaking', 'leaked',
  'burning', 'burnt', 'burned', 'smoke', 'fire', 'exploded', 'removed', 'dropped', 'disappearing', 'vanishing',
]);
// A customer message with none of these is a plain question, and records answer it rather than overrule it.
const DISPUTE_WORDS = new Set([
  'not', 'never', 'no', 'nobody', 'nothing', 'none', 'without', 'nowhere', 'wrong', 'but', 'charged', 'supposed', 'promised',
  'told', 'said', 'missing', 'instead', 'lost', 'twice', 'still', 'damaged', 'smashed', 'cracked', 'faulty', 'late', 'rude',
  'nobody', "didn't", 'refused', 'claim', 'claims', 'supposedly',
]);
// After "our records show", a claim that something was done (or never was), which is what a customer disputes.
const STAFF_SAYS = new Set(['say', 'says', 'said', 'insist', 'insists', 'insisted', 'report', 'reports', 'reported', 'tell', 'tells', 'told']);
const STRONG_CLAIM = new Set(['was', 'were', 'been', 'that', 'no', 'nothing', 'never']);
const isPast = (w: string) => PAST_VERBS.has(w) || (/[^e]ed$/.test(w) && w.length > 4);
const PAST_VERBS = new Set([
  'came', 'went', 'sent', 'made', 'left', 'took', 'gave', 'got', 'paid', 'spoke', 'rang', 'saw', 'told', 'said', 'brought',
  'bought', 'wrote', 'met', 'ran', 'put', 'set', 'cut', 'read', 'did', 'had', 'arrived', 'attended', 'knew',
]);
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow',
]);

function text(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].wordStart, doc.tokens[to - 1].wordEnd);
}

/** The customer's own figures and dates, with number words and digits folded together ("six" = "6"). */
function customerDetails(customer: CustomerContext): Set<string> {
  return memo(customer, 'no-defensiveness:details', () => {
    const out = new Set<string>();
    for (const t of customer.doc.tokens) {
      if (t.kind === 'number' || t.kind === 'money') out.add(t.norm);
      const n = NUMBER_WORDS.indexOf(t.norm);
      if (n >= 0) out.add(String(n)).add(t.norm);
      if (DATE_WORDS.has(t.norm)) out.add(t.norm);
    }
    return out;
  });
}

const UNIT_STOP = new Set(['and', 'but', 'so', 'as', 'because', 'which', 'who', 'that', 'though', 'since', 'when', 'then']);

function detailKey(norm: string): string | null {
  const n = NUMBER_WORDS.indexOf(norm);
  if (n >= 0) return String(n);
  if (/^[£$€]?\d/.test(norm) || DATE_WORDS.has(norm)) return norm;
  return null;
}

/** "two calls that day, not six" where the customer said six: correcting their figure to their face. */
function contradictedDetails(doc: Doc, customer: CustomerContext | null): Candidate[] {
  if (!customer) return [];
  const theirs = customerDetails(customer);
  if (!theirs.size) return [];
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].norm !== 'not' || toks[i - 1].norm !== ',') continue;
    const key = detailKey(toks[i + 1].norm);
    if (!key || !theirs.has(key)) continue;
    // The figure we state instead must be of the same sort, or this is not a correction ("at 4 pm, not Tuesday").
    const sentence = doc.sentenceOf(i);
    const from = clauseStart(doc, i - 1, sentence);
    let ours = false;
    for (let j = from; j < i - 1; j++) if (detailKey(toks[j].norm)) ours = true;
    if (!ours || from >= i - 1) continue;
    // Explained with an apology or a next step, it is a correction, not an argument.
    if (apologyWithin(doc, sentence.tokStart, sentence.tokEnd) || offersNextStep(doc, i + 2, toks.length)) continue;
    // "not 5 pm": the unit belongs to the figure.
    const unit = toks[i + 2];
    const end = unit && unit.kind === 'word' && !UNIT_STOP.has(unit.norm) && unit.wordStart === toks[i + 2].wordStart ? i + 3 : i + 2;
    out.push({ kind: 'detail', coreFrom: i - 1, coreTo: i + 2, from, to: end });
  }
  return out;
}

const COUNT_WORDS = new Set(['twice', 'two', 'double', 'three', 'again', 'times', 'several', 'multiple', 'repeatedly', 'second', '2', '3']);

/** The customer states (not asks) that something happened more than once. */
function customerCounted(customer: CustomerContext): boolean {
  const { doc } = customer;
  return doc.sentences.some((s) => !isQuestion(doc, s) && doc.norms(s.tokStart, s.tokEnd).split(' ').some((w) => COUNT_WORDS.has(w)));
}

/** The customer is complaining or disputing something, not just asking. */
function disputes(customer: CustomerContext): boolean {
  return customer.sentiment < 0 || [...customer.words].some((w) => DISPUTE_WORDS.has(w) || LOSS_WORDS.has(w));
}

function endsClause(doc: Doc, i: number, sentence: Span): boolean {
  if (i >= sentence.tokEnd) return true;
  const t = doc.tokens[i];
  return t.kind === 'punct' || AFTER_DENIAL.has(t.norm);
}

/** Whether a phrase-table match really argues with the customer here, and the span it covers. */
const DETERMINERS = new Set(['our', 'the', 'your', 'my', 'this', 'that', 'these', 'those', 'all', 'of', 'none', 'each', 'every']);
const SUBJECT_OPENERS = new Set(['it', 'the', 'your', 'our', 'this', 'that', 'these', 'my', 'its', 'their', 'we', 'they', 'he', 'she', 'everything']);

/** Where a match's subject starts (see DefensiveRow.from), or null when the row needs one that isn't there. */
function subjectStart(doc: Doc, row: DefensiveRow, a: number, s: Span): number | null {
  if (row.from === 'subject') {
    const start = clauseStart(doc, a, s);
    return a - start >= 1 && a - start <= 4 && SUBJECT_OPENERS.has(doc.tokens[start].norm) ? start : null;
  }
  if (row.from !== 'det' && row.from !== 'det?') return a;
  let j = a - 1;
  let mods = 0;
  while (j >= s.tokStart && mods < (row.mods ?? 0) && doc.tokens[j].kind === 'word' && !DETERMINERS.has(doc.tokens[j].norm)) {
    j--;
    mods++;
  }
  if (j < s.tokStart || !DETERMINERS.has(doc.tokens[j].norm)) return row.from === 'det?' ? a : null;
  while (j - 1 >= s.tokStart && DETERMINERS.has(doc.tokens[j - 1].norm)) j--;
  return j;
}

function judge(doc: Doc, m: PhraseMatch<DefensiveRow>, customer: CustomerContext | null): Candidate | null {
  const s = m.sentence;
  const subject = subjectStart(doc, m.row, m.reportFrom, s);
  if (subject === null) return null;
  const a = subject;
  const b = m.reportTo;
  const { kind } = m.row;
  if (isQuestion(doc, s) || conditionalBefore(doc, s, a)) return null;
  const cand: Candidate = { kind, coreFrom: a, coreTo: b, from: a, to: b, suggest: m.row.suggest };
  switch (kind) {
    case 'denial': {
      if (!endsClause(doc, b, s)) return null;
      if (doc.tokens[a].norm === 'it' && doc.tokens[b - 1].norm === 'possible') return null;
      if (m.row.from === 'clause') {
        const from = clauseStart(doc, a, s);
        if (doc.tokens[from].norm === 'it' && from === a - 1) return null;
        return { ...cand, from, coreFrom: from };
      }
      // "That's not right, I'm so sorry", "That isn't correct, so I've refunded you" and "You're right, that
      // isn't correct" agree with the customer; "though" marks the turn to arguing.
      if (!/\b(though|actually)\b/.test(doc.norms(a, b))) {
        const nextSentence = doc.sentences[doc.sentences.indexOf(s) + 1];
        const ambiguous = m.row.ambiguous || doc.tokens[a].norm === 'it';
        const until = ambiguous && nextSentence ? nextSentence.tokEnd : s.tokEnd;
        if (apologyWithin(doc, s.tokStart, until) || offersNextStep(doc, b, until)) return null;
        if (/\byou are (right|correct|not wrong)\b/.test(doc.norms(s.tokStart, a))) return null;
      }
      return cand;
    }
    case 'no-way': {
      const subject = doc.tokens[b - 1].norm;
      const next = doc.tokens[b]?.norm ?? '';
      if (subject === 'you') return MODALS.has(next) || next === 'to' ? null : cand;
      // "there's no way that happened"
      return next === 'happened' ? { ...cand, kind: 'denial', coreTo: b + 1, to: b + 1 } : null;
    }
    case 'conclusion': {
      const to = Math.max(b, clauseEnd(doc, b, s));
      // "so it should be with you by Friday" is an estimate; "so it will be in your inbox" presumes.
      const clause = doc.norms(a, to);
      if (/\b(will|should) be\b/.test(clause) && /\b(by|within|tomorrow|today|tonight|soon|shortly|next|in \d|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/.test(clause)) return null;
      return { ...cand, to };
    }
    case 'no-fault': {
      if (NEWER.has(doc.tokens[a + 1]?.norm) || doc.tokens[b]?.norm === 'now') return null;
      if (m.row.from === 'clause') return { ...cand, from: clauseStart(doc, a, s), coreFrom: clauseStart(doc, a, s) };
      return cand;
    }
    case 'staff':
      if (apologyBefore(doc, s, a)) return null;
      // Praise for staff the customer praised: "I'm glad our driver was helpful."
      if ((customer && customer.sentiment > 0) || /\b(glad|pleased|happy|thanks|thank|lovely|great|delighted)\b/.test(doc.norms(s.tokStart, s.tokEnd))) return null;
      return { ...cand, to: Math.max(b, clauseEnd(doc, b, s)) };
    case 'failure': {
      if (apologyBefore(doc, s, a)) return null;
      const from = clauseStart(doc, a, s);
      const first = doc.tokens[from].norm;
      if (first === 'you' || first === 'i' || first === 'if') return null;
      const end = Math.max(b, clauseEnd(doc, b, s));
      const reported = customer ? [...customer.words].some((w) => LOSS_WORDS.has(w)) : false;
      for (let j = a; j < end; j++) if (ADVICE_CLAUSE.has(doc.tokens[j].norm)) return null;
      if (!reported) {
        for (let j = b; j < end; j++) if (TIME_CLAUSE.has(doc.tokens[j].norm)) return null;
        if (first === 'your' && !/\b(itself|themselves|own|just)\b/.test(doc.norms(a, end))) return null;
      }
      return { ...cand, from, to: end };
    }
    case 'accusation': {
      if (apologyBefore(doc, s, a)) return null;
      if (doc.tokens[a - 1]?.norm === 'will') return null;
      if (customer && customerAskedAbout(customer, doc.norms(a, b))) return null;
      return { ...cand, from: clauseStart(doc, a, s), to: Math.max(b, clauseEnd(doc, b, s)) };
    }
    case 'records': {
      const first = doc.tokens[a].norm;
      let to = Math.max(b, clauseEnd(doc, b, s));
      let from = a;
      if (first === 'according' && isClausePunct(doc, to) && doc.tokens[to].norm === ',') to = clauseEnd(doc, to + 1, s);
      if ((first === 'that' || first === 'this') && doc.tokens[a + 2]?.norm === 'what') {
        // "..., that's what our logs show": the claim is the clause before.
        if (a - 1 <= s.tokStart || !isClausePunct(doc, a - 1)) return null;
        from = clauseStart(doc, a - 2, s);
        if (from >= a - 1) return null;
      }
      if (offersNextStep(doc, to, doc.tokens.length)) return null;
      // "There's no evidence of fraud on your account, which is good news": reassurance, not a ruling.
      if (/\b(good|safe|glad|pleased|relieved|great|fine|secure)\b/.test(doc.norms(s.tokStart, s.tokEnd))) return null;
      if (from === a) {
        // Our own records stating that something was (or never was) done overrule the customer; a neutral
        // "the system shows the payment arrived" only does when the customer says otherwise.
        const disputed = customer !== null && disputes(customer);
        if (customer && !disputed) return null;
        const claim = doc.norms(b, to).split(' ');
        const strong = claim.some((w, k) => STRONG_CLAIM.has(w) || (w === 'you' && isPast(claim[k + 1] ?? ''))) || /\bno\b/.test(doc.norms(a, b));
        const weak = claim.some(isPast);
        const ours = ['our', 'my', 'we', 'i', 'according', 'there'].includes(first) || doc.norms(b - 1, b) === 'that' || /\bclearly\b/.test(doc.norms(a, b));
        // "Our driver says he left it with your neighbour": a colleague's word against the customer's.
        const colleague = doc.norms(a, b).split(' ').some((w) => STAFF_SAYS.has(w));
        const would = /\bwould\b/.test(doc.norms(a, b));
        if (!would && first !== 'there' && !((ours && strong) || colleague || (disputed && (strong || weak)))) return null;
      }
      return { ...cand, from, to };
    }
    case 'document': {
      if (apologyBefore(doc, s, a)) return null;
      const from = clauseStart(doc, a, s);
      const end = Math.max(b, clauseEnd(doc, b, s));
      if (/\b(clearly|clear|well|enough|properly|obviously|prominently)\b/.test(doc.norms(b, end))) return null;
      return { ...cand, from, to: end };
    }
    case 'insist':
      // "I can't see that you were charged twice" reports the customer's claim.
      if (apologyBefore(doc, s, a) || doc.tokens[a - 1]?.norm === 'that') return null;
      return { ...cand, to: Math.max(b, clauseEnd(doc, b, s)) };
    case 'verdict': {
      if (apologyBefore(doc, s, a) || offersNextStep(doc, b, doc.tokens.length)) return null;
      if (!endsClause(doc, b, s)) return null;
      // "Once reset, it works fine" describes a fix, not a verdict.
      for (let j = s.tokStart; j < a; j++) if (FIX_TIME.has(doc.tokens[j].norm)) return null;
      const from = m.row.from === 'clause' ? clauseStart(doc, a, s) : a;
      return { ...cand, kind: 'denial', from, coreFrom: from };
    }
    case 'emphatic': {
      if (apologyBefore(doc, s, a) || offersNextStep(doc, b, doc.tokens.length)) return null;
      // "did send" or "definitely sent": a past fact insisted on, not a promise ("they definitely arrive by Friday").
      const verb = doc.tokens[b - 1].norm;
      const emphasis = doc.tokens[b - 2]?.norm;
      const counted = /\bonly\b/.test(doc.norms(a, b));
      // "you were only charged once" argues with "you charged me twice", and reassures "was I charged?".
      if (counted && (customer ? !customerCounted(customer) : /\bchecked\b/.test(doc.norms(s.tokStart, a)))) return null;
      if (!counted && emphasis !== 'did' && !(PAST_VERBS.has(verb) || /ed$/.test(verb))) return null;
      if (customer && !disputes(customer)) return null;
      const from = clauseStart(doc, a, s);
      return { ...cand, from, to: Math.max(b, clauseEnd(doc, b, s)) };
    }
    case 'echo': {
      if (!customer || apologyBefore(doc, s, a) || offersNextStep(doc, b, doc.tokens.length)) return null;
      let claimed = false;
      for (let j = a; j < b && !claimed; j++) if (doc.tokens[j].kind === 'word' && customerClaims(customer, doc.tokens[j].norm)) claimed = true;
      if (!claimed) return null;
      // From the subject of the denial: after "because", "and", "so" inside the clause.
      let from = clauseStart(doc, a, s);
      for (let j = a - 1; j > from; j--) if (ECHO_LEADS.has(doc.tokens[j].norm)) { from = j + 1; break; }
      return { ...cand, from, to: Math.max(b, clauseEnd(doc, b, s)) };
    }
  }
}

const ECHO_LEADS = new Set(['because', 'and', 'but', 'so', 'as', 'since', 'which', 'that']);
const FIX_TIME = new Set(['once', 'after', 'since', 'now', 'when', 'if']);

// Verbs too general to echo ("we haven't been", "it didn't get").
const ECHO_STOP = new Set([
  'did', 'does', 'has', 'was', 'were', 'is', 'are', 'not', 'there', 'no', 'to', 'in', 'on', 'we', 'i', 'it', 'you', 'they', 'he', 'she',
  'this', 'that', 'the', 'our', 'your', 'any', 'a', 'an', 'be', 'been', 'being', 'have', 'had', 'do', 'done', 'did', 'get', 'got', 'go', 'gone', 'know', 'think', 'want', 'need', 'see', 'seen', 'hear', 'feel', 'mean', 'seem', 'look', 'like', 'make', 'made', 'take', 'taken', 'able', 'yet', 'just', 'really', 'actually', 'even', 'always', 'ever', 'received']);
const IRREGULAR_STEM: Record<string, string> = {
  hung: 'hang', sent: 'send', took: 'take', lost: 'lose', cut: 'cut', left: 'leave', told: 'tell', said: 'say', paid: 'pay',
  sold: 'sell', broke: 'break', broken: 'break', came: 'come', spoke: 'speak', rang: 'ring', gave: 'give', given: 'give',
};
// Words customers use for the same event ("the price jumped" = "the price changed").
const ECHO_SYNONYMS: Record<string, string[]> = {
  chang: ['jump', 'rise', 'rose', 'risen', 'increas', 'rais', 'doubl', 'went', 'higher', 'different', 'hike'],
  charg: ['bill', 'took', 'debit', 'overcharg', 'double-charg'],
  delet: ['gone', 'missing', 'disappear', 'vanish', 'wip', 'eras', 'remov'],
  cancel: ['cancel', 'terminat', 'stopp'],
  ignor: ['ignor', 'never', 'reply', 'respond'],
};

function stem(word: string): string {
  let w = IRREGULAR_STEM[word] ?? word;
  w = w.replace(/(ied|ies)$/, 'y').replace(/(ed|es|ing|s|d)$/, '');
  return w.replace(/e$/, '');
}

/** The customer says, not asks, that the thing our reply denies happened ("You cancelled my order!"). */
function customerClaims(customer: CustomerContext, verb: string): boolean {
  if (ECHO_STOP.has(verb) || verb.length < 3) return false;
  const target = stem(verb);
  const accepted = new Set([target, ...(ECHO_SYNONYMS[target] ?? [])]);
  const claims = memo(customer, 'no-defensiveness:claims', () => {
    const out = new Set<string>();
    const { doc } = customer;
    for (const s of doc.sentences) {
      if (isQuestion(doc, s)) continue;
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        const t = doc.tokens[i];
        if (t.kind !== 'word') continue;
        const negated = [1, 2, 3].some((k) => i - k >= s.tokStart && ['not', 'never', 'no'].includes(doc.tokens[i - k].norm));
        if (!negated) out.add(stem(t.norm));
      }
    }
    return out;
  });
  for (const c of claims) if (accepted.has(c) || [...accepted].some((x) => x.length >= 4 && c.startsWith(x))) return true;
  return false;
}

const ACCUSATION_WORDS = ['scam', 'fraud', 'rigged', 'con', 'rip-off', 'rip', 'fixed', 'cheat', 'cheating', 'lying', 'lie', 'overcharged', 'overcharge', 'stealing', 'theft'];

/** The customer asked ("is this a scam?") rather than accused, so answering "it isn't" is just an answer. */
function customerAskedAbout(customer: CustomerContext, matched: string): boolean {
  const word = ACCUSATION_WORDS.find((w) => matched.split(' ').includes(w));
  if (!word) return false;
  const { doc } = customer;
  return doc.sentences.some((s) => isQuestion(doc, s) && doc.norms(s.tokStart, s.tokEnd).split(' ').includes(word));
}

// Lead-ins that sharpen a denial ("I'm afraid", "With respect,", "I can assure you that"); they go with it.
const LEAD_INS = [
  'i am afraid', 'with respect', 'with all due respect', 'respectfully', 'actually', 'honestly', 'frankly', 'in fact', 'in truth',
  'to be honest', 'to be clear', 'to be fair', 'just to be clear', 'to clarify', 'let me be clear', 'i must say', 'i have to say',
  'i can assure you', 'i can assure you that', 'i assure you', 'i assure you that', 'rest assured', 'rest assured that',
  'i can confirm that', 'please understand that', 'please note that', 'sorry but', 'i am sorry but', 'i am sorry, but',
].map((l) => l.split(' '));

/** Moves a finding's start back over a lead-in that opens its clause. */
function withLeadIn(doc: Doc, c: Candidate): Candidate {
  const s = doc.sentenceOf(c.from);
  let end = c.from;
  if (end - 1 >= s.tokStart && doc.tokens[end - 1].norm === ',') end--;
  for (const lead of LEAD_INS) {
    const start = end - lead.length;
    if (start < s.tokStart || !lead.every((w, k) => doc.tokens[start + k].norm === w)) continue;
    if (start !== clauseStart(doc, start, s) && !(start - 1 >= s.tokStart && doc.tokens[start - 1].norm === ',')) continue;
    return { ...c, from: start };
  }
  return c;
}

const GUESSES = new Set(['think', 'guess', 'assume', 'suspect', 'expect', 'imagine', 'probably', 'perhaps', 'maybe', 'possibly', 'likely', 'may', 'might', 'if', 'whether', 'sorry']);

/** Whether the match's sentence guesses, asks or apologises before it ("I think you ...", "sorry if you ..."). */
function guessedBefore(doc: Doc, m: PhraseMatch<DefensiveRow>): boolean {
  for (let i = m.sentence.tokStart; i < m.from; i++) if (GUESSES.has(doc.tokens[i].norm)) return true;
  return false;
}

function findCandidates(doc: Doc, customer: CustomerContext | null): Candidate[] {
  const found: Candidate[] = [];
  for (const m of table.find(doc)) {
    if (m.row.unhedged && guessedBefore(doc, m)) continue;
    const c = judge(doc, m, customer);
    if (c) found.push(c.kind === 'records' || c.kind === 'detail' ? c : withLeadIn(doc, c));
  }
  found.push(...contradictedDetails(doc, customer));
  // Vouching and emphatic "did" only argue when the customer is complaining; vouching only counts in a
  // sentence that has no sharper finding.
  const complaint = customer === null || disputes(customer);
  if (complaint) {
    const busy = new Set(found.map((c) => doc.sentenceNumber(c.coreFrom)));
    doc.sentences.forEach((s, n) => {
      if (customer && !busy.has(n)) found.push(...assurances(doc, s));
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        if (doc.tokens[i].norm === 'did') {
          found.push(...emphaticDid(doc, s));
          break;
        }
      }
    });
  }
  // A "so ..." conclusion already covers the records it rests on.
  const concluded = new Set(found.filter((c) => c.kind === 'conclusion').map((c) => doc.sentenceNumber(c.coreFrom)));
  const kept = found.filter((c) => c.kind !== 'records' || !concluded.has(doc.sentenceNumber(c.coreFrom)));
  kept.sort((x, y) => x.from - y.from || y.to - x.to);
  const out: Candidate[] = [];
  for (const c of kept) {
    const last = out[out.length - 1];
    if (last && c.from < last.to) continue;
    out.push(c);
  }
  return out;
}

export default defineRule(
  'no-defensiveness',
  {
    category: 'defensive',
    severity: 'warning',
    preset: 'minimal',
    scope: 'paragraph',
    description: 'Flags replies that argue with or contradict the customer’s account.',
    rationale:
      'A customer who reports a problem wants it looked into, not ruled out. Flat denials (“that’s not true”), defending the product or the staff, and records quoted as the last word tell the customer they are wrong or lying, which escalates the conversation. Saying what you found and what you will check next corrects the facts without the fight.',
    example: {
      bad: 'That’s not true. Our records show the parcel was delivered on 3 May, so the charge stands.',
      good: 'Let me check what happened. Our records say the parcel was delivered on 3 May, but I’d like to find out what happened at your door.',
    },
  },
  (context) => {
    const { doc, customer } = context;
    for (const c of findCandidates(doc, customer)) {
      const phrase = text(doc, c.coreFrom, c.coreTo);
      const quoted = phrase.length > 70 ? phrase.slice(0, 67).trimEnd() + '…' : phrase;
      const message = `“${quoted}” ${WHY[c.kind]}.`;
      const sentence = doc.sentenceOf(c.coreFrom);
      const edit = rewrite(doc, c, sentence);
      if (edit) context.report({ start: edit.start, end: edit.end, message, suggestions: edit.suggestions });
      else context.report({ start: doc.tokens[c.from].wordStart, end: doc.tokens[c.to - 1].wordEnd, message, suggestions: [] });
    }
  },
);

