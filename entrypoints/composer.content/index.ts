// Content script: starts a coach in every helpdesk page (same-origin frames are coached by their parent's coach).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { presetConfig } from '../../lib/config/presets';
import { Coach } from './coach';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      // A same-origin frame (TinyMCE, CKEditor 4) is reachable from its parent, whose coach handles it.
      if (window.top !== window && window.frameElement) return;
    } catch {
      // Cross-origin parent: this frame coaches itself.
    }
    const coach = new Coach(document, {
      config: () => presetConfig('recommended'),
      enabled: () => true,
      canDisableRule: () => true,
      disableRule: async () => {},
      customer: () => null,
    });
    coach.start();
    ctx.onInvalidated(() => coach.stop());
  },
});
