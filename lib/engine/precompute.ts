// What the build computes once for the engine instead of at every first analysis: compromise's match net and the built-in phrase tables' indexes.
import nlp from 'compromise/two';
// Every rule, so every built-in phrase table exists.
import '../analyze';
import { encodeNet, type Compromise } from './nlp-net';
import { encodePhraseTables } from './patterns/table';

/** The encodings that scripts/precompute.mjs writes into lib/engine/precomputed/ when it bundles the engine. */
export function precompute(): { net: string; tables: string } {
  return { net: encodeNet(nlp as unknown as Compromise), tables: encodePhraseTables() };
}
