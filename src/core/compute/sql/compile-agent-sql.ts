/**
 * The agent document as SQL: one statement (a WITH of CTEs and a SELECT) per result table, for
 * a table of transaction lines in a database. The statements compute what computeAgent computes;
 * a host runs them and reads back only result rows. Exchange rates by month and reference prices
 * are read from lookup tables (lookup-tables.ts), subtotals are statements of their own
 * (subtotals-sql.ts). A series with its own data source or currency reads lines of its own
 * (series-inputs.ts), each input read once into its own grain. The customer profit contribution
 * is not compiled: a document that defines one is refused (docs/decisions.md, "The agent as SQL").
 */
import type { AgentDocument } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { anchorSerialOf } from "../../read/anchor";
import type { Dialect } from "./dialect";
import { compileFlagged, type DetectionTarget } from "./flagged-sql";
import { actionsSelect, impactSelect } from "./impact-actions-sql";
import { compileJoin } from "./join-sql";
import { lineGrain } from "./line-grain";
import { FLAGGED, inputCtes } from "./names";
import { compileQuality, overflowSelect } from "./quality-sql";
import { compileSeries, seriesOrder, type CompiledSeries } from "./series-sql";
import type { SqlLookups } from "./lookup-tables";
import { missingRatesSelect } from "./quality-sql";
import { sourceLines, type SqlSource } from "./source-lines";
import { seriesInputs } from "./series-inputs";
import { compileSubtotals } from "./subtotals-sql";

export type StatementKind =
  | "quality"
  | "conflicts"
  | "missingRates"
  | "overflow"
  | "input"
  | "series"
  | "subtotal"
  | "join"
  | "flagged"
  | "impact"
  | "actions";

export interface SqlStatement {
  readonly kind: StatementKind;
  /**
   * The series' label for a series or overflow statement (for an input, the first series reading
   * it); the join's label; the source's currency column for missingRates (the Data Quality sheet
   * names it); else the kind.
   */
  readonly label: string;
  readonly sql: string;
  /** The CTEs (`name AS (...)`, in order) and the final SELECT that `sql` is made of. */
  readonly ctes: readonly string[];
  readonly select: string;
}

export interface CompiledAgent {
  readonly dialect: Dialect;
  readonly anchorSerial: number;
  readonly statements: readonly SqlStatement[];
}

