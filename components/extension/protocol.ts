// Messages between the popup, the background worker and the content script; names say who sends them to whom.
import type { Finding } from '../../lib/engine/types';

/** Content script → background: the agent focused a composer in this frame. */
export interface ComposerFocused {
  type: 'cs:composer-focused';
}

/** Popup → background: which frame of a tab holds the composer the agent last used? */
export interface WhichFrame {
  type: 'popup:which-frame';
  tabId: number;
}

/** Popup → content script: the focused draft's findings. */
export interface GetDraft {
  type: 'popup:get-draft';
}

export interface DraftReport {
  host: string;
  enabled: boolean;
  /** False when the page has no composer the coach has seen. */
  hasComposer: boolean;
  findings: Finding[];
  words: number;
}

/** Popup → content script: apply suggestion `index` of the finding that covers [start, end) with `text`. */
export interface ApplyFromPopup {
  type: 'popup:apply';
  finding: Pick<Finding, 'ruleId' | 'start' | 'end' | 'text'>;
  index: number;
}

export interface ApplyResult {
  ok: boolean;
  note: string | null;
}

export type ContentMessage = GetDraft | ApplyFromPopup;
export type BackgroundMessage = ComposerFocused | WhichFrame;

export function isMessage<T extends { type: string }>(m: unknown, type: T['type']): m is T {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === type;
}
