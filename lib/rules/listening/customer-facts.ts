// Reads what the customer already gave in their message: identifiers, contact details, dates, attachments, tried steps.
import { readProblem } from '../support/customer-problem';
import type { Doc, Span, Token } from '../../engine/doc';
import { memo, type CustomerContext } from '../../engine/customer';
import {
  ATTACHMENT_WORDS, BROWSER_WORDS, CAPITALISED_ONLY, CHOICE_NOUNS, DEVICE_WORDS, DOC_NEEDS_QUALIFIER, DOC_QUALIFIERS,
  EVENT_WORDS, GENERIC_MISSING, PAYMENT_PROOF, GENERIC_SUBJECTS, ID_CUES, ID_SUFFIXES, MONTHS, OS_WORDS, PLATFORM_WORDS, PROBLEM_CUES,
  QUANTITY_WORDS, SELF_NAMED_IDS, STEP_ADVERBS, STEP_FAMILIES, STEP_OBJECTS, STEP_WILDCARD_OBJECTS, UNSPECIFIC_MODIFIERS,
  VALUE_FILLERS, WEEKDAYS, type AttachmentKind, type SlotId,
} from '../data/info-slots';
import { lemmaMap, NEGATIONS, singular, stem } from './words';

export interface Attachment {
  kind: AttachmentKind;
  /** Singular head noun ("photo", "certificate", "swift"). */
  head: string;
  /** Qualifiers that tell documents apart ("death" in "death certificate"). */
  qualifiers: Set<string>;
  /** Content words of what it shows ("bracket" in "a screenshot of the final bracket"). */
  subjects: Set<string>;
}

export interface TriedStep {
  family: string;
  /** Object group ("network", "app"), or null for "it" / no object. */
  object: string | null;
}

export interface DatedEvent {
  /** Event keys of the sentence the date or time appeared in ("move", "appointment"). */
  events: Set<string>;
  text: string;
}

export interface NamedChoice {
  /** Singular choice noun ("account", "tariff"). */
  noun: string;
  /** Stems of the words of the sentence that named it (to match "which account would you like to close"). */
  stems: Set<string>;
  text: string;
}

export interface CustomerFacts {
  /** Kinds the customer gave, with the values they typed ('' when there is no clean value). */
  values: Map<SlotId, string[]>;
  dates: DatedEvent[];
  times: DatedEvent[];
  attachments: Attachment[];
  steps: TriedStep[];
  choices: NamedChoice[];
  /** Whose name the customer gave. */
  names: Set<'self' | 'other' | 'any'>;
}

