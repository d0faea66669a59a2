// One-off moves of settings from where older versions kept them (run by the background worker on install and update).
import { storage } from 'wxt/utils/storage';
import { disabledSites } from './storage';

/** Moves settings from where older versions kept them: the site switch used to be stored on this computer only. */
export async function migrateLegacyStorage(): Promise<void> {
  const legacy = storage.defineItem<string[] | null>('local:disabledSites', { fallback: null });
  const old = await legacy.getValue();
  if (!Array.isArray(old)) return;
  const current = await disabledSites.getValue();
  await disabledSites.setValue([...new Set([...current, ...old.filter((s) => typeof s === 'string')])].sort());
  await legacy.removeValue();
}
