// The `tactful` command line: `tactful check` exactly as ../shared/CONTRACT.md describes it.
import { parseArgs } from 'node:util';
import { analyze, setRuleErrorHandler } from '../analyze';
import { parseRuleSet } from '../config/rule-set';
import { ruleSetToEngineConfig } from '../config/resolve-config';
import type { EngineConfig, Finding } from '../engine/types';
import { COLOURS, PLAIN, formatFileText, formatSummary } from './format-text';
import { InputError, readText } from './input';
import { runAuditCommand } from './audit';
import { installDefaultNlp } from '../engine/nlp-backend';

installDefaultNlp();

export const VERSION = '0.1.0';

const USAGE = `Usage: tactful check [FILE...] [--customer FILE] [--rules FILE] [--format text|json|jsonl]
       tactful audit FILE... [--rules FILE] [--format html|json|text] [--out FILE] [--input-format zendesk|freshdesk|helpscout|csv|jsonl]

Checks support-reply drafts for what hurts the customer relationship and suggests rewrites.
"audit" checks every saved reply, macro or canned response in helpdesk exports and writes a report.

  FILE...            drafts as plain-text files; "-" or no file reads standard input
  --customer FILE    the customer's message the draft answers (adds context)
  --rules FILE       a team rule-set file (see rules.schema.json)
  --format FORMAT    check: text (default), json (one document), or jsonl (batch: one JSON object a line)
                     audit: html (default), json or text
  --out FILE         audit: write the report to FILE
  --input-format F   audit: read every file as F instead of detecting it
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 nothing flagged, 1 something flagged, 2 usage or input error.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  color: boolean;
  stderrIsTTY?: boolean;
}

function defaultIo(): Io {
  const env = process.env;
  const isTTY = !!process.stdout.isTTY;
  const color = env.NO_COLOR ? false : env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : isTTY && env.TERM !== 'dumb';
  return { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY, color, stderrIsTTY: !!process.stderr.isTTY };
}

class UsageError extends Error {}

function loadRules(path: string | undefined): EngineConfig | undefined {
  if (!path) return undefined;
  const parsed = parseRuleSet(readText(path));
  if (!parsed.ok) throw new InputError(parsed.errors.map((e) => `${path}: ${e}`).join('\n'));
  return ruleSetToEngineConfig(parsed.value);
}

interface JsonlResult {
  lines: string[];
  errors: number;
  flagged: boolean;
}

/** Batch mode: one output line per non-blank input line, in order; a bad line never stops the batch. */
export function runJsonl(text: string, source: string, config: EngineConfig | undefined, defaultCustomer: string | undefined): JsonlResult {
  const out: string[] = [];
  let errors = 0;
  let flagged = false;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].replace(/\r$/, '');
    if (!raw.trim()) continue;
    const fail = (error: string) => {
      errors++;
      out.push(JSON.stringify({ id: null, line: n + 1, error: `${source}:${n + 1}: ${error}` }));
    };
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      fail('expected a JSON object with a "draft" field');
      continue;
    }
    const o = obj as Record<string, unknown>;
    if (!('draft' in o)) {
      fail('field "draft": is missing');
      continue;
    }
    if (typeof o.draft !== 'string') {
      fail(`field "draft": must be a string (got ${o.draft === null ? 'null' : Array.isArray(o.draft) ? 'array' : typeof o.draft})`);
      continue;
    }
    if (o.customer !== undefined && o.customer !== null && typeof o.customer !== 'string') {
      fail(`field "customer": must be a string (got ${Array.isArray(o.customer) ? 'array' : typeof o.customer})`);
      continue;
    }
    if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && typeof o.id !== 'number') {
      fail(`field "id": must be a string or a number (got ${Array.isArray(o.id) ? 'array' : typeof o.id})`);
      continue;
    }
    const findings = analyze(o.draft, { customer: (o.customer as string | undefined) ?? defaultCustomer, rules: config });
    if (findings.length) flagged = true;
    out.push(JSON.stringify({ id: o.id ?? null, findings }));
  }
  return { lines: out, errors, flagged };
}

/** Runs the CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const errors: string[] = [];
  setRuleErrorHandler((ruleId, error) => {
    io.stderr(`tactful: rule ${ruleId} failed and was skipped: ${error instanceof Error ? error.message : String(error)}\n`);
  });
  try {
    let args: ReturnType<typeof parse>;
    try {
      args = parse(argv);
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message.replace(/\. To specify .*$/s, '').replace(/^Unknown option/, 'unknown option') : String(e));
    }
    if (args.values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (args.values.version) {
      io.stdout(`tactful ${VERSION}\n`);
      return 0;
    }
    const [command, ...files] = args.positionals;
    if (command === 'audit') {
      if (args.values.customer !== undefined) throw new UsageError('--customer is for check; audit reads customer messages from the export (CSV "customer" column, JSONL "customer" field)');
      return await runAuditCommand(
        { files, format: args.values.format, out: args.values.out, inputFormat: args.values['input-format'], rules: loadRules(args.values.rules) },
        { stdout: io.stdout, stderr: io.stderr, isTTY: io.isTTY, stderrIsTTY: io.stderrIsTTY ?? false },
      );
    }
    if (command !== 'check') {
      throw new UsageError(command ? `unknown command "${command}" (expected "check" or "audit")` : 'missing command (expected "check" or "audit")');
    }
    if (args.values.out !== undefined || args.values['input-format'] !== undefined) throw new UsageError('--out and --input-format are for audit');
    const format = args.values.format ?? 'text';
    if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`--format: must be text, json or jsonl (got "${format}")`);
    const config = loadRules(args.values.rules);
    const customer = args.values.customer !== undefined ? readText(args.values.customer) : undefined;
    const inputs = files.length ? files : ['-'];
    if (inputs.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');

    if (format === 'jsonl') {
      let flagged = false;
      let bad = 0;
      for (const file of inputs) {
        let text: string;
        try {
          text = readText(file);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          errors.push(e.message);
          continue;
        }
        const r = runJsonl(text, file === '-' ? '<stdin>' : file, config, customer);
        if (r.lines.length) io.stdout(r.lines.join('\n') + '\n');
        flagged ||= r.flagged;
        bad += r.errors;
      }
      for (const e of errors) io.stderr(`tactful: ${e}\n`);
      return errors.length || bad ? 2 : flagged ? 1 : 0;
    }

    const results: { file: string; draft: string; findings: Finding[] }[] = [];
    for (const file of inputs) {
      try {
        const draft = readText(file);
        results.push({ file: file === '-' ? '<stdin>' : file, draft, findings: analyze(draft, { customer, rules: config }) });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        errors.push(e.message);
      }
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    if (format === 'json') {
      io.stdout(
        JSON.stringify(
          { version: 1, results: results.map((r) => ({ file: r.file, findings: r.findings })), errors: errors.map((message) => ({ message })) },
          null,
          2,
        ) + '\n',
      );
    } else {
      const c = io.color ? COLOURS : PLAIN;
      for (const r of results) io.stdout(formatFileText(r.file, r.draft, r.findings, c));
      io.stdout(formatSummary(results.length, total, errors.length, c));
    }
    for (const e of errors) io.stderr(`tactful: ${e}\n`);
    return errors.length ? 2 : total ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`tactful: ${e.message}\nRun "tactful --help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`tactful: ${e.message.split('\n').join('\ntactful: ')}\n`);
      return 2;
    }
    io.stderr(`tactful: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      customer: { type: 'string' },
      rules: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'input-format': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
