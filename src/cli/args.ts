/**
 * The command line's arguments, checked before anything is read so a typo costs nothing.
 */
import { parseArgs } from "node:util";
import { serialFromIsoDate } from "../core/agent/check";
import {
  LIFECYCLE_OPTIONS,
  LIFECYCLE_USAGE,
  lifecycleArguments,
  type LifecycleArguments,
} from "./lifecycle/arguments";
import { SQL_OPTIONS, SQL_USAGE, sqlArguments, type SqlRun } from "./sql/sql-arguments";
import {
  OWNERS_OPTIONS,
  OWNERS_USAGE,
  ownersArguments,
  type OwnersArguments,
} from "./owners/arguments";

export const USAGE = `Usage: npm run analyze -- <input.xlsx|input.csv> [options]

Finds unprofitable customer accounts in a transaction sheet and writes a report workbook.

The input's first non-blank row holds the column labels (Customer Id, Customer Name, Customer
Segment, Invoice Price, Gross Margin, Calculated Rebate, Pricing Date, or similar); every row
below it is one transaction. CSV files may use , ; or tab, in UTF-8 (with or without BOM),
UTF-16 with BOM, or Windows-1252. An agent with customer profit contribution reads its other
tables (Activities, Cost Drivers, Customer Costs) from other sheets of the workbook, or for a
CSV input from files named after them beside it (Activities.csv, ...).

Options:
  --sheet NAME          Worksheet to read (.xlsx only; default: the config's sheet, else the first)
  --config FILE         Agent document (JSON) to run instead of the built-in Unprofitable Account Agent,
                        or a file of several agents (as a workbook keeps them)
  --agent NAME          Which agent of a --config file holding several to run (its name or id); its
                        sheets carry its sheet prefix, and its previous report's are read back
  --anchor-date DATE    Anchor date A as YYYY-MM-DD (default: the config's, else today)
  --months N            Length of every series' date window in months (default: the config's, 12)
  --out FILE            Report workbook to write (default: <input name>-report.xlsx in the current folder)
  --json FILE           Also write the full result as JSON
  --force               Replace an existing --out / --json file that is not this agent's report or result,
                        a report holding sheets the run does not write, or (SQL) one with the team's actions
  --no-charts           Leave the charts out of the report
  --quiet               No progress on stderr
  -h, --help            Show this help

${LIFECYCLE_USAGE}

${OWNERS_USAGE}

${SQL_USAGE}

Exit codes: 0 done, 1 the input or config cannot be used (the message says why), 2 bad arguments,
3 the report is written but a notification (an e-mail, the webhook) was not delivered, 130 interrupted.`;

export interface CliArguments {
  readonly input: string;
  readonly sheet?: string;
  readonly config?: string;
  /** Which agent of a --config file holding several (name or id). */
  readonly agent?: string;
  readonly anchorDate?: string;
  readonly months?: number;
  readonly out?: string;
  readonly json?: string;
  readonly quiet: boolean;
  readonly charts: boolean;
  /** Replace outputs that are not the agent's own files. */
  readonly force: boolean;
  readonly lifecycle: LifecycleArguments;
  /** `input` is empty when the agent runs inside a database (--database) or is only printed. */
  readonly sql: SqlRun;
  readonly owners: OwnersArguments;
}

/** `--collect`: returned owners' workbooks (files or folders) merged into the --out report. */
export interface CollectArguments {
  readonly returned: readonly string[];
  readonly out: string;
}

export type ParsedCommand =
  | { readonly kind: "help" }
  | { readonly kind: "run"; readonly args: CliArguments }
  | { readonly kind: "collect"; readonly args: CollectArguments };

/** Wrong use of the command line itself (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Longest window accepted: 100 years, far beyond any transaction history. */
const MAX_MONTHS = 1200;

