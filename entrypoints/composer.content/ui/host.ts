// The one <tactful-ui> element per document: an open shadow root that holds the card, textarea mirrors and fallback boxes.
import { HIGHLIGHT_CSS } from '../dom/highlights';
import { CARD_CSS } from '../../../components/card/card-css';

export interface UiHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  /** Textarea mirrors and fallback underline boxes. */
  layer: HTMLElement;
  /** Where React renders the card. */
  cardRoot: HTMLElement;
  remove(): void;
}

const HOST_CSS = `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.mirror { position: absolute; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; box-sizing: border-box; pointer-events: none; }
.box { position: absolute; pointer-events: none; border-bottom: 2px solid; }
`;

export function createUiHost(doc: Document): UiHost {
  const existing = doc.querySelector('tactful-ui');
  existing?.remove();
  const element = doc.createElement('tactful-ui');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS + HIGHLIGHT_CSS + CARD_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const cardRoot = doc.createElement('div');
  shadow.append(style, layer, cardRoot);
  doc.documentElement.append(element);
  return { element, shadow, layer, cardRoot, remove: () => element.remove() };
}
