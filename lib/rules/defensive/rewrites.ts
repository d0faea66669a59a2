// Rewrites for no-defensiveness: each finding's span and 1–3 replacements that engage with the customer instead of arguing.
import type { Doc } from '../../engine/doc';
import { apologyWithin, isSentenceEnd } from './clues';
import type { DefensiveKind } from '../data/defensive-phrases';

export interface Candidate {
  kind: DefensiveKind | 'detail' | 'assurance';
  /** Token range of the trigger itself (quoted in the message). */
  coreFrom: number;
  coreTo: number;
  /** Token range the finding covers. */
  from: number;
  to: number;
  /** Replacements fixed by the phrase table for this row, best first. */
  suggest?: string[];
}

export interface Rewrite {
  start: number;
  end: number;
  suggestions: string[];
}

const CHECK = 'let me check what happened';
const FIND_OUT = "I'd like to find out what happened";
const SEE = "here's what I can see:";

const startOf = (doc: Doc, i: number) => doc.tokens[i].wordStart;
const endOf = (doc: Doc, i: number) => doc.tokens[i].wordEnd;
const slice = (doc: Doc, from: number, to: number) => (to > from ? doc.text.slice(startOf(doc, from), endOf(doc, to - 1)) : '');
const norm = (doc: Doc, i: number) => doc.tokens[i]?.norm;