export function parseArguments(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: withNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        config: { type: "string" },
        agent: { type: "string" },
        "anchor-date": { type: "string" },
        months: { type: "string" },
        out: { type: "string" },
        json: { type: "string" },
        quiet: { type: "boolean" },
        force: { type: "boolean" },
        "no-charts": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...LIFECYCLE_OPTIONS,
        ...SQL_OPTIONS,
        ...OWNERS_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.collect) return collectCommand(positionals, values.out);
  const sql = sqlArguments(values, (message) => {
    throw new UsageError(message);
  });
  const inDatabase = sql.kind === "postgres" || sql.kind === "emit";
  if (positionals.length === 0 && !inDatabase)
    throw new UsageError("No input file given; expected a .xlsx or .csv transaction file.");
  if (positionals.length > 1) {
    throw new UsageError(
      `Expected one input file, got ${positionals.length}: ${positionals.map((p) => `'${p}'`).join(", ")}.`
    );
  }
  if (values.agent !== undefined && values.config === undefined)
    throw new UsageError(
      "--agent picks one agent of a --config file; give the file with --config."
    );
  for (const name of ["sheet", "config", "agent", "out", "json"] as const) {
    if (values[name] !== undefined && values[name].trim() === "")
      throw new UsageError(`--${name} needs a value.`);
  }
  return {
    kind: "run",
    args: {
      input: positionals[0] ?? "",
      sheet: values.sheet,
      config: values.config,
      agent: values.agent,
      anchorDate:
        values["anchor-date"] === undefined ? undefined : checkAnchorDate(values["anchor-date"]),
      months: values.months === undefined ? undefined : checkMonths(values.months),
      out: values.out,
      json: values.json,
      quiet: values.quiet ?? false,
      charts: !(values["no-charts"] ?? false),
      force: values.force ?? false,
      lifecycle: lifecycleArguments(values, (message) => {
        throw new UsageError(message);
      }),
      sql,
      owners: ownersFor(values, sql),
    },
  };
}

function ownersFor(values: Parameters<typeof ownersArguments>[0], sql: SqlRun): OwnersArguments {
  const owners = ownersArguments(values, (message) => {
    throw new UsageError(message);
  });
  if (owners.splitInto !== undefined && sql.kind !== "javascript")
    throw new UsageError(
      "--split-by owner works on the agent's own run, not with the SQL options."
    );
  // The SQL engines write no Actions sheet, so a run there creates no actions to announce.
  if (owners.webhook !== undefined && sql.kind !== "javascript")
    throw new UsageError("--webhook works on the agent's own run, not with the SQL options.");
  return owners;
}

function collectCommand(positionals: readonly string[], out: string | undefined): ParsedCommand {
  if (positionals.length === 0)
    throw new UsageError("--collect needs the returned workbooks (files or folders) to merge.");
  if (out === undefined || out.trim() === "")
    throw new UsageError("--collect needs --out, the report whose Actions sheet they go into.");
  return { kind: "collect", args: { returned: positionals, out } };
}

function checkAnchorDate(text: string): string {
  const date = text.trim();
  if (serialFromIsoDate(date) === null) {
    throw new UsageError(
      `--anchor-date '${text}' is not a date; expected YYYY-MM-DD, e.g. 2025-10-21.`
    );
  }
  return date;
}

function checkMonths(text: string): number {
  const months = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new UsageError(
      `--months '${text}' is not a whole number of months from 1 to ${MAX_MONTHS}.`
    );
  }
  return months;
}

/**
 * `--months -1`: node:util reads "-1" as an option and calls the value missing ("needs a value"),
 * which misleads. A value option followed by a negative number takes it as its value, so the
 * option's own check says what is wrong with it.
 */
function withNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (/^--[\w-]+$/.test(argv[i]) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${argv[i]}=${next}`);
      i++;
    } else out.push(argv[i]);
  }
  return out;
}

/** node:util's messages, shortened to what a user of this command needs. */
function describeParseError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1];
    return option ? `Unknown option '${option}'.` : "Unknown option.";
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    return option ? `${option} needs a value.` : message;
  }
  return message;
}
