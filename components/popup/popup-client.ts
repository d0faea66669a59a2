// The popup's link to the page: finds the tab and the frame of the focused composer, and talks to its content script.
import { browser } from 'wxt/browser';
import type { ApplyResult, DraftReport } from '../extension/protocol';
import type { Finding } from '../../lib/engine/types';

/** The helpdesk tab the popup belongs to (tests open the popup as a page and name the tab with ?tab=). */
export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) {
    const tab = await browser.tabs.get(Number(fromQuery));
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function frameOf(tabId: number): Promise<number> {
  try {
    return ((await browser.runtime.sendMessage({ type: 'popup:which-frame', tabId })) as number) ?? 0;
  } catch {
    return 0;
  }
}

export async function getDraft(tabId: number): Promise<DraftReport | null> {
  try {
    const frameId = await frameOf(tabId);
    return ((await browser.tabs.sendMessage(tabId, { type: 'popup:get-draft' }, { frameId })) as DraftReport) ?? null;
  } catch {
    // No content script in this tab (a browser page, the store, or a page opened before install).
    return null;
  }
}

export async function applyInPage(tabId: number, finding: Finding, index: number): Promise<ApplyResult> {
  const frameId = await frameOf(tabId);
  try {
    return (await browser.tabs.sendMessage(
      tabId,
      { type: 'popup:apply', finding: { ruleId: finding.ruleId, start: finding.start, end: finding.end, text: finding.text }, index },
      { frameId },
    )) as ApplyResult;
  } catch {
    return { ok: false, note: 'The page is no longer reachable; reload it and try again.' };
  }
}
