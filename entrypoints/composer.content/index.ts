// Content script: starts a coach in every page (same-origin frames are coached by their parent's coach).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ResolvedConfig } from '../../lib/config/resolve-config';
import { loadSettings, resolveFor, setAgentOff, watchSettings } from '../../components/extension/settings';
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
    let resolved: ResolvedConfig = resolveFor(await loadSettings(), host);
    const coach = new Coach(document, {
      config: () => resolved.engine,
      enabled: () => resolved.siteEnabled,
      canDisableRule: (id) => !!resolved.rules[id]?.agentMayDisable,
      disableRule: (id) => setAgentOff(id, true),
      customer: readCustomerMessage,
    });
    coach.start();
    coach.onFocus(() => {
      if (ctx.isValid) void browser.runtime.sendMessage({ type: 'cs:composer-focused' }).catch(() => {});
    });
    // Settings changed in the options page, the popup or another browser: re-check every draft, no reload.
    const unwatch = watchSettings(() => {
      void loadSettings().then((s) => {
        if (!ctx.isValid) return;
        resolved = resolveFor(s, host);
        coach.refresh();
      });
    });
    const stopListening = listenToPopup(coach, () => ({ host, enabled: resolved.siteEnabled }));
    ctx.onInvalidated(() => {
      unwatch();
      stopListening();
      coach.stop();
    });
  },
});
