// Renders the open card (if any) from the card store, wiring its buttons to the coach.
import { useStore } from 'zustand';
import { SuggestionCard } from '../../../components/card/SuggestionCard';
import type { CardStore, OpenCard } from './card-store';

export interface CardActions {
  apply(card: OpenCard, index: number): void;
  ignore(card: OpenCard): void;
  disableRule(card: OpenCard): void;
  canDisableRule(ruleId: string): boolean;
  close(returnFocus: boolean): void;
}

export function CardLayer({ store, actions }: { store: CardStore; actions: CardActions }) {
  const card = useStore(store, (s) => s.card);
  const note = useStore(store, (s) => s.note);
  if (!card) return null;
  return (
    <SuggestionCard
      key={`${card.finding.ruleId}:${card.finding.start}:${card.finding.end}`}
      finding={card.finding}
      position={card.position}
      focusOnOpen={card.focusOnOpen}
      canDisableRule={actions.canDisableRule(card.finding.ruleId)}
      note={note}
      onApply={(i) => actions.apply(card, i)}
      onIgnore={() => actions.ignore(card)}
      onDisableRule={() => actions.disableRule(card)}
      onClose={(returnFocus) => actions.close(returnFocus)}
    />
  );
}