const STEP_LEMMAS = lemmaMap(STEP_FAMILIES.flatMap((f) => f.verbs));
const CLAUSE_BREAKS = new Set([',', ';', '.', '!', '?', 'but', 'and', ':', '\u2014', '\u2013', '(', ')', 'so', 'because']);
const SCOPE_BREAKS = new Set([';', '.', '!', '?', 'but', 'although', 'though', 'however', 'because', 'which', 'whereas']);
const ATTACH_TRIGGERS = new Set(['attached', 'enclosed', 'uploaded', 'included', 'forwarded', 'sent', 'emailed', 'attaching', 'posted', 'submitted', 'shared', 'provided']);
const SUBJECT_TRIGGERS = new Set(['sent', 'emailed', 'forwarded', 'uploaded', 'submitted', 'shared', 'provided', 'posted', 'included', 'enclosed']);
const MODAL_BLOCKERS = new Set([
  'if', 'whether', 'should', 'can', 'could', 'would', 'will', 'how', 'tried', 'trying', 'try', 'want', 'going', 'need',
  'where', 'when', 'do', 'does', 'unable', 'failed', 'fail', 'able', 'please', 'to',
]);
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'someone', 'somebody', 'nobody', 'who']);
const REASON_FOLLOWERS = new Set(['i', 'we', 'my', 'our', 'the', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'there', 'this', 'that', 'me']);
const AUX = new Set(['is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'can', 'will', 'would', 'need', 'do', 'did', 'must', 'could']);
const PHONE_CONTEXT = new Set(['phone', 'mobile', 'call', 'text', 'reach', 'cell', 'landline', 'whatsapp', 'contact', 'ring', 'tel', 'telephone']);
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'while', 'now', 'ages', 'good']);
const PURPOSE_VERBS = new Set(['need', 'needs', 'want', 'wants', 'require', 'like', 'requesting', 'request', 'asking', 'applying']);
const MONEY_WORDS = new Set(['pounds', 'dollars', 'euros', 'quid', 'bucks', 'usd', 'gbp', 'eur', 'p', 'pence', 'cents']);
const HANDLE_STOP = new Set(['the', 'same', 'my', 'not', 'wrong', 'correct', 'different', 'a', 'an', 'still', 'now', 'in', 'on']);
const MISSING_VERBS = new Set(['get', 'receive', 'come', 'include']);
const ADDRESS_RE = [
  /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/, // UK postcode
  /\b\d+[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Way|Place|Pl|Court|Ct|Crescent|Terrace|Gardens|Boulevard|Blvd|Row|Square|Sq|Hill|Grove|Park|Mews|Walk|Rise|View)\b/,
  /\b(?:[Aa]ddress|[Ll]ive at|[Mm]oving to)\s*(?:is|:|-)?\s*(?:now\s+)?\d+\w*\s+[A-Z]/,
];
const POSTCODE_RE = [/\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/, /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/];
const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$/;

/** What the customer gave, read once per customer message. */
export function customerFacts(customer: CustomerContext): CustomerFacts {
  return memo(customer, 'no-repeat-requests:facts', () => {
    const f = readFacts(customer.doc);
    // A detailed report the fault lexicon misses ("cuts out every few seconds") still describes the problem.
    if (!f.values.has('problem') && customer.words.size >= 12 && readProblem(customer).reported) add(f, 'problem');
    return f;
  });
}

function add(f: CustomerFacts, slot: SlotId, value = '') {
  let list = f.values.get(slot);
  if (!list) f.values.set(slot, (list = []));
  if (value && !list.includes(value)) list.push(value);
}

function readFacts(doc: Doc): CustomerFacts {
  const f: CustomerFacts = { values: new Map(), dates: [], times: [], attachments: [], steps: [], choices: [], names: new Set() };
  const consumed = new Set<number>();
  let words = 0;
  let problemSentence = false;
  for (const s of doc.sentences) {
    readIds(doc, s, f, consumed);
    readLexicons(doc, s, f);
    readDates(doc, s, f, consumed);
    readReasons(doc, s, f);
    readNames(doc, s, f);
    readAttachments(doc, s, f);
    readSteps(doc, s, f);
    readChoices(doc, s, f);
    readMissing(doc, s, f);
    readError(doc, s, f);
    const text = doc.textOf(s);
    if (ADDRESS_RE.some((re) => re.test(text))) add(f, 'address');
    if (POSTCODE_RE.some((re) => re.test(text))) add(f, 'postcode');
    let n = 0;
    let cue = false;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') continue;
      n++;
      if (PROBLEM_CUES.has(t.norm)) cue = true;
      if (t.kind === 'email') add(f, 'email', t.norm);
      if (t.kind === 'money' || (t.kind === 'number' && MONEY_WORDS.has(doc.tokens[i + 1]?.norm ?? ''))) add(f, 'amount', doc.text.slice(t.start, t.end));
    }
    words += n;
    if (cue && n >= 6) problemSentence = true;
  }
  if (problemSentence && words >= 8) add(f, 'problem');
  return f;
}

// ---- Identifiers ----------------------------------------------------------------------------------

function looksLikeValue(text: string, t: Token, next: Token | undefined): boolean {
  if (t.kind === 'id') return !ORDINAL.test(t.norm) && !CLOCK.test(t.norm);
  if (t.kind === 'number') return t.norm.replace(/\D/g, '').length >= 3 && !QUANTITY_WORDS.has(next?.norm ?? '');
  // An all-capitals code such as a booking reference ("QXTRPL").
  return t.kind === 'word' && /^[A-Z]{5,8}$/.test(text.slice(t.start, t.end));
}

