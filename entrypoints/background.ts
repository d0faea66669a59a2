// Background service worker: kept thin; the engine runs in the content script, next to the draft.
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {});
