// The card that opens on an underlined span: what is wrong, the rewrites (one click each), ignore and rule-off.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Finding } from '../../lib/engine/types';
import { CATEGORY_INFO } from '../../lib/engine/categories';
import { SuggestionButtonText } from './SuggestionButtonText';

export interface SuggestionCardProps {
  finding: Finding;
  position: { left: number; top: number };
  /** Move keyboard focus into the card when it opens (Alt+Enter). */
  focusOnOpen: boolean;
  canDisableRule: boolean;
  note: string | null;
  onApply(index: number): void;
  onIgnore(): void;
  onDisableRule(): void;
  onClose(returnFocus: boolean): void;
}


export function SuggestionCard(props: SuggestionCardProps) {
  const { finding } = props;
  const ref = useRef<HTMLDivElement>(null);
  const info = CATEGORY_INFO[finding.category];

  useEffect(() => {
    if (!props.focusOnOpen) return;
    const first = ref.current?.querySelector<HTMLButtonElement>('button[data-suggestion], button.action');
    first?.focus();
  }, [finding, props.focusOnOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose(true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const root = ref.current?.getRootNode() as ShadowRoot | Document | undefined;
    const i = buttons.indexOf(root?.activeElement as HTMLButtonElement);
    const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
    e.preventDefault();
  };

  // Keep the editor's focus and selection when the card is clicked with a mouse.
  const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

  return (
    <div
      ref={ref}
      className={`card sev-${finding.severity}`}
      role="dialog"
      aria-label={`${info.label}: ${finding.message}`}
      style={{ left: props.position.left, top: props.position.top }}
      onKeyDown={onKeyDown}
      onMouseDown={keepFocus}
    >
      <div className="card-head">
        <span className="chip">
          <span className="dot" aria-hidden="true" />
          {info.label}
        </span>
        <button type="button" className="close" aria-label="Close" onClick={() => props.onClose(true)}>
          ×
        </button>
      </div>
      <p className="message">{finding.message}</p>
      {finding.suggestions.length ? (
        <div className="suggestions" role="group" aria-label="Rewrites">
          {finding.suggestions.map((s, i) => (
            <SuggestionButtonText key={i} index={i} original={finding.text} replacement={s.text} onClick={() => props.onApply(i)} />
          ))}
        </div>
      ) : (
        <p className="none">No automatic rewrite for this one; reword it in your own voice.</p>
      )}
      <div className="actions">
        <button type="button" className="action" onClick={props.onIgnore}>
          Ignore here
        </button>
        {props.canDisableRule && (
          <button type="button" className="action" onClick={props.onDisableRule}>
            Turn this rule off
          </button>
        )}
      </div>
      {props.note && (
        <p className="note" role="status">
          {props.note}
        </p>
      )}
    </div>
  );
}