function readIds(doc: Doc, s: Span, f: CustomerFacts, consumed: Set<number>) {
  const toks = doc.tokens;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const cue = ID_CUES[toks[i].norm];
    if (!cue) continue;
    let j = i + 1;
    let partial = false;
    while (j < s.tokEnd && j - i <= 6) {
      const n = toks[j].norm;
      if (n === 'ending' || n === 'ends' || n === 'last') {
        partial = true;
        j++;
        continue;
      }
      if (VALUE_FILLERS.has(n) || ID_SUFFIXES.has(n) || (partial && (n === 'in' || n === 'with' || n === 'digits'))) {
        j++;
        continue;
      }
      if ((cue === 'reading') && (n === 'reads' || n === 'shows' || n === 'says')) {
        j++;
        continue;
      }
      break;
    }
    if (j >= s.tokEnd) continue;
    const v = toks[j];
    if (SELF_NAMED_IDS.has(toks[i].norm) && cue === 'username') {
      // A username is whatever the customer typed, up to the next space: "frostbyte_22".
      const m = /^[\w.-]{3,}/.exec(doc.text.slice(v.start));
      if (!m) continue;
      const raw = m[0].replace(/[.-]+$/, '');
      const prev = toks[j - 1]?.norm;
      const handleLike = /[\d_]/.test(raw) || /[a-z][A-Z]/.test(raw) || prev === ':' || prev === 'is';
      if (!handleLike || HANDLE_STOP.has(raw.toLowerCase())) continue;
      add(f, 'username', raw);
      for (let k = j; k < s.tokEnd && toks[k].start < v.start + raw.length; k++) consumed.add(k);
      i = j;
      continue;
    }
    if (!looksLikeValue(doc.text, v, toks[j + 1])) continue;
    // A number written in groups ("485 777 3456") is one value.
    let end = j;
    while (v.kind === 'number' && end + 1 < s.tokEnd && toks[end + 1].kind === 'number' && toks[end + 1].start - toks[end].end === 1) end++;
    for (let k = j; k <= end; k++) consumed.add(k);
    const value = doc.text.slice(v.start, toks[end].end);
    if (partial) add(f, cue === 'account' ? 'choice' : cue, '');
    else add(f, cue, value);
    i = end;
  }
  // A phone number: a long run of digits in a sentence that talks about phoning.
  let phoneContext = false;
  for (let i = s.tokStart; i < s.tokEnd; i++) if (PHONE_CONTEXT.has(toks[i].norm)) phoneContext = true;
  if (!phoneContext) return;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (consumed.has(i) || toks[i].kind !== 'number') continue;
    let end = i;
    let digits = toks[i].norm.replace(/\D/g, '').length;
    while (end + 1 < s.tokEnd && !consumed.has(end + 1) && (toks[end + 1].kind === 'number' || toks[end + 1].norm === '-') && toks[end + 1].start - toks[end].end <= 1) {
      end++;
      digits += toks[end].norm.replace(/\D/g, '').length;
    }
    if (digits >= 9) {
      const start = toks[i - 1]?.norm === '+' ? toks[i - 1].start : toks[i].start;
      add(f, 'phone', doc.text.slice(start, toks[end].end));
      for (let k = i; k <= end; k++) consumed.add(k);
    }
    i = end;
  }
}

// ---- Platforms, devices, versions, money --------------------------------------------------------

