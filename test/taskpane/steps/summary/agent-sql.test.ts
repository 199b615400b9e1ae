import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgentDocument } from "../../../../src/core/model/document";
import { agentSql, DIALECT_CHOICES } from "../../../../src/taskpane/steps/summary/agent-sql";

const TODAY = new Date(Date.UTC(2025, 6, 1));
const HEADERS = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Pricing Date",
  "Currency",
];
const doc = { ...unprofitableAccountAgent(), anchorDate: "2025-06-30" };

describe("the agent as SQL in the task pane", () => {
  test("every dialect the pane offers gives a script naming it, read from the chosen table", () => {
    for (const { name } of DIALECT_CHOICES) {
      const sql = agentSql(doc, name, "finance.sales", HEADERS, TODAY);
      if (sql.kind !== "script") throw new Error(sql.message);
      expect(sql.text).toMatch(new RegExp(`^-- The agent as SQL for ${name}`));
      expect(sql.text).toMatch(/finance.{1,3}\.?.{0,2}sales/);
      expect(sql.fileName).toBe(`Unprofitable-Account-Agent.${name}.sql`);
    }
  });

  test("the script holds one statement per result table, each after a comment naming it", () => {
    const sql = agentSql(doc, "postgres", "sales", HEADERS, TODAY);
    if (sql.kind !== "script") throw new Error(sql.message);
    const comments = sql.text.match(/^-- (\w+): /gm) ?? [];
    expect(comments.map((c) => c.slice(3, -2))).toEqual([
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
    expect(sql.text.match(/^WITH$/gm)).toHaveLength(10);
  });

  test("warehouses are marked as emitted, not run", () => {
    const sql = agentSql(doc, "snowflake", "sales", HEADERS, TODAY);
    expect(sql.kind === "script" && sql.text.split("\n")[0]).toContain("not run by this project");
  });

  test("without a sheet, the columns are the known fields' names", () => {
    const sql = agentSql(doc, "duckdb", "sales", null, TODAY);
    expect(sql.kind === "script" && sql.text).toContain(`src."InvoicePrice"`);
  });

  test("an agent with customer profit contribution is refused with the reason", () => {
    const sampleAgent = JSON.parse(
      readFileSync(join(__dirname, "../../../../assets/sample-agent.json"), "utf8")
    ) as AgentDocument;
    const sql = agentSql(sampleAgent, "duckdb", "sales", HEADERS, TODAY);
    expect(sql).toEqual({
      kind: "refused",
      message: expect.stringContaining("customer profit contribution, which does not run as SQL"),
    });
  });

  test("a blank table name asks for one", () => {
    expect(agentSql(doc, "duckdb", " . ", HEADERS, TODAY)).toEqual({
      kind: "refused",
      message: "Name the table that holds the sales lines.",
    });
  });
});
