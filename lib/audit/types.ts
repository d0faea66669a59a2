// Types of the saved-reply audit: records read from exports, input errors, and the report.
import type { Category, Finding, Severity } from '../engine/types';

export const INPUT_FORMATS = ['zendesk', 'freshdesk', 'helpscout', 'csv', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One saved reply (macro, canned response, saved reply, CSV row or JSONL line). */
export interface AuditRecord {
  file: string;
  /** 1-based position in the file: CSV row (header = row 1), JSONL line, or item number in a JSON export. */
  row: number;
  title?: string;
  text: string;
  customer?: string;
}

/** A record that could not be checked, named by file, row and field. */
export interface AuditInputError {
  file: string;
  row: number | null;
  field: string | null;
  message: string;
}

export interface AuditedReply {
  file: string;
  row: number;
  title?: string;
  text: string;
  findings: Finding[];
  /** Weighted count of findings (error 3, warning 2, info 1): the worst replies come first. */
  score: number;
}

export interface RuleRow {
  ruleId: string;
  category: Category;
  severity: Severity;
  findings: number;
  replies: number;
  /** One flagged text, as an example. */
  example: string;
}

export interface AuditReport {
  version: 1;
  generatedAt: string;
  files: string[];
  replies: number;
  repliesWithFindings: number;
  findings: number;
  byCategory: Record<Category, number>;
  rules: RuleRow[];
  /** The worst replies, worst first (at most `worstLimit`). */
  worst: AuditedReply[];
  worstLimit: number;
  errors: AuditInputError[];
  /** Errors beyond the ones listed. */
  moreErrors: number;
}