function readLexicons(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = toks[i];
    if (t.kind !== 'word' && t.kind !== 'id') continue;
    const n = t.norm;
    const capsOk = !CAPITALISED_ONLY.has(n) || t.upper;
    if (!capsOk) continue;
    if (PLATFORM_WORDS.has(n) && n !== 'browser' && n !== 'console') add(f, 'platform', doc.text.slice(t.start, t.end));
    if (/^ps[345]$/.test(n)) add(f, 'platform', doc.text.slice(t.start, t.end));
    if (DEVICE_WORDS.has(n) || /^(iphone|pixel|galaxy)\w*\d/.test(n)) {
      const next = toks[i + 1];
      const model = next && (next.kind === 'number' || next.kind === 'id' || (next.upper && next.kind === 'word')) && next.start - t.end === 1 ? next.end : t.end;
      add(f, 'device', doc.text.slice(t.start, model));
    }
    if (OS_WORDS.has(n)) add(f, 'os', doc.text.slice(t.start, t.end));
    if (BROWSER_WORDS.has(n)) add(f, 'browser', doc.text.slice(t.start, t.end));
    if ((n === 'version' || n === 'v') && (toks[i + 1]?.kind === 'number' || toks[i + 1]?.kind === 'id')) add(f, 'version', toks[i + 1].norm);
    if (/^v\d+(\.\d+)+$/.test(n)) add(f, 'version', n);
  }
}

// ---- Dates and times -------------------------------------------------------------------------------

function sentenceEvents(doc: Doc, s: Span): Set<string> {
  const ev = new Set<string>();
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const n = doc.tokens[i].norm;
    const e = EVENT_WORDS[n] ?? EVENT_WORDS[singular(n)];
    if (e) ev.add(e);
    if (PROBLEM_CUES.has(n) && n !== 'not' && n !== 'no') ev.add('incident');
  }
  return ev;
}

function readDates(doc: Doc, s: Span, f: CustomerFacts, consumed: Set<number>) {
  const toks = doc.tokens;
  let events: Set<string> | null = null;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (consumed.has(i)) continue;
    const t = toks[i];
    const n = t.norm;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const isDay = (x: Token | undefined) => !!x && ((x.kind === 'number' && +x.norm >= 1 && +x.norm <= 31) || ORDINAL.test(x.norm));
    let date = false;
    let time = false;
    if (MONTHS.has(n) && (isDay(prev) || isDay(next) || (prev?.norm === 'of' && isDay(toks[i - 2])))) date = true;
    else if (ORDINAL.test(n) && (prev?.norm === 'the' || prev?.norm === 'on')) date = true;
    else if (t.kind === 'id' && NUMERIC_DATE.test(n) && !/^\d{1,2}[.]\d{1,2}$/.test(n)) date = true;
    else if (WEEKDAYS.has(n)) date = true;
    else if (t.kind === 'id' && CLOCK.test(n)) time = true;
    else if (t.kind === 'number' && /^(am|pm|a\.m|p\.m|o'clock)$/.test(next?.norm ?? '') && +n <= 24) time = true;
    else if (t.kind === 'number' && next?.norm === ':' && toks[i + 2]?.kind === 'number' && +n <= 23 && next.start === t.end) time = true;
    else if (n === 'noon' || n === 'midnight') time = true;
    if (!date && !time) continue;
    let birth = false;
    for (let k = Math.max(s.tokStart, i - 5); k < i; k++) if (/^(dob|d\.o\.b|birth|born|birthday)$/.test(toks[k].norm)) birth = true;
    if (birth) {
      add(f, 'dob', doc.text.slice(t.start, t.end));
      continue;
    }
    events ??= sentenceEvents(doc, s);
    const entry = { events, text: doc.text.slice(t.start, t.end) };
    if (date) {
      f.dates.push(entry);
      add(f, 'date');
    } else {
      f.times.push(entry);
      add(f, 'time');
    }
  }
}

// ---- Reasons and names ---------------------------------------------------------------------------------

function readReasons(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  let wantsSomething = false;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const n = toks[i].norm;
    const next = toks[i + 1]?.norm ?? '';
    if (PURPOSE_VERBS.has(n)) wantsSomething = true;
    if (n === 'because' || n === 'cos' || n === 'coz' || (n === 'due' && next === 'to') || (n === 'so' && next === 'that')) {
      add(f, 'reason');
      return;
    }
    if ((n === 'as' || n === 'since') && REASON_FOLLOWERS.has(next)) {
      // "as our dog passed away": a clause with its own verb, not "as the executor" or "since March".
      for (let k = i + 2; k < Math.min(s.tokEnd, i + 6); k++) {
        if (AUX.has(toks[k].norm) || /ed$/.test(toks[k].norm)) {
          add(f, 'reason');
          return;
        }
      }
    }
    // Purpose: "I need a letter ... for my visa appointment".
    if (wantsSomething && n === 'for' && /^(my|a|an|our|the|his|her|their)$/.test(next)) {
      const head = toks[i + 2]?.norm ?? '';
      if (head && !TIME_UNITS.has(head) && !/^\d/.test(head)) {
        add(f, 'reason');
        return;
      }
    }
  }
}

