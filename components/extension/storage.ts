// Every storage item of the extension in one place (WXT storage is the single source of truth).
import { storage } from 'wxt/utils/storage';

/** Hostnames where the agent switched the coach off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
