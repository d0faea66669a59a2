// The grammar backend: compromise (tags, lexicon) and sentiment (AFINN), installed by whoever runs the engine.
import nlp from 'compromise/two';
import Sentiment from 'sentiment';
import { installNlpBackend, nlpReady, type BackendTerm, type NlpBackend } from './nlp';
import { installEncodedNet, type Compromise } from './nlp-net';
import { PRECOMPUTED_NET } from './precomputed/net';

installEncodedNet(nlp as unknown as Compromise, PRECOMPUTED_NET);

let analyzer: Sentiment | null = null;

interface CompromiseTerm {
  text: string;
  normal: string;
  implicit?: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * compromise's sentences with each term's offset. The terms keep every character of the text in their
 * pre/text/post, so offsets are running sums: the same numbers as `.json({ offset: true })`, which costs
 * as much again as the tagging itself.
 */
function tag(text: string): { terms: BackendTerm[] }[] {
  let pos = 0;
  return (nlp(text).docs as CompromiseTerm[][]).map((sentence) => ({
    terms: sentence.map((t) => {
      const start = pos + t.pre.length;
      pos = start + t.text.length + t.post.length;
      return { text: t.text, normal: t.normal, implicit: t.implicit, tags: t.tags, offset: { start, length: t.text.length } };
    }),
  }));
}

export const compromiseBackend: NlpBackend = {
  tag,
  lexicon: (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon,
  sentiment: (text) => (analyzer ??= new Sentiment()).analyze(text).score,
};

/** Installs compromise and sentiment as the engine's grammar backend (idempotent). */
export function installDefaultNlp(): void {
  if (!nlpReady()) installNlpBackend(compromiseBackend);
}
