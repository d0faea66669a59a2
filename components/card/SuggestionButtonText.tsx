// One rewrite button (card and popup): shows the new text, or what gets removed when the rewrite only cuts words.
import { describeSuggestion } from '../../lib/engine/suggestion-label';

export function SuggestionButtonText(props: { index: number; original: string; replacement: string; onClick(): void }) {
  const label = describeSuggestion(props.original, props.replacement);
  return (
    <button
      type="button"
      data-suggestion={props.index}
      data-replacement={props.replacement}
      className={`suggestion${label.kind === 'remove' ? ' remove' : ''}`}
      onClick={props.onClick}
    >
      {label.kind === 'remove' ? `Remove “${label.text}”` : label.text}
    </button>
  );
}
