// Finds composer editables in a document, its open shadow roots and same-origin iframes, and notices when they come and go.

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Editables the agent would not write a reply in, or that ask extensions to stay away. */
function excluded(el: HTMLElement): boolean {
  if (el.getAttribute('data-gramm') === 'false' || el.getAttribute('data-enable-grammarly') === 'false') return true;
  if (el.getAttribute('data-tactful') === 'off') return true;
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('role') === 'searchbox') return true;
  if (el instanceof (el.ownerDocument.defaultView ?? window).HTMLTextAreaElement) {
    const t = el as HTMLTextAreaElement;
    if (t.readOnly || t.disabled) return true;
  }
  return false;
}

/** The outermost editable ancestor-or-self: nested editables (widgets inside an editor) belong to it. */
export function editableRoot(el: HTMLElement): HTMLElement {
  let root = el;
  for (let p = el.parentElement; p; p = p.parentElement) if (p.isContentEditable && p.getAttribute('contenteditable') !== null) root = p;
  return root;
}

/** Every document the coach of `doc` looks after: itself and same-origin iframes (any depth). */
export function* documentsOf(doc: Document): Generator<Document> {
  yield doc;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin: that frame runs its own content script
    }
    if (inner && inner.documentElement) yield* documentsOf(inner);
  }
}

/** Open shadow roots under `root` (custom elements that host composers). */
function* shadowRoots(root: ParentNode): Generator<ShadowRoot> {
  const walker = (root instanceof Document ? root : (root as Node).ownerDocument!).createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const sr = (n as Element).shadowRoot;
    if (sr) {
      yield sr;
      yield* shadowRoots(sr);
    }
  }
}

/** All composer roots currently in `doc` (including its shadow roots). */
export function findEditables(doc: Document): HTMLElement[] {
  const out = new Set<HTMLElement>();
  const scan = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>(EDITABLE)) {
      const r = el.tagName === 'TEXTAREA' ? el : editableRoot(el);
      if (!excluded(r)) out.add(r);
    }
  };
  scan(doc);
  // Shadow roots are rare; walking the tree for them is only worth it when a custom element hosts one.
  if (hasShadowHosts(doc)) for (const sr of shadowRoots(doc)) scan(sr);
  return [...out];
}

function hasShadowHosts(doc: Document): boolean {
  for (const el of doc.getElementsByTagName('*')) if (el.shadowRoot) return true;
  return false;
}
