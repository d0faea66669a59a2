// Loaded on demand by the content script the first time a card opens: React and the card UI.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardLayer, type CardActions } from './composer.content/ui/CardLayer';
import type { CardStore } from './composer.content/ui/card-store';

export interface CardUi {
  mount(container: HTMLElement, store: CardStore, actions: CardActions): () => void;
}

export default defineUnlistedScript(() => {
  const ui: CardUi = {
    mount(container, store, actions) {
      const root = createRoot(container);
      root.render(createElement(CardLayer, { store, actions }));
      return () => root.unmount();
    },
  };
  (globalThis as { __tactfulCardUi?: CardUi }).__tactfulCardUi = ui;
});