function lowerFirst(s: string): string {
  return /^I\b|^I'|^[A-Z]{2}/.test(s) ? s : s.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}
function upperFirst(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** "agents" → "agent", "people" → "team": one member of a group, for "your experience with our agent". */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (w === 'people' || w === 'personnel') return 'team';
  if (w === 'staff' || w.endsWith('ss')) return word;
  if (w.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (w.endsWith('s')) return word.slice(0, -1);
  return word;
}

const DETERMINERS = new Set(['our', 'the', 'my', 'your', 'all', 'of', 'none', 'not', 'one', 'no', 'nobody', 'neither']);
const VERBISH = new Set(['do', 'does', 'did', 'would', 'could', 'are', 'is', 'was', 'were', 'never', 'will', 'can', 'have', 'has', 'and']);

/** The staff words of a staff denial ("reception team" in "Our reception team are always polite"). */
function staffNoun(doc: Doc, c: Candidate): string | null {
  let i = c.coreFrom;
  while (i < c.coreTo && DETERMINERS.has(norm(doc, i))) i++;
  const first = i;
  while (i < c.coreTo && !VERBISH.has(norm(doc, i)) && doc.tokens[i].kind === 'word') i++;
  if (i === first || i - first > 3) return null;
  if (norm(doc, first) === 'we') return null;
  const words = slice(doc, first, i).split(' ');
  words[words.length - 1] = singular(words[words.length - 1]);
  return lowerFirst(words.join(' '));
}

/** Is this token range a greeting or address ("Hi Pete", "Dear Ms Laurent") rather than content? */
function isAddress(doc: Doc, from: number, to: number): boolean {
  const first = norm(doc, from);
  if (['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening', 'thanks', 'thank', 'ok', 'okay', 'well', 'look', 'listen', 'again', 'so', 'and', 'but', 'honestly', 'actually', 'also', 'however', 'sadly', 'unfortunately', 'relax', 'sorry'].includes(first))
    return true;
  return to - from <= 2 && doc.tokens[from].upper;
}

/** "That's not true." / "That isn't correct: ..." / "..., you're wrong about that." */
function denial(doc: Doc, c: Candidate, sentenceStart: number, sentenceEnd: number): Rewrite {
  const { coreFrom: a, coreTo: b } = c;
  const from = startOf(doc, c.from);
  const next = doc.tokens[b];
  const endsSentence = b >= sentenceEnd || isSentenceEnd(doc, b);
  // A trailing jab after real content: drop it with its comma.
  if (endsSentence && a - 1 > sentenceStart && norm(doc, a - 1) === ',') {
    let k = a - 2;
    while (k > sentenceStart && doc.tokens[k].kind !== 'punct') k--;
    const prevFrom = doc.tokens[k].kind === 'punct' ? k + 1 : k;
    if (!isAddress(doc, prevFrom, a - 1)) return { start: doc.tokens[a - 1].start, end: endOf(doc, b - 1), suggestions: [''] };
  }
  if (endsSentence) return { start: from, end: endOf(doc, b - 1), suggestions: [CHECK, "I'd like to check what happened"] };
  if (next.kind === 'punct' && [':', ';', '\u2014', '\u2013', '-'].includes(next.norm)) {
    return { start: from, end: next.end, suggestions: [SEE, "here's what I found:"] };
  }
  // "That's not possible, replacements are tested ..." → "Let me check what happened. Replacements are tested ..."
  let w = b;
  if (next.kind === 'punct' && next.norm === ',') w++;
  if (['and', 'because', 'since', 'as', 'but', 'so'].includes(norm(doc, w) ?? '')) w++;
  if (w < sentenceEnd && doc.tokens[w].kind !== 'punct') {
    const word = doc.text.slice(doc.tokens[w].wordStart, doc.tokens[w].wordEnd);
    return { start: from, end: doc.tokens[w].wordEnd, suggestions: [`${upperFirst(CHECK)}. ${upperFirst(word)}`] };
  }
  return { start: from, end: endOf(doc, b - 1), suggestions: [CHECK] };
}

const EXPECTATION_NOUNS = new Set([
  'room', 'view', 'seat', 'seats', 'meal', 'food', 'table', 'service', 'course', 'holiday', 'stay', 'cabin', 'booking', 'hotel',
  'apartment', 'flat', 'pitch', 'car', 'order', 'delivery', 'class', 'lesson', 'experience', 'trip', 'tour', 'menu',
]);
const NP_STOP = new Set(['at', 'and', 'so', 'but', 'as', 'because', 'in', 'on', 'for', 'from', 'is', 'was', 'which', 'that', 'now', 'though', 'whatsoever', 'here', 'there', 'itself', 'either']);

/** "there's nothing wrong with your room": the thing ("your room") and the apology that fits it. */
function nothingWrong(doc: Doc, from: number, to: number): { end: number; text: string[] } | null {
  let w = from;
  while (w < to && norm(doc, w) !== 'with') w++;
  if (w >= to - 1) return null;
  let e = w + 1;
  if (norm(doc, e) !== 'it') {
    e++;
    while (e < to && e - w <= 3 && doc.tokens[e].kind === 'word' && !NP_STOP.has(norm(doc, e))) e++;
  } else e++;
  const np = slice(doc, w + 1, e);
  const head = norm(doc, e - 1);
  const plural = head.endsWith('s') && !head.endsWith('ss');
  const expectation = EXPECTATION_NOUNS.has(head);
  const text = expectation
    ? [`I'm sorry ${np} ${plural ? "aren't" : "isn't"} what you expected`, `let me check what's going wrong with ${np}`]
    : [`let me check what's going wrong with ${np}`, `I'm sorry ${np} ${plural ? "aren't" : "isn't"} working as you expected`];
  return { end: e, text };
}

function billingCorrect(doc: Doc, c: Candidate): string[] {
  let v = c.coreFrom;
  while (v < c.coreTo && !['is', 'are', 'was', 'were', 'has', 'have'].includes(norm(doc, v))) v++;
  const subject = slice(doc, c.coreFrom, v);
  const plural = ['are', 'were', 'have'].includes(norm(doc, v));
  return [`${subject} ${plural ? 'look' : 'looks'} right to me, but let me go through ${plural ? 'them' : 'it'} with you`];
}

/** Drops a clause that follows content after a comma, or swaps it for an offer to check. */
function dropOrCheck(doc: Doc, c: Candidate, sentenceStart: number, offer: string): Rewrite {
  const a = c.from;
  // ", and there's no error on our side" / "and there's no mistake on our part": the joiner goes too.
  let joiner = a - 1;
  if (norm(doc, joiner) === 'and') joiner--;
  if (joiner > sentenceStart && (norm(doc, joiner) === ',' || norm(doc, a - 1) === 'and')) {
    const cut = norm(doc, joiner) === ',' ? joiner : a - 1;
    let k = cut - 1;
    while (k > sentenceStart && doc.tokens[k].kind !== 'punct') k--;
    const prevFrom = doc.tokens[k].kind === 'punct' ? k + 1 : k;
    if (!isAddress(doc, prevFrom, cut)) {
      const start = doc.tokens[cut].kind === 'punct' ? doc.tokens[cut].start : doc.tokens[cut - 1].wordEnd;
      return { start, end: endOf(doc, c.to - 1), suggestions: [''] };
    }
  }
  return { start: startOf(doc, a), end: endOf(doc, c.to - 1), suggestions: [offer] };
}

/** The subject words before an auxiliary, cut inside a contraction ("It" of "It's"). */
function subjectBefore(doc: Doc, from: number, aux: number): string {
  if (aux <= from) return '';
  return lowerFirst(doc.text.slice(doc.tokens[from].start, doc.tokens[aux].start).trim());
}

const PRONOUNS = new Set(['it', 'this', 'that', 'we', 'they', 'there', '']);

function accusation(doc: Doc, c: Candidate): string[] {
  let aux = c.from;
  while (aux < c.coreTo && !['is', 'was', 'are', 'were', 'did', 'have', 'has', 'never'].includes(norm(doc, aux))) aux++;
  const subject = subjectBefore(doc, c.from, aux);
  const past = ['was', 'were', 'did', 'have', 'has', 'never'].includes(norm(doc, aux));
  const plural = ['are', 'were'].includes(norm(doc, aux)) && !PRONOUNS.has(subject.toLowerCase());
  const subj = PRONOUNS.has(subject.toLowerCase()) || subject.toLowerCase() === 'we' ? 'it' : subject;
  let noun = -1;
  for (let j = aux; j < c.coreTo; j++) if (ACCUSATION_NOUNS.has(norm(doc, j))) noun = j;
  let adj = -1;
  for (let j = aux; j < c.coreTo; j++) if (ACCUSATION_ADJS.has(norm(doc, j))) adj = j;
  const generic = `I can see why it ${past ? 'looked' : 'looks'} that way`;
  // "Your account was not hacked and never has been" → "I can see why it looked like your account was hacked"
  const word = slice(doc, aux + 2, aux + 3);
  if (norm(doc, aux + 1) === 'not' && /\bnever (has|have|had|will) (been|be)\b/.test(doc.norms(c.coreFrom, c.coreTo)) && noun < 0 && adj < 0 && subject)
    return [`I can see why it looked like ${subject} ${slice(doc, aux, aux + 1).toLowerCase()} ${word}`, generic];
  if (noun >= 0) {
    const word = slice(doc, noun, noun + 1).toLowerCase();
    const article = /^[aeiou]/.test(word) ? 'an' : 'a';
    return [`I can see why ${subj} ${past ? 'looked' : 'looks'} like ${article} ${word}`, generic];
  }
  if (adj >= 0) return [`I can see why ${subj} ${past ? 'felt' : plural ? 'feel' : 'feels'} ${slice(doc, adj, adj + 1).toLowerCase()}`, generic];
  return [generic];
}
const ACCUSATION_NOUNS = new Set(['scam', 'fraud', 'con', 'rip-off', 'racket', 'trick', 'lie', 'theft', 'robbery']);
const ACCUSATION_ADJS = new Set(['rigged', 'fraudulent', 'dishonest', 'fixed']);

const SAY: Record<string, string> = {
  show: 'say', shows: 'says', showed: 'said', shown: 'said', indicate: 'say', indicates: 'says', indicated: 'said', confirm: 'say',
  confirms: 'says', confirmed: 'said', state: 'say', states: 'says', stated: 'said', prove: 'say', proves: 'says', proved: 'said',
  reflect: 'say', reflects: 'says', reflected: 'said', said: 'said', say: 'say', says: 'says',
};

function records(doc: Doc, c: Candidate, sentenceStart: number): Rewrite | null {
  const t = doc.tokens;
  const first = norm(doc, c.coreFrom);
  // "..., that's what our logs show": the claim comes first; lead with the source and hedge it.
  if ((first === 'that' || first === 'this') && norm(doc, c.coreFrom + 2) === 'what') {
    const src = slice(doc, c.coreFrom + 3, c.coreTo);
    const claim = slice(doc, c.from, c.coreFrom - 1);
    if (!claim) return null;
    return { start: startOf(doc, c.from), end: endOf(doc, c.coreTo - 1), suggestions: [`${src} ${lowerFirst(claim)}, but I'd like to check what you saw`] };
  }
  if (norm(doc, c.coreFrom + 2) === 'would' || norm(doc, c.coreFrom + 3) === 'would') {
    if (c.coreFrom - 1 > sentenceStart && norm(doc, c.coreFrom - 1) === ',') return { start: t[c.coreFrom - 1].start, end: endOf(doc, c.to - 1), suggestions: [''] };
    return null;
  }
  let out = '';
  let pos = startOf(doc, c.from);
  for (let j = c.coreFrom; j < c.coreTo; j++) {
    const say = SAY[t[j].norm];
    if (say && t[j].kind === 'word') {
      out += doc.text.slice(pos, t[j].start) + say;
      pos = t[j].end;
      break;
    }
  }
  out += doc.text.slice(pos, endOf(doc, c.to - 1));
  return { start: startOf(doc, c.from), end: endOf(doc, c.to - 1), suggestions: [`${out}, but ${FIND_OUT}`] };
}

const PLAINLY = new Set(['clearly', 'plainly', 'explicitly', 'very']);

function document(doc: Doc, c: Candidate): string[] {
  // "It clearly states on the website that ...": keep what it says, own that it wasn't clear to them.
  for (let j = c.from; j < c.coreTo; j++) {
    if (!PLAINLY.has(norm(doc, j))) continue;
    const said = (slice(doc, c.from, j) + ' ' + slice(doc, j + 1, c.to)).replace(/\s+/g, ' ').trim();
    return [`${said}, but I'm sorry if that wasn't clear`];
  }
  let neg = c.coreFrom;
  while (neg < c.to && !['never', 'not', 'did', 'does', 'has', 'had'].includes(norm(doc, neg))) neg++;
  let verb = neg;
  while (verb < c.to && ['never', 'not', 'did', 'does', 'has', 'had', 'once', 'actually', 'anywhere'].includes(norm(doc, verb))) verb++;
  const docNp = lowerFirst(slice(doc, c.from, neg));
  const head = norm(doc, neg - 1) ?? '';
  const be = /[^s]s$/.test(head) && !['this', 'its'].includes(head) ? "weren't" : "wasn't";
  // "never said delivery was free": a clause, not a thing, follows; say "this" instead.
  const clause = [...doc.norms(verb + 1, c.to).split(' ')].some((w) => CLAUSE_VERBS.has(w));
  const object = clause ? 'this' : slice(doc, verb + 1, c.to);
  return [object ? `I'm sorry if ${docNp} ${be} clear about ${object}` : `I'm sorry if ${docNp} ${be} clear`];
}

const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'would', 'will', 'could', 'can', 'had', 'has', 'have', 'did', 'does', 'do']);
const REPEATS = new Set(['twice', 'several', 'multiple', 'more', 'than', 'once', 'times', 'repeatedly']);

