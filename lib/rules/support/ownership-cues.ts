// Finds where a reply owns the problem: an action the agent takes, an offer, or an admitted fault, by sentence.
import type { Doc } from '../../engine/doc';
import { PhraseTable } from '../../engine/patterns/table';
import { OWNERSHIP_CLASSES, OWNERSHIP_PHRASES, type OwnershipRow } from '../data/ownership-phrases';

const table = new PhraseTable(OWNERSHIP_PHRASES, OWNERSHIP_CLASSES, 'ownership-cues');

export interface Cue {
  cue: OwnershipRow['cue'];
  /** Token range of the cue. */
  from: number;
  to: number;
  sentence: number;
}

const CONTRAST = new Set(['but', 'however', 'though', 'although', 'instead', 'alternatively', 'yet', 'otherwise']);

// The cues of a document, computed once per Doc (both rules ask about the same draft).
const cache = new WeakMap<Doc, Cue[]>();

export function ownershipCues(doc: Doc): Cue[] {
  let cues = cache.get(doc);
  if (!cues) {
    cues = table.find(doc).map((m) => ({ cue: m.row.cue, from: m.from, to: m.to, sentence: doc.sentenceNumber(m.from) }));
    cache.set(doc, cues);
  }
  return cues;
}

/** True when a contrast word ("but", "however") comes between token `after` and token `at` in one sentence. */
function contrastBetween(doc: Doc, after: number, at: number): boolean {
  for (let i = after; i < at; i++) if (CONTRAST.has(doc.tokens[i].norm)) return true;
  return false;
}

/**
 * Does the agent do something about it near sentence `sentence`: in the sentence before, the same one
 * or the next? "We will" counts here: a reply that names a next step is not pointing at someone else.
 */
export function ownsTheFix(doc: Doc, sentence: number): boolean {
  return ownershipCues(doc).some(
    (c) => Math.abs(c.sentence - sentence) <= 1 && (c.cue === 'act' || c.cue === 'we-will'),
  );
}

/** Does the reply say the fault is ours, in this sentence or the next? */
export function admitsFault(doc: Doc, sentence: number): boolean {
  return ownershipCues(doc).some((c) => c.cue === 'admit' && (c.sentence === sentence || c.sentence === sentence + 1));
}

/**
 * Does a rule stated at tokens [from, to) come with something the agent can do? Counted: an offer or action
 * anywhere in the same sentence ("you can still ..." only after "but"/"however"), in the sentence before,
 * or in the next two sentences (there only the agent's own actions and offers, not "we'll ... when a slot opens").
 */
export function offersAlternative(doc: Doc, from: number, to: number): boolean {
  const sentence = doc.sentenceNumber(from);
  const start = doc.sentences[sentence].tokStart;
  for (const c of ownershipCues(doc)) {
    if (c.cue === 'admit') continue;
    if (c.sentence === sentence) {
      if (c.from >= to) {
        if (c.cue === 'contrast-offer' || c.cue === 'we-will') {
          if (contrastBetween(doc, to, c.from)) return true;
        } else return true;
      } else if (c.to <= from) {
        if (c.cue === 'act' || c.cue === 'offer') return true;
        if (contrastBetween(doc, start, c.from) && c.cue !== 'we-will') return true;
      }
    } else if (c.sentence === sentence - 1 || (c.sentence > sentence && c.sentence <= sentence + 2)) {
      if (c.cue === 'act' || c.cue === 'offer') return true;
    }
  }
  return false;
}