function readNames(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const n = toks[i].norm;
    if (n === 'name' || n === 'called' || n === 'named') {
      let j = i + 1;
      if (n === 'name' && (toks[j]?.norm === 'is' || toks[j]?.norm === ':')) j++;
      else if (n === 'name') continue;
      const v = toks[j];
      if (!v || v.kind !== 'word' || !v.upper) continue;
      const before = toks[i - 1]?.norm ?? '';
      const owner = toks[i - 2]?.norm;
      const role = before === 'my' && n === 'name' ? 'self' : /^(his|her|their)$/.test(before) || before === "'s" || owner === "'s" || n !== 'name' ? 'other' : 'any';
      f.names.add(role);
      add(f, 'name');
    }
    if (/^(mr|mrs|ms|miss|mx|dr)$/.test(n) && toks[i + 1]?.upper) {
      f.names.add('other');
      add(f, 'name');
    }
  }
}

// ---- Attachments --------------------------------------------------------------------------------------

/** True when the verb at `i` reports something the customer did (not negated, asked, planned or done by others). */
function customerDid(doc: Doc, s: Span, i: number, needsOwnSubject: boolean): boolean {
  const toks = doc.tokens;
  for (let k = i - 1; k >= s.tokStart; k--) {
    const n = toks[k].norm;
    if (CLAUSE_BREAKS.has(n)) return true;
    if (NEGATIONS.has(n) || MODAL_BLOCKERS.has(n)) return false;
    if (SUBJECTS.has(n)) return n === 'i' || n === 'we';
    if (needsOwnSubject && toks[k].kind === 'word' && !STEP_ADVERBS.has(n) && !/^(have|had|has|already|also|just|then|even|me|you|us|it)$/.test(n)) {
      // A noun subject ("the courier sent ...") means someone else did it.
      if (k === i - 1 || /^(the|a|your|their|his|her)$/.test(toks[k - 1]?.norm ?? '')) return false;
    }
  }
  return true;
}

function readAttachments(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  let triggered = false;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const n = toks[i].norm;
    if (n === 'attached' && toks[i - 1]?.norm === 'the') triggered = true;
    else if (ATTACH_TRIGGERS.has(n) && customerDid(doc, s, i, SUBJECT_TRIGGERS.has(n))) triggered = true;
    else if ((n === 'here' && /^(is|are)$/.test(toks[i + 1]?.norm ?? '')) || (n === 'find' && toks[i - 1]?.norm === 'please')) triggered = true;
  }
  if (!triggered) return;
  // Attachment words of the sentence, each with what it shows or which document it is.
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const a = attachmentAt(doc, i, s.tokEnd);
    if (!a) continue;
    f.attachments.push(a);
    add(f, 'attachment');
    if ((a.head === 'log' || a.kind === 'image') && (a.qualifiers.has('error') || a.subjects.has('error') || a.qualifiers.has('crash'))) add(f, 'error');
  }
}