export function compileAgentSql(
  doc: AgentDocument,
  source: SqlSource,
  dialect: Dialect,
  today = new Date(),
  lookups: SqlLookups = {},
  /** Where each series' own table is (seriesSourceNames), as the host found it. */
  ownSources: ReadonlyMap<string, SqlSource> = new Map()
): CompiledAgent {
  if (doc.contribution) {
    throw new AgentInputError(
      "The agent computes customer profit contribution, which does not run as SQL yet; run it in Excel or with the JavaScript engine (without --engine / --database)."
    );
  }
  const anchorSerial = anchorSerialOf(doc.anchorDate, today);
  // The lookups are joined once, in each input's lines; every series and subtotal adds up the
  // one grain of the input it reads.
  const inputs = seriesInputs(doc, source, ownSources).map((input) => {
    const names = inputCtes(input.index);
    const lines = sourceLines(input.doc, input.source, dialect, lookups, names);
    const grain = lineGrain(lines, dialect, names.grain);
    return { input, lines, grain, context: { dialect, lines, grain, anchorSerial } };
  });
  const [{ lines, grain }] = inputs;
  const inputOf = (i: number) => inputs.find((r) => r.input.series.includes(doc.series[i]))!;
  const series = doc.series.map((s, i) => compileSeries(s, i, inputOf(i).context));
  const subtotals = series.flatMap((s, i) =>
    compileSubtotals(s, i, inputOf(i).context).map((t) => ({ ...t, input: inputOf(i) }))
  );
  const left = byId(series, doc.join.left, "The join");
  const join = compileJoin(doc.join, left, byId(series, doc.join.right, "The join"), dialect);
  const target = detectionTarget(doc, series, join, left, dialect);
  const available = target.measures;
  for (const m of doc.impact) {
    if (!available.includes(m.measure))
      throw new AgentInputError(
        `Impact measure "${m.measure}" is not a measure of the detection series (available: ${available.join(", ")}).`
      );
  }
  const flagged = compileFlagged(doc.detection.rule, doc.impact, target, dialect);
  const actions = actionsSelect(doc.action, doc.impact, target.levels, dialect);

  const q = dialect.identifier;
  const quality = compileQuality(source, lines, grain, dialect);
  // A grain is complete once every series, subtotal and the quality checks have asked for
  // their columns.
  const readOf = (input: (typeof inputs)[number]) => [input.lines.cte, input.grain.cte()];
  const read = readOf(inputs[0]);
  const seriesRead = (i: number) => readOf(inputOf(i));
  const usedInputs = inputs.filter((r) => r.input.series.length > 0);
  const seriesCtes = [...usedInputs.flatMap(readOf), ...series.flatMap((s) => s.ctes)];
  const joinCtes = [...seriesCtes, ...join.ctes];
  const flaggedCtes = [...joinCtes, ...flagged.ctes];
  const list = (names: readonly string[]) => names.map(q).join(", ");
  return {
    dialect,
    anchorSerial,
    statements: [
      statement("quality", "quality", [...read, quality.cte], quality.quality),
      statement("conflicts", "conflicts", [...read, quality.cte], quality.conflicts),
      ...(lines.missingRates
        ? [
            statement(
              "missingRates",
              lines.currencyColumn ?? "Currency",
              [lines.missingRates],
              missingRatesSelect(lines, dialect)
            ),
          ]
        : []),
      // What each series' own input read: its rows and the lines it kept.
      ...inputs
        .slice(1)
        .map((r) =>
          statement(
            "input",
            r.input.series[0].label,
            [r.lines.cte],
            `SELECT (SELECT COUNT(*) FROM ${r.input.source.table.map(q).join(".")}) AS ${q("Rows")}, ` +
              `(SELECT COUNT(*) FROM ${r.lines.name}) AS ${q("Usable")}`
          )
        ),
      ...series.flatMap((s, i) => {
        const select = overflowSelect(s, dialect);
        const ctes = [...seriesRead(i), ...s.ctes];
        return select ? [statement("overflow", s.definition.label, ctes, select)] : [];
      }),
      ...series.map((s, i) =>
        statement(
          "series",
          s.definition.label,
          [...seriesRead(i), ...s.ctes],
          `SELECT ${list(s.shown)} FROM ${s.cte}\nORDER BY ${seriesOrder(s, dialect)}`
        )
      ),
      // A subtotal statement per outer level of an outlined series, in the order of the levels.
      ...subtotals.map((t) =>
        statement("subtotal", t.label, [...readOf(t.input), ...t.ctes], t.select)
      ),
      statement(
        "join",
        doc.join.label,
        joinCtes,
        `SELECT ${list([...join.levels, ...join.measures])}\nFROM ${join.cte}\nORDER BY ${seriesOrder(left, dialect, true)}`
      ),
      statement(
        "flagged",
        "flagged",
        flaggedCtes,
        `SELECT ${list(flagged.columns)}\nFROM ${FLAGGED}\nORDER BY ${q("Priority")}`
      ),
      statement("impact", "impact", flaggedCtes, impactSelect(doc.impact, dialect)),
      statement("actions", "actions", [...flaggedCtes, actions.cte], actions.select),
    ],
  };
}

/** One self-contained statement: its CTEs and final SELECT, also kept apart for staging. */
function statement(
  kind: StatementKind,
  label: string,
  ctes: readonly string[],
  select: string
): SqlStatement {
  return { kind, label, ctes, select, sql: `WITH\n${ctes.join(",\n")}\n${select}` };
}

function byId(series: readonly CompiledSeries[], id: string, who: string): CompiledSeries {
  const found = series.find((s) => s.definition.id === id || s.definition.label === id);
  if (!found) throw new AgentInputError(`${who} refers to series "${id}", which is not defined.`);
  return found;
}

function detectionTarget(
  doc: AgentDocument,
  series: readonly CompiledSeries[],
  join: ReturnType<typeof compileJoin>,
  left: CompiledSeries,
  dialect: Dialect
): DetectionTarget {
  const name = doc.detection.series;
  if (name === doc.join.label) return { ...join, order: seriesOrder(left, dialect, true) };
  const s = byId(series, name, "Detection");
  return {
    cte: s.cte,
    levels: s.levels,
    measures: s.definition.measures.map((m) => m.name),
    columns: s.columns,
    order: seriesOrder(s, dialect),
  };
}
