/**
 * The transaction lines as the engine reads them, as the first CTE (`lines`): the document's
 * field mapping applied to the table's columns, text trimmed with blanks as "(blank)", money in
 * the agent's currency as exact decimals, the pricing date as a day. Rows the engine would skip
 * (no customer id, no amount, no date, a non-finite amount, a currency without a rate) are left
 * out; whether a cell could be parsed at all is the database's business here, as its columns are
 * typed.
 *
 * An amount of 1E+18 or more (MONEY_LIMIT) is not cast to the exact type: it is NULL there and
 * its line carries a flag, so every sum, average, min and max it would enter is left blank and
 * the Data Quality sheet names them (the engine does the same beyond a double's range; SPEC,
 * "Data quality": nothing is dropped silently). Below the limit, DECIMAL(38,10) sums ten billion
 * lines exactly; at it, one line would make the engine stop with an overflow instead.
 */
import type { AgentDocument } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import type { KnownField } from "../../model/transactions";
import { mapFields } from "../../read/mapping/field-mapping";
import type { Dialect } from "./dialect";
import { LINES, oversizedColumn, ROW_NUMBER, usedExtraColumns } from "./names";

/** A table of transaction lines in the database: its (possibly qualified) name and its columns. */
export interface SqlSource {
  readonly table: readonly string[];
  readonly columns: readonly string[];
  /**
   * SQL over the source (aliased `src`) giving each row's number as the user finds it, e.g. a
   * CSV file's row; absent for a database table, whose rows have no order.
   */
  readonly rowNumber?: string;
}

/** Where each field the agent uses is in `lines`, by the document's spelling of it. */
export interface SourceLines {
  readonly cte: string;
  /** Text levels: the canonical name (`CustomerId`, or the document's label of another column). */
  readonly dimensions: ReadonlyMap<string, string>;
  /** Numeric fields by field key: the column of `lines`. */
  readonly numbers: ReadonlyMap<string, string>;
  /** A numeric field's value per line (GrossMargin less the rebate when the switch is on). */
  numberValue(field: string): string;
  /** 1 on a line where that value is beyond MONEY_LIMIT (and so NULL in numberValue), else NULL. */
  oversized(field: string): string;
  /** The source row's number as the user finds it (a file's row), when the source has one. */
  readonly rowNumber: string | null;
}

/** Amounts from here on are not summed exactly (see above); docs/decisions.md, "The agent as SQL". */
export const MONEY_LIMIT = "1E18";
/** The largest finite double: a NaN or an infinity is not below it on either engine. */
const FINITE_LIMIT = "1.7976931348623157E308";

const BLANK_TEXT = "(blank)";

