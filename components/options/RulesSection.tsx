// Rules grouped by the 11 categories: a switch, severity and "agents may switch off" per rule, with an example each.
import { useStore } from 'zustand';
import { CATEGORY_INFO } from '../../lib/engine/categories';
import { CATEGORIES, SEVERITIES, type Severity } from '../../lib/engine/types';
import { rules } from '../../lib/rules';
import type { OptionsController } from './options-store';

export function RulesSection({ ctl }: { ctl: OptionsController }) {
  const resolved = useStore(ctl.store, (s) => s.resolved)!;
  const working = useStore(ctl.store, (s) => s.working);
  const mayList = working.agentMayDisable;
  return (
    <section className="card" aria-labelledby="rules-h">
      <h2 id="rules-h">Checks</h2>
      {CATEGORIES.map((category) => {
        const members = rules.filter((r) => r.meta.category === category && r.id !== 'team-phrases');
        const anyOn = members.some((r) => resolved.rules[r.id].enabled);
        const categoryLock = members.every((r) => resolved.rules[r.id].lockedBy) ? resolved.rules[members[0].id].lockedBy : null;
        return (
          <div className="category" key={category} data-category={category}>
            <div className="category-head">
              <label className="switch-row">
                <input
                  type="checkbox"
                  checked={anyOn}
                  disabled={!!categoryLock}
                  onChange={(e) => ctl.setCategoryEnabled(category, e.target.checked)}
                  aria-label={`${CATEGORY_INFO[category].label}: on or off`}
                />
                <h3>{CATEGORY_INFO[category].label}</h3>
              </label>
              {categoryLock && <span className="lock">🔒 Locked by {categoryLock}</span>}
              <p className="desc">{CATEGORY_INFO[category].description}</p>
            </div>
            {members.map((rule) => {
              const st = resolved.rules[rule.id];
              const locked = st.lockedBy;
              const mayDisable = !mayList || mayList.includes(rule.id) || mayList.includes(category);
              return (
                <div className={`rule${st.enabled ? '' : ' off'}`} key={rule.id} data-rule={rule.id}>
                  <div className="rule-main">
                    <label className="switch-row">
                      <input type="checkbox" checked={st.enabled} disabled={!!locked} onChange={(e) => ctl.setRuleEnabled(rule.id, e.target.checked)} aria-label={`${rule.id}: on or off`} />
                      <span className="rule-desc">{rule.meta.description}</span>
                    </label>
                    <select
                      value={st.severity}
                      disabled={!!locked || !st.enabled}
                      onChange={(e) => ctl.setRuleSeverity(rule.id, e.target.value as Severity)}
                      aria-label={`${rule.id}: severity`}
                    >
                      {SEVERITIES.map((sev) => (
                        <option key={sev} value={sev}>
                          {sev}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="example">
                    <span className="bad">✗ {rule.meta.example.bad}</span>
                    <span className="good">✓ {rule.meta.example.good}</span>
                  </div>
                  <div className="rule-foot">
                    <code>{rule.id}</code>
                    {locked ? (
                      <span className="lock">🔒 Locked by {locked}</span>
                    ) : (
                      <label className="may">
                        <input type="checkbox" checked={mayDisable} onChange={(e) => ctl.setAgentMayDisable(rule.id, e.target.checked)} />
                        Agents may switch this off for themselves
                      </label>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
