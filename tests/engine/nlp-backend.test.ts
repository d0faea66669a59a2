// The grammar backend: term offsets computed from compromise's pre/text/post match compromise's own offsets.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import fc from 'fast-check';
import { compromiseBackend } from '../../lib/engine/nlp-backend';

const offsets = (sentences: { terms: { offset: { start: number; length: number } }[] }[]) =>
  sentences.flatMap((s) => s.terms.map((t) => [t.offset.start, t.offset.length]));

describe('compromise backend', () => {
  it('gives every term the offset compromise would, on awkward text', () => {
    const texts = [
      "You'll just restart it. Then we're done!",
      '  Leading spaces,\ttabs\r\nand CRLF…  “curly” quotes 👋🏽 emoji.\n\nNew paragraph?',
      "I can't — won't — do that; it's the courier's fault (order #48213).",
      '',
    ];
    for (const text of texts) {
      const reference = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { offset: { start: number; length: number } }[] }[];
      expect(offsets(compromiseBackend.tag(text)), text).toEqual(offsets(reference));
    }
  });

  it('agrees with compromise on random sentences', () => {
    const word = fc.constantFrom('we', "we'll", 'just', 'restart', 'it', 'the', "courier's", 'sorry', '😀', '—', ',', '.', '?', '\n', '  ', "can't", 'Dr.', 'e.g.', '48213');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const reference = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { offset: { start: number; length: number } }[] }[];
        expect(offsets(compromiseBackend.tag(text))).toEqual(offsets(reference));
      }),
      { numRuns: 150 },
    );
  });
});