/** The attachment named at token i (a photo, a video, a document), or null. */
export function attachmentAt(doc: Doc, i: number, end: number): Attachment | null {
  const toks = doc.tokens;
  const n = toks[i].norm;
  const kind = ATTACHMENT_WORDS[n];
  if (!kind) return null;
  const head = singular(n);
  const qualifiers = new Set<string>();
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const q = toks[k].norm;
    if (DOC_QUALIFIERS.has(q) || DOC_QUALIFIERS.has(singular(q))) qualifiers.add(singular(q));
    else if (q !== "'s") break;
  }
  const subjects = new Set<string>();
  const next = toks[i + 1]?.norm;
  if (next === 'of' || next === 'showing' || next === 'for' || next === 'that' || next === 'with') {
    for (let k = i + 2; k < end && k <= i + 8; k++) {
      const t = toks[k];
      if (t.kind === 'punct' || /^(and|or|but|so|to|as|along|plus|which|if|once)$/.test(t.norm) || ATTACHMENT_WORDS[t.norm]) break;
      if (t.kind === 'word' && !GENERIC_SUBJECTS.has(t.norm) && t.norm.length > 2 && !/^(that|there|from|with|when|where|was|were|has|have|had|will|been|they|them|their|this|these|those|what|you|your|our)$/.test(t.norm)) {
        subjects.add(singular(t.norm));
      }
    }
  }
  // "copies of the receipts" is about the receipts.
  if (head === 'copy' || head === 'scan') {
    for (let k = i + 2; k < end && k <= i + 6 && next === 'of'; k++) {
      if (toks[k].kind === 'punct' || /^(and|or)$/.test(toks[k].norm)) break;
      if (ATTACHMENT_WORDS[toks[k].norm]) return attachmentAt(doc, k, end);
    }
    if (head === 'copy') return subjects.size ? { kind: 'doc', head: [...subjects][subjects.size - 1], qualifiers, subjects: new Set() } : null;
  }
  if (kind === 'doc' && DOC_NEEDS_QUALIFIER.has(head) && !qualifiers.size) {
    const prev = toks[i - 1]?.norm;
    // "the confirmation email", "the email you sent me": only then is an email a document.
    const sentOne = next === 'from' || next === 'that' || (next === 'you' && /^(sent|received|got|forwarded|were|have|had)$/.test(toks[i + 2]?.norm ?? ''));
    if (!(head === 'email' && sentOne)) {
      if (!(head === 'confirmation' && (prev === 'booking' || prev === 'order' || next === 'email'))) return null;
    }
  }
  return { kind, head, qualifiers, subjects };
}

/** True when a requested attachment is one the customer already sent. */
export function attachmentGiven(want: Attachment, given: readonly Attachment[], customerWords: ReadonlySet<string>): boolean {
  return given.some((g) => {
    if (want.head === 'proof') {
      const about = [...want.subjects];
      if (about.some((x) => x === 'payment' || x === 'purchase' || x === 'transfer')) {
        return (g.kind === 'doc' && (PAYMENT_PROOF.has(g.head) || [...g.qualifiers].some((q) => PAYMENT_PROOF.has(q)))) || g.subjects.has('payment');
      }
      return g.head === 'proof' && overlaps(want.subjects, g.subjects);
    }
    if (want.kind === 'image' || want.kind === 'video') {
      if (g.kind === want.kind) return compatibleSubjects(want.subjects, g.subjects, customerWords);
      // "a photo of the receipt" when the receipt itself was attached.
      return g.kind === 'doc' && want.subjects.has(g.head);
    }
    if (g.kind !== 'doc') return false;
    const sameHead = g.head === want.head || (want.head === 'document' || want.head === 'documentation' || want.head === 'paperwork');
    if (!sameHead) return false;
    if (want.qualifiers.size && g.qualifiers.size && !overlaps(want.qualifiers, g.qualifiers)) return false;
    return true;
  });
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * "A photo of the scratch" was sent when the customer's photos show the scratch, or show nothing in particular
 * while their message is about a scratch; a photo of the label was not sent if the label never came up.
 */
function compatibleSubjects(want: Set<string>, given: Set<string>, customerWords: ReadonlySet<string>): boolean {
  if (!want.size || overlaps(want, given)) return true;
  if (given.size) return false;
  for (const w of want) if (customerWords.has(w) || customerWords.has(w + 's')) return true;
  return false;
}

// ---- Tried steps --------------------------------------------------------------------------------------

/** The object groups a step acts on: the noun phrase right after the verb ("your spam folder", "the time"). */
export function stepObject(doc: Doc, from: number, end: number): { groups: string[]; group: string | null; wildcard: boolean; to: number } {
  const toks = doc.tokens;
  const groups: string[] = [];
  let to = from;
  for (let k = from; k < end && k < from + 6; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && t.norm !== "'s" && t.norm !== '-') break;
    const n = t.norm;
    if (STEP_WILDCARD_OBJECTS.has(n) && !groups.length) return { groups, group: null, wildcard: true, to: k + 1 };
    if (ATTACHMENT_WORDS[n] || /^(and|but|or|so|because|if|then|twice|again|already|on|in|of|from|for|with|to|at|by|before|after|when|until|every|each)$/.test(n)) {
      if (k > from || !/^(out|up|in|through)$/.test(n)) break;
    }
    const group = STEP_OBJECTS[n] ?? STEP_OBJECTS[singular(n)];
    if (group) {
      if (!groups.includes(group)) groups.push(group);
      to = k + 1;
      while (to < end && /^(folder|folders|box|data)$/.test(toks[to].norm)) to++;
    }
  }
  return { groups, group: groups[groups.length - 1] ?? null, wildcard: false, to: groups.length ? to : from };
}

