import { Parser } from "node-sql-parser";
import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS, dialectNamed, type DialectName } from "../../../../src/core/compute/sql/dialect";
import { UntranslatableFormula } from "../../../../src/core/compute/sql/sql-value";
import type { AgentDocument } from "../../../../src/core/model/document";
import { AgentInputError } from "../../../../src/core/model/errors";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { SALES_HEADERS } from "../../../helpers/sales-data";
import { filteredAgent, lookupsAgent, presetAgent, richAgent } from "./documents";

const source = { table: ["sales"], columns: [...SALES_HEADERS] };
const compile = (doc: AgentDocument, dialect: DialectName = "duckdb") =>
  compileAgentSql(doc, source, DIALECTS[dialect], new Date(Date.UTC(2025, 6, 1)));

function withJoinMeasure(expression: string): AgentDocument {
  const doc = presetAgent();
  return {
    ...doc,
    join: {
      ...doc.join,
      measures: [...doc.join.measures, { name: "Extra", label: "Extra", expression }],
    },
  };
}

describe("quoting names and text by each dialect's rules", () => {
  test.each([
    ["duckdb", 'x"y', '"x""y"', "it's", "'it''s'"],
    ["postgres", 'x"y', '"x""y"', "a\\'b", "'a\\''b'"],
    ["spark", "x`y", "`x``y`", "a\\'b", "'a\\\\\\'b'"],
    ["snowflake", 'x"y', '"x""y"', "a\\'b", "'a\\\\''b'"],
    ["bigquery", "x`y", "`x\\`y`", "a\\'b", "'a\\\\\\'b'"],
    ["sqlserver", "x]y", "[x]]y]", "it's", "N'it''s'"],
  ] as const)("%s", (name, identifier, quotedIdentifier, text, quotedText) => {
    expect(DIALECTS[name].identifier(identifier)).toBe(quotedIdentifier);
    expect(DIALECTS[name].text(text)).toBe(quotedText);
  });

  test("dialects are found by their common names", () => {
    expect(dialectNamed("PostgreSQL")?.name).toBe("postgres");
    expect(dialectNamed("databricks")?.name).toBe("spark");
    expect(dialectNamed("oracle")).toBeNull();
  });
});

describe("formulas SQL cannot compute as the engine does are refused with the reason", () => {
  test.each([
    ["ROUND(CurrentMarginPct, 2)", "ROUND has no exact SQL translation"],
    ['CustomerName < "M"', "the order of text depends on the database's collation"],
    ['IF(CurrentMarginPct > 0, 1, "no")', "its values are of different kinds"],
    ["CurrentMarginPct ^ 0.5", "only a whole positive number is translated as a power"],
    ["CustomerName & CurrentMarginPct", "a number joined to text with &"],
    ["CustomerName = 1", "it compares string with number"],
  ])("%s", (formula, reason) => {
    let error: unknown;
    try {
      compile(withJoinMeasure(formula));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UntranslatableFormula);
    expect((error as UntranslatableFormula).formula).toBe(formula);
    expect((error as Error).message).toContain(reason);
  });

  test("the contribution is refused: it does not run as SQL yet", () => {
    const doc = unprofitableAccountAgent();
    const withContribution = { ...doc, contribution: {} } as unknown as AgentDocument;
    expect(() => compile(withContribution)).toThrow(AgentInputError);
    expect(() => compile(withContribution)).toThrow(/customer profit contribution/);
  });

  test("subtotals of a series with a measure filter read only the kept accounts' lines", () => {
    const doc = filteredAgent();
    const [first, ...rest] = doc.series;
    const outlined: AgentDocument = { ...doc, series: [{ ...first, subtotals: true }, ...rest] };
    const subtotals = compile(outlined).statements.filter((s) => s.kind === "subtotal");
    expect(subtotals.length).toBe(first.groupBy.length - 1);
    // Each subtotal keeps the grain's groups found among the detail rows the filter kept.
    for (const statement of subtotals) expect(statement.sql).toMatch(/EXISTS \(SELECT 1 FROM /);
    const parser = new Parser();
    for (const [dialect, database] of [
      ["spark", "Hive"],
      ["snowflake", "Snowflake"],
      ["bigquery", "BigQuery"],
      ["sqlserver", "TransactSQL"],
    ] as const)
      for (const statement of compile(outlined, dialect).statements.filter(
        (s) => s.kind === "subtotal"
      ))
        expect(() => parser.astify(statement.sql, { database })).not.toThrow();
  });
});

describe("warehouse dialects are emitted and parse in that dialect (not executed here)", () => {
  const parser = new Parser();
  test.each([
    ["spark", "Hive"],
    ["snowflake", "Snowflake"],
    ["bigquery", "BigQuery"],
    ["sqlserver", "TransactSQL"],
  ] as const)("%s", (dialect, database) => {
    for (const doc of [presetAgent(), richAgent()]) {
      const compiled = compile(doc, dialect);
      expect(compiled.statements.map((s) => s.kind)).toEqual([
        "quality",
        "conflicts",
        "overflow",
        "overflow",
        "series",
        "series",
        "join",
        "flagged",
        "impact",
        "actions",
      ]);
      for (const statement of compiled.statements)
        expect(() => parser.astify(statement.sql, { database })).not.toThrow();
    }
  });
});

describe("the lookups (rates by month, reference prices) compile for every dialect", () => {
  const parser = new Parser();
  const withUnits = { table: ["sales"], columns: [...SALES_HEADERS, "Quantity"] };
  test.each([
    ["spark", "Hive"],
    ["snowflake", "Snowflake"],
    ["bigquery", "BigQuery"],
    ["sqlserver", "TransactSQL"],
  ] as const)("%s", (dialect, database) => {
    const compiled = compileAgentSql(
      lookupsAgent(),
      withUnits,
      DIALECTS[dialect],
      new Date(Date.UTC(2025, 6, 1))
    );
    const kinds = compiled.statements.map((s) => s.kind);
    expect(kinds.slice(0, 3)).toEqual(["quality", "conflicts", "missingRates"]);
    // The emitted SQL reads tables named like the sheets, which the data team provides.
    const q = DIALECTS[dialect].identifier;
    expect(compiled.statements[0].sql).toContain(`FROM ${q("Rates")}`);
    expect(compiled.statements[0].sql).toContain(
      `LEFT JOIN ${q("Region Prices")} AS reference_price`
    );
    for (const statement of compiled.statements)
      expect(() => parser.astify(statement.sql, { database })).not.toThrow();
  });
});
