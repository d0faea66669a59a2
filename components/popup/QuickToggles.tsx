// The popup's quick switches: each category the agent may turn off for themself, with locks shown.
import { CATEGORY_INFO } from '../../lib/engine/categories';
import { CATEGORIES, type Category } from '../../lib/engine/types';
import type { ResolvedConfig } from '../../lib/config/resolve-config';
import { rules } from '../../lib/rules';

export function QuickToggles({ resolved, onToggle }: { resolved: ResolvedConfig; onToggle(category: Category, on: boolean): void }) {
  const rows = CATEGORIES.map((category) => {
    const members = rules.filter((r) => r.meta.category === category && r.id !== 'team-phrases').map((r) => resolved.rules[r.id]);
    const on = members.some((s) => s.enabled);
    const lockedBy = members.find((s) => s.lockedBy)?.lockedBy ?? null;
    const mayChange = !lockedBy && members.some((s) => s.agentMayDisable);
    // Something a team or policy switched off entirely is not the agent's to switch back on here.
    const teamOff = !on && !members.some((s) => s.source === 'agent');
    return { category, on, lockedBy, mayChange: mayChange && !teamOff };
  }).filter((r) => r.mayChange || r.lockedBy);
  if (!rows.length) return null;
  return (
    <section className="toggles" aria-label="Your checks">
      <h2>Your checks</h2>
      {rows.map((r) => (
        <label key={r.category} className={`toggle${r.lockedBy ? ' locked' : ''}`} title={r.lockedBy ? `Locked by ${r.lockedBy}` : CATEGORY_INFO[r.category].description}>
          <input type="checkbox" checked={r.on} disabled={!r.mayChange} onChange={(e) => onToggle(r.category, e.target.checked)} data-category={r.category} />
          <span>{CATEGORY_INFO[r.category].label}</span>
          {r.lockedBy && <span className="lock">🔒 {r.lockedBy}</span>}
        </label>
      ))}
    </section>
  );
}