function insist(doc: Doc, c: Candidate): string[] {
  let v = c.coreFrom + 1;
  while (v < c.to && ['were', 'have', 'been', 'clearly', 'explicitly', 'definitely', 'plainly'].includes(norm(doc, v))) v++;
  // "told twice about the fee" → "told about the fee": the count is the jab.
  let rest = '';
  let pos = startOf(doc, v);
  for (let j = v; j < c.to; j++) {
    if (REPEATS.has(norm(doc, j))) {
      rest += doc.text.slice(pos, startOf(doc, j));
      pos = endOf(doc, j);
    }
  }
  rest = (rest + doc.text.slice(pos, endOf(doc, c.to - 1))).replace(/\s+/g, ' ').trim();
  return [`you should have been ${rest}, so let me check what went wrong`];
}

// "did send" → "sent": the emphasis is the argument, the fact can stay.
const IRREGULAR_PAST: Record<string, string> = {
  go: 'went', do: 'did', have: 'had', be: 'was', find: 'found', hold: 'held', keep: 'kept', meet: 'met', run: 'ran', stand: 'stood',
  send: 'sent', come: 'came', ring: 'rang', leave: 'left', tell: 'told', pay: 'paid', get: 'got', see: 'saw', choose: 'chose',
  read: 'read', make: 'made', give: 'gave', take: 'took', write: 'wrote', speak: 'spoke', buy: 'bought', bring: 'brought',
};
function past(verb: string): string {
  const w = verb.toLowerCase();
  if (IRREGULAR_PAST[w]) return IRREGULAR_PAST[w];
  if (w.endsWith('e')) return w + 'd';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ied';
  if (/^(ship|drop|stop|plan|chat)$/.test(w)) return w + w[w.length - 1] + 'ed';
  return w + 'ed';
}

