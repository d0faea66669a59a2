// The grammar backend: compromise (tags, lexicon) and sentiment (AFINN), installed by whoever runs the engine.
import nlp from 'compromise/two';
import Sentiment from 'sentiment';
import { installNlpBackend, nlpReady, type BackendTerm, type NlpBackend } from './nlp';

let analyzer: Sentiment | null = null;

export const compromiseBackend: NlpBackend = {
  tag: (text) => nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: BackendTerm[] }[],
  lexicon: (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon,
  sentiment: (text) => (analyzer ??= new Sentiment()).analyze(text).score,
};

/** Installs compromise and sentiment as the engine's grammar backend (idempotent). */
export function installDefaultNlp(): void {
  if (!nlpReady()) installNlpBackend(compromiseBackend);
}
