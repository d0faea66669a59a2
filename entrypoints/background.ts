// Background service worker: remembers which frame holds each tab's active composer; the engine runs in the content script.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { isMessage, type ComposerFocused, type WhichFrame } from '../components/extension/protocol';
import { migrateLegacyStorage } from '../components/extension/legacy-migration';
import { managedCache } from '../components/extension/storage';
import { storage as wxtStorage } from 'wxt/utils/storage';

/** Which frame of each tab holds the composer the agent last used (session storage: content scripts can't read it). */
const focusedFrames = storage.defineItem<Record<string, number>>('session:focusedFrames', { fallback: {} });

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void migrateLegacyStorage());
  // Chrome's first read of managed storage is slow; read it once here so pages start from a fresh copy.
  void Promise.all([wxtStorage.getItem('managed:ruleSet'), wxtStorage.getItem('managed:lockedBy')])
    .then(([ruleSet, lockedBy]) => managedCache.setValue({ ruleSet: (ruleSet as never) ?? null, lockedBy: typeof lockedBy === 'string' ? lockedBy : null }))
    .catch(() => {});
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages can reach this listener (no externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    if (isMessage<ComposerFocused>(message, 'cs:composer-focused') && sender.tab?.id !== undefined) {
      const tabId = String(sender.tab.id);
      const frameId = sender.frameId ?? 0;
      return focusedFrames.getValue().then((all) => focusedFrames.setValue({ ...all, [tabId]: frameId })).then(() => true);
    }
    if (isMessage<WhichFrame>(message, 'popup:which-frame')) {
      return focusedFrames.getValue().then((all) => all[String(message.tabId)] ?? 0);
    }
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void focusedFrames.getValue().then((all) => {
      if (!(String(tabId) in all)) return;
      const { [String(tabId)]: _gone, ...rest } = all;
      return focusedFrames.setValue(rest);
    });
  });
});