export function sourceLines(doc: AgentDocument, source: SqlSource, dialect: Dialect): SourceLines {
  const q = dialect.identifier;
  const mapping = mapFields(source.columns, doc.source.mapping);
  const columnOf = (field: KnownField): string | null => {
    const match = mapping.fields[field];
    return match ? `src.${q(source.columns[match.column])}` : null;
  };
  const required = (field: KnownField) => columnOf(field)!;
  const text = (column: string) =>
    `COALESCE(NULLIF(TRIM(CAST(${column} AS ${dialect.varchar})), ''), ${dialect.text(BLANK_TEXT)})`;
  // Compared as a double: a text column of numbers is read as the exact cast reads it.
  const magnitude = (column: string) => `ABS(CAST(${column} AS ${dialect.double}))`;
  const fits = (column: string) => `${magnitude(column)} < ${MONEY_LIMIT}`;
  const convert = moneyConverter(doc, columnOf("Currency"), dialect);
  const money = (column: string) => `CASE WHEN ${fits(column)} THEN ${convert(column)} END`;
  const flags = new Map<string, string>();
  const flag = (field: string, column: string) => {
    const alias = q(oversizedColumn(flags.size));
    flags.set(fieldKey(field), alias);
    return `CASE WHEN ${fits(column)} THEN NULL ELSE 1 END AS ${alias}`;
  };
  const rebate = columnOf("CalculatedRebate");

  const selected: string[] = [
    `TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})) AS ${q("CustomerId")}`,
    `${text(required("CustomerName"))} AS ${q("CustomerName")}`,
    `${text(required("CustomerSegment"))} AS ${q("CustomerSegment")}`,
    `${money(required("InvoicePrice"))} AS ${q("InvoicePrice")}`,
    flag("InvoicePrice", required("InvoicePrice")),
    `${money(required("GrossMargin"))} AS ${q("GrossMargin")}`,
    flag("GrossMargin", required("GrossMargin")),
    `${rebate ? `CASE WHEN ${rebate} IS NULL THEN 0 ELSE ${money(rebate)} END` : "0"} AS ${q("CalculatedRebate")}`,
    rebate
      ? flag("CalculatedRebate", `COALESCE(${rebate}, 0)`)
      : `NULL AS ${q(oversizedColumn(2))}`,
    `CAST(${required("PricingDate")} AS DATE) AS ${q("PricingDay")}`,
    ...(source.rowNumber ? [`${source.rowNumber} AS ${q(ROW_NUMBER)}`] : []),
  ];
  if (!rebate) flags.set(fieldKey("CalculatedRebate"), q(oversizedColumn(2)));
  const dimensions = new Map<string, string>(
    ["CustomerId", "CustomerName", "CustomerSegment"].map((f) => [f, q(f)])
  );
  const numbers = new Map<string, string>(
    ["InvoicePrice", "GrossMargin", "CalculatedRebate"].map((f) => [fieldKey(f), q(f)])
  );
  const extras = usedExtraColumns(doc);
  extras.dimensions.forEach((label, i) => {
    const alias = q(`dimension${i + 1}`);
    selected.push(`${text(extraColumn(source, label, q))} AS ${alias}`);
    dimensions.set(label, alias);
  });
  extras.numbers.forEach((label, i) => {
    const alias = q(`number${i + 1}`);
    const column = extraColumn(source, label, q);
    selected.push(
      `CASE WHEN ${fits(column)} THEN CAST(${column} AS ${dialect.decimal}) END AS ${alias}`,
      `CASE WHEN ${column} IS NULL OR ${fits(column)} THEN NULL ELSE 1 END AS ${q(oversizedColumn(flags.size))}`
    );
    flags.set(fieldKey(label), q(oversizedColumn(flags.size)));
    numbers.set(fieldKey(label), alias);
  });

  // A NaN or an infinity is not a number a workbook can hold: the engine skips such a line. (An
  // optional amount that is one, a rebate, is beyond MONEY_LIMIT: its sums are left blank.)
  const kept = [
    `NULLIF(TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})), '') IS NOT NULL`,
    ...(["InvoicePrice", "GrossMargin", "PricingDate"] as const).map(
      (f) => `${required(f)} IS NOT NULL`
    ),
    ...(["InvoicePrice", "GrossMargin"] as const).map(
      (f) => `${magnitude(required(f))} <= ${FINITE_LIMIT}`
    ),
    ...convert.rowsWithRate,
  ];
  const table = source.table.map(q).join(".");
  const cte =
    `${LINES} AS (\n  SELECT\n    ${selected.join(",\n    ")}\n  FROM ${table} AS src\n` +
    `  WHERE ${kept.join("\n    AND ")}\n)`;
  return {
    cte,
    dimensions,
    numbers,
    numberValue: (field) => {
      const column = numbers.get(fieldKey(field));
      if (!column)
        throw new AgentInputError(`Field "${field}" is not a numeric column of the table.`);
      if (fieldKey(field) === fieldKey("GrossMargin") && doc.deductRebateFromMargin)
        return `(${column} - ${q("CalculatedRebate")})`;
      return column;
    },
    oversized: (field) => {
      const column = flags.get(fieldKey(field));
      if (!column)
        throw new AgentInputError(`Field "${field}" is not a numeric column of the table.`);
      if (fieldKey(field) === fieldKey("GrossMargin") && doc.deductRebateFromMargin)
        return `COALESCE(${column}, ${flags.get(fieldKey("CalculatedRebate"))!})`;
      return column;
    },
    rowNumber: source.rowNumber ? q(ROW_NUMBER) : null,
  };
}

function extraColumn(source: SqlSource, label: string, q: (name: string) => string): string {
  const found =
    source.columns.find((c) => c === label) ??
    source.columns.find((c) => fieldKey(c) === fieldKey(label));
  if (found === undefined) {
    throw new AgentInputError(
      `The agent uses the column "${label}", but table ${source.table.join(".")} has no such column. ` +
        `Columns found: ${source.columns.join(", ")}.`
    );
  }
  return `src.${q(found)}`;
}

type MoneyConverter = ((column: string) => string) & { readonly rowsWithRate: readonly string[] };

/**
 * Money in the agent's currency: a line in another currency is multiplied by its rate and
 * rounded to 6 decimals, as the engine converts it (roundConverted); the agent's own currency
 * and a blank currency are taken as they are.
 */
function moneyConverter(
  doc: AgentDocument,
  currency: string | null,
  dialect: Dialect
): MoneyConverter {
  const exact = (column: string) => `CAST(${column} AS ${dialect.decimal})`;
  const target = doc.currency.target.trim().toUpperCase();
  const rates = Object.entries(doc.currency.rates)
    .map(([code, rate]) => [code.trim().toUpperCase(), rate] as const)
    .filter(([code, rate]) => code !== target && rate !== 1);
  if (currency === null) return Object.assign(exact, { rowsWithRate: [] });
  const code = `UPPER(TRIM(CAST(${currency} AS ${dialect.varchar})))`;
  const convert = (column: string) => {
    if (rates.length === 0) return exact(column);
    const cases = rates.map(
      ([c, rate]) =>
        `WHEN ${dialect.text(c)} THEN ${dialect.roundConverted(`CAST(${column} AS ${dialect.double}) * CAST(${String(rate)} AS ${dialect.double})`)}`
    );
    return `CASE ${code} ${cases.join(" ")} ELSE ${exact(column)} END`;
  };
  const accepted = [target, ...Object.keys(doc.currency.rates).map((c) => c.trim().toUpperCase())];
  const rowsWithRate = [
    `(${currency} IS NULL OR ${code} = '' OR ${code} IN (${accepted.map(dialect.text).join(", ")}))`,
  ];
  return Object.assign(convert, { rowsWithRate });
}
