// Site profiles: where each helpdesk shows the customer's messages, so the coach can read the last one as context.
//
// Selectors come from public extensions and userscripts that read these helpdesks (../shared/research/composers.md)
// and are checked against the saved, anonymised fixture pages in tests/fixtures/helpdesks/. Helpdesks ship often;
// each profile tries its most specific selector first and falls back to looser ones.

export interface SiteProfile {
  id: 'zendesk' | 'gmail' | 'intercom' | 'freshdesk' | 'helpscout';
  /** Hosts the helpdesk runs on. */
  hosts: RegExp;
  /** An element only this helpdesk's conversation view has (lets the profile work on custom domains too). */
  marker: string;
  /** The text of the last message the customer wrote in the conversation the composer belongs to. */
  lastCustomerMessage(composer: HTMLElement): string | null;
}

/** Visible text of a message body, without quoted history, signatures or UI controls. */
export function messageText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone
    .querySelectorAll('button, svg, style, script, blockquote, .gmail_quote, .signature, [aria-hidden="true"], [data-tactful-skip]')
    .forEach((n) => n.remove());
  // Block elements become line breaks so sentences of separate paragraphs don't run together.
  clone.querySelectorAll('p, div, br, li').forEach((n) => n.after(n.ownerDocument.createTextNode('\n')));
  return (clone.textContent ?? '').replace(/[ \t\u00A0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The nearest ancestor of the composer that also holds `selector` (the conversation it belongs to). */
function conversationOf(composer: HTMLElement, selector: string): ParentNode {
  for (let el: HTMLElement | null = composer; el; el = el.parentElement) if (el.querySelector(selector)) return el;
  return composer.ownerDocument;
}

function last<T>(xs: ArrayLike<T>, ok: (x: T) => boolean): T | null {
  for (let i = xs.length - 1; i >= 0; i--) if (ok(xs[i])) return xs[i];
  return null;
}

export const PROFILES: SiteProfile[] = [
  {
    id: 'zendesk',
    hosts: /(^|\.)zendesk\.com$/,
    marker: '[data-test-id="omni-log-container"]',
    lastCustomerMessage(composer) {
      // Zendesk keeps several tickets mounted at once; use the log of the ticket this composer belongs to.
      const log = conversationOf(composer, '[data-test-id="omni-log-comment-item"]');
      const items = log.querySelectorAll('article[data-test-id="omni-log-comment-item"]');
      const item = last(items, (a) => {
        if (a.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return false;
        return a.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type') === 'end-user';
      });
      const body = item?.querySelector('[data-test-id="omni-log-message-content"]') ?? item?.querySelector('[data-test-id="omni-log-item-message"]');
      return body ? messageText(body) : null;
    },
  },
  {
    id: 'gmail',
    hosts: /^mail\.google\.com$/,
    marker: 'div.adn .a3s',
    lastCustomerMessage(composer) {
      const doc = composer.ownerDocument;
      // The signed-in account is in the title ("Inbox - agent@example.com - Gmail"); the customer is anyone else.
      const me = (doc.title.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/) ?? [''])[0].toLowerCase();
      const thread = conversationOf(composer, 'div.adn');
      const message = last(thread.querySelectorAll('div.adn'), (m) => {
        const from = m.querySelector('.gD[email]')?.getAttribute('email')?.toLowerCase() ?? '';
        return !!from && from !== me;
      });
      const body = message?.querySelector('.a3s');
      return body ? messageText(body) : null;
    },
  },
  {
    id: 'intercom',
    hosts: /^app\.(eu\.|au\.)?intercom\.(com|io)$/,
    marker: '[data-testid="conversation-stream-scroll-container"]',
    lastCustomerMessage(composer) {
      const stream = conversationOf(composer, '[data-testid="conversation-stream-scroll-container"]').querySelector('[data-testid="conversation-stream-scroll-container"]');
      if (!stream) return null;
      // Parts by the customer are the ones not written by a teammate, a bot or as a note.
      const parts = stream.querySelectorAll('[data-part-group], [class*="group/content-part"], .conversation__part');
      const part = last(parts, (p) => {
        const kind = (p.getAttribute('data-part-group') ?? p.className).toLowerCase();
        return /user|lead|contact|customer/.test(kind) && !/admin|teammate|bot|note/.test(kind);
      });
      const body = part?.querySelector('[data-testid="part-body"], .intercom-interblocks, .conversation__text') ?? part;
      return body ? messageText(body) : null;
    },
  },
  {
    id: 'freshdesk',
    hosts: /(^|\.)freshdesk\.com$/,
    marker: '[data-test-id="conversation-list"], .ticket-conversation',
    lastCustomerMessage(composer) {
      const list = conversationOf(composer, '[data-test-id="conversation-item"], .conversation-item');
      const item = last(list.querySelectorAll('[data-test-id="conversation-item"], .conversation-item'), (c) => {
        const who = (c.getAttribute('data-test-conversation-source') ?? c.className).toLowerCase();
        return /requester|customer|contact|incoming/.test(who) && !/private|note|agent|outgoing/.test(who);
      });
      const body = item?.querySelector('.fr-view, [data-test-id="conversation-body"], .conversation-body') ?? item;
      return body ? messageText(body) : null;
    },
  },
  {
    id: 'helpscout',
    hosts: /^secure\.helpscout\.net$/,
    marker: '[data-testid="ThreadContainer"]',
    lastCustomerMessage(composer) {
      const container = conversationOf(composer, '[data-testid="ThreadContainer"]');
      const items = container.querySelectorAll('ol[aria-label="Thread Items"] > li, [data-testid="ThreadItem"]');
      const item = last(items, (li) => {
        const type = (li.getAttribute('data-thread-type') ?? li.getAttribute('data-testid-type') ?? li.className).toLowerCase();
        return /customer/.test(type) && !/note|lineitem/.test(type);
      });
      const body = item?.querySelector('[data-testid="ThreadBody"], .thread-body') ?? item;
      return body ? messageText(body) : null;
    },
  },
];

/** The profile for this page: by host first, then by a marker only that helpdesk's page has. */
export function profileFor(doc: Document): SiteProfile | null {
  const host = doc.location?.hostname ?? '';
  return PROFILES.find((p) => p.hosts.test(host)) ?? PROFILES.find((p) => doc.querySelector(p.marker)) ?? null;
}

/** The customer's last message for the conversation this composer answers, or null when none is visible. */
export function readCustomerMessage(composer: HTMLElement): string | null {
  let doc: Document = composer.ownerDocument;
  // Composers in editor iframes (TinyMCE, CKEditor 4) belong to the conversation around the iframe.
  let anchor: HTMLElement = composer;
  while (doc.defaultView?.frameElement && doc.defaultView.parent?.document) {
    anchor = doc.defaultView.frameElement as HTMLElement;
    doc = anchor.ownerDocument;
  }
  const profile = profileFor(doc);
  if (!profile) return null;
  try {
    const text = profile.lastCustomerMessage(anchor);
    return text && text.trim() ? text : null;
  } catch {
    // A helpdesk redesign must never break the coach: without context it still checks the draft.
    return null;
  }
}