/** The step family for a verb lemma and its object groups, or null when the pair makes no step. */
export function stepFamily(lemma: string, object: { groups: string[]; wildcard: boolean }) {
  for (const fam of STEP_FAMILIES) {
    if (!fam.verbs.includes(lemma)) continue;
    if (object.groups.length) {
      if (object.groups.some((g) => fam.objects.includes(g))) return fam;
      continue;
    }
    if (!fam.objectRequired || (object.wildcard && fam.pronounOk)) return fam;
  }
  return null;
}

const PAST_IRREGULAR = new Set(['sent', 'given', 'reset', 'gave']);
const ING_LEADS = new Set(['tried', 'after', 'trying', 'despite', 'including', 'try']);
const DID_NOT_HELP = /^(did|does|has|have|had|made|makes|is|was) not (help|work|fix|change|make|solve|do)|^(made|makes) no difference|^did nothing|^changed nothing|^fixed nothing/;

function readSteps(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  let triedList = false;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = toks[i];
    const n = t.norm;
    if (n === 'tried' && customerDid(doc, s, i, false)) triedList = true;
    if (/^[;.!?]$/.test(n) || n === 'but') triedList = false;
    // "turned it off and on again"
    if (/^(turned|switched|powered|turning|switching)$/.test(n)) {
      let k = i + 1;
      while (k < s.tokEnd && k < i + 5 && toks[k].norm !== 'off') k++;
      if (toks[k]?.norm === 'off' && toks.slice(k + 1, k + 5).some((x) => x.norm === 'on') && (n.endsWith('ing') ? triedList : customerDid(doc, s, i, true))) {
        const obj = stepObject(doc, i + 1, k);
        f.steps.push({ family: 'restart', object: obj.group });
      }
      continue;
    }
    const lemma = STEP_LEMMAS.get(n);
    if (!lemma) continue;
    const ing = n.endsWith('ing');
    const past = !ing && (n.endsWith('ed') || PAST_IRREGULAR.has(n)) && n !== lemma || (PAST_IRREGULAR.has(n) && n === lemma && /^(have|had|i|we|already|just|also|even)$/.test(toks[i - 1]?.norm ?? ''));
    let did = false;
    if (past) did = customerDid(doc, s, i, true);
    else if (ing) {
      const after = doc.norms(i + 1, Math.min(s.tokEnd, i + 8));
      did = triedList || ING_LEADS.has(toks[i - 1]?.norm ?? '') || DID_NOT_HELP.test(after.replace(/^(the|my|it|your) (\S+ )?/, ''));
    } else if (toks[i - 1]?.norm === 'to' && toks[i - 2]?.norm === 'tried') did = customerDid(doc, s, i - 2, false);
    if (!did) continue;
    const obj = stepObject(doc, i + 1, s.tokEnd);
    const fam = stepFamily(lemma, obj);
    if (fam) f.steps.push({ family: fam.id, object: obj.groups.find((g) => fam.objects.includes(g)) ?? null });
    if (fam?.id === 'reading') add(f, 'reading');
  }
}