const CLAUSE_LEADS = new Set(['so', 'and', 'but', 'because', 'as', 'since', 'which', 'therefore']);
const EMPHASIS = new Set(['did', 'definitely', 'certainly', 'absolutely', 'clearly', 'most', 'only']);

function emphatic(doc: Doc, c: Candidate): string[] {
  let out = '';
  let pos = startOf(doc, c.from);
  for (let j = c.from; j < c.to; j++) {
    const t = doc.tokens[j];
    if (!EMPHASIS.has(t.norm) || (t.norm === 'most' && norm(doc, j + 1) !== 'definitely')) continue;
    out += doc.text.slice(pos, t.wordStart);
    pos = t.wordEnd;
    if (t.norm === 'most') {
      pos = doc.tokens[j + 1].wordEnd;
      j++;
    }
    while (doc.text[pos] === ' ') pos++;
    if (t.norm === 'did' && j + 1 < c.to) {
      out += past(doc.text.slice(doc.tokens[j + 1].start, doc.tokens[j + 1].end));
      pos = doc.tokens[j + 1].wordEnd;
    }
    break;
  }
  out = (out + doc.text.slice(pos, endOf(doc, c.to - 1))).replace(/\s+/g, ' ');
  // "..., so the lesson did go ahead" keeps its "so"; a clause of its own gets the hedge in front.
  const led = CLAUSE_LEADS.has(norm(doc, c.from));
  return [led ? `${out}, but ${FIND_OUT}` : `as far as I can see, ${lowerFirst(out)}, but ${FIND_OUT}`];
}

