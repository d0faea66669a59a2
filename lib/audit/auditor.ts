// Checks saved replies one at a time and keeps only what the report needs: totals, per-rule counts and the worst replies.
import { analyze } from '../analyze';
import { CATEGORIES, type Category, type EngineConfig, type Finding } from '../engine/types';
import type { AuditedReply, AuditInputError, AuditRecord, AuditReport, RuleRow } from './types';

const WEIGHT = { info: 1, warning: 2, error: 3 } as const;

export interface AuditorOptions {
  rules?: EngineConfig;
  /** How many of the worst replies the report shows (default 50). */
  worstLimit?: number;
  /** How many input errors are listed one by one (default 200); the rest are counted. */
  errorLimit?: number;
}

export class Auditor {
  private replies = 0;
  private withFindings = 0;
  private findingCount = 0;
  private readonly byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  private readonly rules = new Map<string, RuleRow>();
  /** Worst replies so far, worst first; bounded, so memory stays flat however many replies there are. */
  private readonly worst: AuditedReply[] = [];
  private readonly errors: AuditInputError[] = [];
  private moreErrors = 0;
  private readonly worstLimit: number;
  private readonly errorLimit: number;

  constructor(private readonly options: AuditorOptions = {}) {
    this.worstLimit = options.worstLimit ?? 50;
    this.errorLimit = options.errorLimit ?? 200;
  }

  get checked(): number {
    return this.replies;
  }

  get errorCount(): number {
    return this.errors.length + this.moreErrors;
  }

  add(record: AuditRecord): Finding[] {
    const findings = analyze(record.text, { customer: record.customer, rules: this.options.rules });
    this.replies++;
    if (!findings.length) return findings;
    this.withFindings++;
    this.findingCount += findings.length;
    const seenRules = new Set<string>();
    let score = 0;
    for (const f of findings) {
      score += WEIGHT[f.severity];
      this.byCategory[f.category]++;
      let row = this.rules.get(f.ruleId + '\u0000' + f.category);
      if (!row) {
        row = { ruleId: f.ruleId, category: f.category, severity: f.severity, findings: 0, replies: 0, example: f.text };
        this.rules.set(f.ruleId + '\u0000' + f.category, row);
      }
      row.findings++;
      if (!seenRules.has(row.ruleId + row.category)) {
        seenRules.add(row.ruleId + row.category);
        row.replies++;
      }
    }
    const last = this.worst[this.worst.length - 1];
    if (this.worst.length < this.worstLimit || score > last.score) {
      const entry: AuditedReply = { file: record.file, row: record.row, title: record.title, text: record.text, findings, score };
      let i = this.worst.length;
      while (i > 0 && this.worst[i - 1].score < score) i--;
      this.worst.splice(i, 0, entry);
      if (this.worst.length > this.worstLimit) this.worst.pop();
    }
    return findings;
  }

  error(e: AuditInputError): void {
    if (this.errors.length < this.errorLimit) this.errors.push(e);
    else this.moreErrors++;
  }

  report(files: string[], now = new Date()): AuditReport {
    return {
      version: 1,
      generatedAt: now.toISOString(),
      files,
      replies: this.replies,
      repliesWithFindings: this.withFindings,
      findings: this.findingCount,
      byCategory: { ...this.byCategory },
      rules: [...this.rules.values()].sort((a, b) => b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1)),
      worst: [...this.worst],
      worstLimit: this.worstLimit,
      errors: [...this.errors],
      moreErrors: this.moreErrors,
    };
  }
}

/** "file.csv, row 7, field text: is empty" — how every input error is worded. */
export function describeInputError(e: AuditInputError): string {
  return `${e.file}${e.row !== null ? `, row ${e.row}` : ''}${e.field ? `, field ${e.field}` : ''}: ${e.message}`;
}
