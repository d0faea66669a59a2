// A transparent copy of a textarea's text, laid out like the textarea, so its words can carry highlight ranges.

const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'letterSpacing', 'wordSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'tabSize', 'direction', 'textAlign',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'mirror';
    this.element.style.borderStyle = 'solid';
    this.element.style.borderColor = 'transparent';
    this.textNode = doc.createTextNode('');
    this.element.append(this.textNode);
    layer.append(this.element);
  }

  /** Copies text, box and scroll position; call after input, scroll or resize. */
  sync(): void {
    const ta = this.textarea;
    const win = ta.ownerDocument.defaultView ?? window;
    const cs = win.getComputedStyle(ta);
    const s = this.element.style;
    for (const k of COPIED) s[k] = cs[k];
    const rect = ta.getBoundingClientRect();
    s.left = `${rect.left + win.scrollX}px`;
    s.top = `${rect.top + win.scrollY}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    // A trailing newline needs a character after it to take up a line, as it does in the textarea.
    const text = ta.value + (ta.value.endsWith('\n') ? ' ' : '');
    if (this.textNode.data !== text) this.textNode.data = text;
    this.element.scrollTop = ta.scrollTop;
    this.element.scrollLeft = ta.scrollLeft;
  }

  range(start: number, end: number): Range | null {
    // Before the next sync the mirror may lag the textarea; a range past its text would throw.
    if (start < 0 || end < start || end > this.textarea.value.length || end > this.textNode.data.length) return null;
    const r = this.element.ownerDocument.createRange();
    r.setStart(this.textNode, start);
    r.setEnd(this.textNode, end);
    return r;
  }

  remove(): void {
    this.element.remove();
  }
}
