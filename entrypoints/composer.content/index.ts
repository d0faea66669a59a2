// Content script: starts a coach in every page (same-origin frames are coached by their parent's coach).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { presetConfig } from '../../lib/config/presets';
import { disabledSites } from '../../components/extension/storage';
import { Coach } from './coach';
import { listenToPopup } from './popup-bridge';
import { readCustomerMessage } from './customer/profiles';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    try {
      // A same-origin frame (TinyMCE, CKEditor 4) is reachable from its parent, whose coach handles it.
      if (window.top !== window && window.frameElement) return;
    } catch {
      // Cross-origin parent: this frame coaches itself.
    }
    const host = location.hostname;
    let enabled = !(await disabledSites.getValue()).includes(host);
    const coach = new Coach(document, {
      config: () => presetConfig('recommended'),
      enabled: () => enabled,
      canDisableRule: () => true,
      disableRule: async () => {},
      customer: readCustomerMessage,
    });
    coach.start();
    coach.onFocus(() => {
      if (ctx.isValid) void browser.runtime.sendMessage({ type: 'cs:composer-focused' }).catch(() => {});
    });
    const unwatch = disabledSites.watch((sites) => {
      enabled = !(sites ?? []).includes(host);
      coach.refresh();
    });
    const stopListening = listenToPopup(coach, () => ({ host, enabled }));
    ctx.onInvalidated(() => {
      unwatch();
      stopListening();
      coach.stop();
    });
  },
});