/** The span and replacements for one finding; null when no safe rewrite exists (the finding is still reported). */
export function rewrite(doc: Doc, c: Candidate, sentence: { tokStart: number; tokEnd: number }): Rewrite | null {
  const whole = (suggestions: string[]): Rewrite => ({ start: startOf(doc, c.from), end: endOf(doc, c.to - 1), suggestions });
  if (c.suggest) return whole(c.suggest);
  switch (c.kind) {
    case 'denial':
    case 'verdict':
      return denial(doc, c, sentence.tokStart, sentence.tokEnd);
    case 'no-way':
      return { start: startOf(doc, c.coreFrom), end: endOf(doc, c.coreTo - 1), suggestions: ["I can't see that you", "I can't find a record that you"] };
    case 'conclusion': {
      const nw = norm(doc, c.coreFrom + 1) === 'there' ? nothingWrong(doc, c.coreFrom, c.to) : null;
      const atStart = c.from === sentence.tokStart;
      const lead = atStart ? '' : 'but ';
      if (nw) return { start: startOf(doc, c.from), end: endOf(doc, nw.end - 1), suggestions: nw.text.map((s) => lead + s) };
      return whole([lead + CHECK]);
    }
    case 'no-fault': {
      if (norm(doc, c.coreFrom) === 'there' && doc.norms(c.coreFrom, c.coreTo).includes(' nothing wrong ')) {
        const nw = nothingWrong(doc, c.coreFrom, c.to);
        if (nw) return { start: startOf(doc, c.from), end: endOf(doc, nw.end - 1), suggestions: nw.text };
      }
      if (['correct', 'accurate', 'right', 'valid', 'fine', 'order', 'applied', 'charged', 'calculated', 'billed', 'issued', 'out'].includes(norm(doc, c.coreTo - 1)))
        return whole(billingCorrect(doc, c));
      return dropOrCheck(doc, c, sentence.tokStart, CHECK);
    }
    case 'staff': {
      const noun = staffNoun(doc, c);
      // One apology is enough: if the reply already said sorry, go straight to finding out.
      const sorry = apologyWithin(doc, 0, c.from);
      if (!noun) return whole([FIND_OUT]);
      return whole(
        sorry
          ? [`${FIND_OUT} with our ${noun}`, `I'm sorry about your experience with our ${noun}, and ${FIND_OUT}`]
          : [`I'm sorry about your experience with our ${noun}, and ${FIND_OUT}`, `${FIND_OUT} with our ${noun}`],
      );
    }
    case 'failure': {
      for (let j = c.from; j < c.coreFrom; j++) {
        if (norm(doc, j) === 'and' && j > c.from) return whole([`${slice(doc, c.from, j)}, but ${FIND_OUT}`]);
      }
      return whole([FIND_OUT, CHECK]);
    }
    case 'accusation':
      return whole(accusation(doc, c));
    case 'records':
      return records(doc, c, sentence.tokStart);
    case 'document':
      return whole(document(doc, c));
    case 'insist':
      return whole(insist(doc, c));
    case 'emphatic':
      return whole(emphatic(doc, c));
    case 'echo':
      // Keep what we said and open the door: the denial stands as our view, not the last word.
      return whole([`${slice(doc, c.from, c.to)}, but ${FIND_OUT}`, FIND_OUT]);
    case 'assurance':
      return whole([`${slice(doc, c.from, c.to)}, but I'd like to find out what went wrong`]);
    case 'detail': {
      // "two calls that day, not six": keep what we found, drop the correction, or name their figure.
      const claim = slice(doc, c.from, c.coreFrom);
      const theirs = slice(doc, c.coreTo - 1, c.to);
      if (!claim) return null;
      return whole(/\d/.test(theirs) ? [`${claim} (you mentioned ${theirs}, so let me check this with you)`] : [claim]);
    }
  }
}
