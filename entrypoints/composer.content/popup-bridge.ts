// Answers the toolbar popup: the focused draft's findings, and applying a rewrite chosen in the popup.
import { browser } from 'wxt/browser';
import { isMessage, type ApplyFromPopup, type ApplyResult, type DraftReport, type GetDraft } from '../../components/extension/protocol';
import type { Coach } from './coach';

export function listenToPopup(coach: Coach, site: () => { host: string; enabled: boolean }): () => void {
  const listener = (message: unknown, sender: { id?: string }): Promise<DraftReport | ApplyResult> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isMessage<GetDraft>(message, 'popup:get-draft')) {
      const session = coach.focused ?? [...coach.sessions.values()][0] ?? null;
      if (session) session.analyzeNow();
      const text = session?.snapshot.text ?? '';
      return Promise.resolve({
        ...site(),
        hasComposer: !!session,
        findings: session?.findings ?? [],
        words: text.trim() ? text.trim().split(/\s+/).length : 0,
      });
    }
    if (isMessage<ApplyFromPopup>(message, 'popup:apply')) {
      const session = coach.focused ?? [...coach.sessions.values()][0] ?? null;
      const wanted = message.finding;
      const finding = session?.findings.find((f) => f.ruleId === wanted.ruleId && f.start === wanted.start && f.end === wanted.end && f.text === wanted.text);
      if (!session || !finding) return Promise.resolve({ ok: false, note: 'The draft changed since the popup opened, so nothing was replaced.' });
      return coach.apply(session, finding, message.index).then((note) => ({ ok: !note, note }));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
