// What a rule receives when it runs: the document, the customer's message and the team settings.
import type { Doc } from './doc';
import type { CustomerContext } from './customer';
import type { EngineConfig, Report } from './types';

export interface RuleContext {
  /** The text being checked: one line of the draft for paragraph rules, the whole draft for draft rules. */
  readonly doc: Doc;
  /** What the customer wrote, analysed; null when no customer message was given. */
  readonly customer: CustomerContext | null;
  readonly config: EngineConfig;
  report(report: Report): void;
}
