// UI state of the in-page card (which finding is open, where, and any note), kept in a zustand store.
import { createStore } from 'zustand/vanilla';
import type { Finding } from '../../../lib/engine/types';
import type { ComposerSession } from '../session';

export interface OpenCard {
  session: ComposerSession;
  finding: Finding;
  position: { left: number; top: number };
  focusOnOpen: boolean;
}

export interface CardState {
  card: OpenCard | null;
  note: string | null;
}

export const createCardStore = () => createStore<CardState>(() => ({ card: null, note: null }));
export type CardStore = ReturnType<typeof createCardStore>;