// ---- Choices and missing items ------------------------------------------------------------------------

function readChoices(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  let stems: Set<string> | null = null;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const noun = singular(toks[i].norm);
    if (!CHOICE_NOUNS.has(noun) || toks[i].kind !== 'word') continue;
    let specific = false;
    const prev = toks[i - 1];
    if (prev && prev.kind !== 'punct' && !UNSPECIFIC_MODIFIERS.has(prev.norm) && !SUBJECTS.has(prev.norm) && !AUX.has(prev.norm)) specific = true;
    const next = toks[i + 1];
    const after = toks[i + 2];
    if (next && (next.kind === 'id' || (next.kind === 'number' && next.norm.length >= 3))) specific = true;
    if (next && /^(ending|called|named|number|no)$/.test(next.norm)) specific = true;
    if (next?.norm === '(' && after && (after.upper || after.kind === 'id')) specific = true;
    if (!specific) continue;
    if (!stems) {
      stems = new Set();
      for (let k = s.tokStart; k < s.tokEnd; k++) if (toks[k].kind === 'word') stems.add(stem(toks[k].norm));
    }
    f.choices.push({ noun, stems, text: doc.text.slice(toks[i - 1]?.start ?? toks[i].start, toks[i].end) });
    add(f, 'choice');
  }
}

function readMissing(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  const named = (k: number) => {
    while (k < s.tokEnd && /^(the|a|an|my|its|any|his|her|their|our)$/.test(toks[k].norm)) k++;
    const t = toks[k];
    return !!t && t.kind === 'word' && !GENERIC_MISSING.has(t.norm) && !SUBJECTS.has(t.norm);
  };
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const n = toks[i].norm;
    if ((n === 'without' || n === 'missing') && named(i + 1)) add(f, 'missing-item');
    if (n === 'missing' && /^(is|was|were|are)$/.test(toks[i - 1]?.norm ?? '') && toks[i - 2]?.kind === 'word' && !GENERIC_MISSING.has(toks[i - 2].norm) && !SUBJECTS.has(toks[i - 2].norm)) add(f, 'missing-item');
    if (n === 'not' && /^(did|does)$/.test(toks[i - 1]?.norm ?? '') && MISSING_VERBS.has(toks[i + 1]?.norm ?? '') && named(i + 2 + (toks[i + 2]?.norm === 'with' ? 1 : 0))) add(f, 'missing-item');
  }
}

function readError(doc: Doc, s: Span, f: CustomerFacts) {
  const toks = doc.tokens;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const n = toks[i].norm;
    if (n === 'error') {
      for (let k = i + 1; k < Math.min(s.tokEnd, i + 4); k++) {
        if (toks[k].kind === 'id' || (toks[k].kind === 'number' && toks[k].norm.length >= 3)) add(f, 'error', doc.text.slice(toks[k].start, toks[k].end));
      }
      if (/^(message|messages)$/.test(toks[i + 1]?.norm ?? '') && /^(says|said|saying|reads|is|was)$/.test(toks[i + 2]?.norm ?? '')) add(f, 'error');
    }
    if (/^(says|saying|said|reads|shows|showing|displays)$/.test(n) && (toks[i + 1]?.norm === '"' || toks[i + 1]?.norm === "'" || toks[i + 1]?.norm === ':')) add(f, 'error');
    if (/^(saying|says)$/.test(n) && toks.slice(s.tokStart, i).some((x) => x.norm === 'keeps' || x.norm === 'error' || x.norm === 'message')) add(f, 'error');
  }
}
