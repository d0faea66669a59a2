// Content script: starts a coach in every page (same-origin frames are coached by their parent's coach).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ResolvedConfig } from '../../lib/config/resolve-config';
import { loadSettings, watchSettings, type SettingsSnapshot } from '../../components/extension/settings';
import { Coach } from './coach';
import { ensureEngine, loadedEngine } from './lazy';
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
    let settings: SettingsSnapshot = await loadSettings();
    // Resolving needs the rule catalogue, which comes with the engine; sessions ask only once it has loaded.
    let resolved: ResolvedConfig | null = null;
    const current = (): ResolvedConfig => {
      const engine = loadedEngine();
      if (!engine) throw new Error('the engine has not loaded yet');
      return (resolved ??= engine.resolveFor(settings, host));
    };
    const siteEnabled = () => !settings.disabledSites.includes(host);
    const coach = new Coach(document, {
      config: () => current().engine,
      enabled: siteEnabled,
      canDisableRule: (id) => !!current().rules[id]?.agentMayDisable,
      disableRule: (id) => ensureEngine().then((engine) => engine.setAgentOff(id, true)),
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
        settings = s;
        resolved = null;
        coach.refresh();
      });
    });
    const stopListening = listenToPopup(coach, () => ({ host, enabled: siteEnabled() }));
    // WXT notices an extension update or reload only when asked; ask every few seconds so an old
    // content script removes its underlines and listeners instead of erroring on the next keystroke.
    ctx.setInterval(() => void ctx.isValid, 2000);
    coach.setAliveCheck(() => ctx.isValid);
    ctx.onInvalidated(() => {
      // After a reload every extension API throws "Extension context invalidated"; the page must never see it.
      for (const cleanup of [() => coach.stop(), unwatch, stopListening]) {
        try {
          cleanup();
        } catch {
          // The listener went away with the old context anyway.
        }
      }
    });
  },
});
