// Applies one suggestion of a finding to the draft it came from, refusing when the span no longer holds the flagged text.
import type { Finding } from './types';

export class StaleFindingError extends Error {}

/** The draft with suggestion `index` of `finding` in place of [start, end); everything else byte-identical. */
export function applySuggestion(draft: string, finding: Finding, index = 0): string {
  const s = finding.suggestions[index];
  if (!s) throw new RangeError(`finding has no suggestion ${index}`);
  if (draft.slice(finding.start, finding.end) !== finding.text) {
    throw new StaleFindingError('the draft changed: the span no longer holds the flagged text');
  }
  return draft.slice(0, finding.start) + s.text + draft.slice(finding.end);
}
