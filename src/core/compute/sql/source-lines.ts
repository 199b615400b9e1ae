/**
 * The transaction lines as the engine reads them, as the first CTE (`lines`): the document's
 * field mapping applied to the table's columns, text trimmed with blanks as "(blank)", money in
 * the agent's currency as exact decimals, the pricing date as a day. Rows the engine would skip
 * (no customer id, no amount, no date, a currency without a rate) are left out; whether a cell
 * could be parsed at all is the database's business here, as its columns are typed.
 */
import type { AgentDocument } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import type { KnownField } from "../../model/transactions";
import { mapFields } from "../../read/mapping/field-mapping";
import type { Dialect } from "./dialect";
import { LINES, usedExtraColumns } from "./names";

/** A table of transaction lines in the database: its (possibly qualified) name and its columns. */
export interface SqlSource {
  readonly table: readonly string[];
  readonly columns: readonly string[];
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
}

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
  const money = moneyConverter(doc, columnOf("Currency"), dialect);

  const selected: string[] = [
    `TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})) AS ${q("CustomerId")}`,
    `${text(required("CustomerName"))} AS ${q("CustomerName")}`,
    `${text(required("CustomerSegment"))} AS ${q("CustomerSegment")}`,
    `${money(required("InvoicePrice"))} AS ${q("InvoicePrice")}`,
    `${money(required("GrossMargin"))} AS ${q("GrossMargin")}`,
    `${columnOf("CalculatedRebate") ? `COALESCE(${money(columnOf("CalculatedRebate")!)}, 0)` : "0"} AS ${q("CalculatedRebate")}`,
    `CAST(${required("PricingDate")} AS DATE) AS ${q("PricingDay")}`,
  ];
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
    selected.push(`CAST(${extraColumn(source, label, q)} AS ${dialect.decimal}) AS ${alias}`);
    numbers.set(fieldKey(label), alias);
  });

  const kept = [
    `NULLIF(TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})), '') IS NOT NULL`,
    ...(["InvoicePrice", "GrossMargin", "PricingDate"] as const).map(
      (f) => `${required(f)} IS NOT NULL`
    ),
    ...money.rowsWithRate,
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
        `WHEN ${dialect.text(c)} THEN ROUND(CAST(CAST(${column} AS ${dialect.double}) * CAST(${String(rate)} AS ${dialect.double}) AS ${dialect.decimal}), 6)`
    );
    return `CASE ${code} ${cases.join(" ")} ELSE ${exact(column)} END`;
  };
  const accepted = [target, ...Object.keys(doc.currency.rates).map((c) => c.trim().toUpperCase())];
  const rowsWithRate = [
    `(${currency} IS NULL OR ${code} = '' OR ${code} IN (${accepted.map(dialect.text).join(", ")}))`,
  ];
  return Object.assign(convert, { rowsWithRate });
}
