import type { AgentDocument } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { parseAgentDocument } from "../../../src/core/agent/validate";
import { parseActivities } from "../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../src/core/read/contribution/parse-cost-drivers";
import { parseCustomerCosts } from "../../../src/core/read/contribution/parse-customer-costs";
import { type SourceSheet } from "../../../src/core/model/source";
import { AgentInputError } from "../../../src/core/model/errors";
import { computeAgent } from "../../../src/core/compute/compute-agent";
import { runAgent } from "../../../src/core/agent/run-agent";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import {
  activitiesSheet,
  customerCostsSheet,
  definition,
  driversSheet,
  LINES,
} from "../../helpers/contribution-fixture";
import { cleanQuality, tableOf } from "../../helpers/table";

/** The preset plus the contribution of the hand-worked fixture, and a rule on CP II. */
function agentWithContribution(): AgentDocument {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    anchorDate: "2025-06-30",
    contribution: definition,
    join: {
      ...preset.join,
      measures: [
        ...preset.join.measures,
        { name: "CPII", label: "CP II", expression: "Contribution.CPII", format: "money" },
        {
          name: "CustomerValue",
          label: "Customer Value",
          expression: "Contribution.CustomerValue",
          format: "money",
        },
      ],
    },
    detection: {
      series: preset.detection.series,
      rule: {
        kind: "compare",
        measure: "CPII",
        operator: "<",
        value: 0,
        label: "Loses money after cost to serve",
      },
    },
  };
}

const inputs = () => ({
  activities: parseActivities(activitiesSheet(false), {}),
  drivers: parseCostDrivers(driversSheet(), {}),
  customerCosts: parseCustomerCosts(customerCostsSheet(), {}),
});

describe("customer profit contribution inside the agent", () => {
  const doc = parseAgentDocument(agentWithContribution());
  const result = computeAgent(tableOf(LINES), cleanQuality(LINES.length), doc, {
    contribution: inputs(),
  });

  it("puts CP II into the join, matched by CustomerId (fixture: C1 280, C2 200, C3 -340)", () => {
    const cpii = Object.fromEntries(result.join.map((r) => [r.CustomerId, r.CPII]));
    expect(cpii).toEqual({ C1: 280, C2: 200, C3: -340 });
  });

  it("flags the account that loses money after cost to serve, by a rule on CP II", () => {
    expect(result.flagged.map((r) => [r.CustomerId, r.RulesMet])).toEqual([
      ["C3", "Loses money after cost to serve"],
    ]);
  });

  it("reports the contribution per account and writes its sheets after the join", () => {
    expect(result.contribution?.rows.map((r) => r.CustomerId).sort()).toEqual(["C1", "C2", "C3"]);
    expect(result.contribution?.totals.CPII).toBe(140);
    const names = buildResultSheets(result, doc).map((s) => s.name);
    expect(names.indexOf("Customer Profit Contribution")).toBe(names.indexOf("Join Series") + 1);
    expect(names).toEqual(
      expect.arrayContaining(["Activity Rates", "Whale Curve", "Contribution Data Quality"])
    );
  });

  it("names the missing input when the host did not read the Activities table", () => {
    expect(() => computeAgent(tableOf(LINES), cleanQuality(LINES.length), doc)).toThrow(
      /Activities table was not read/
    );
  });
});

describe("runAgent reads the contribution's sheets through the host's loader", () => {
  const source = (
    name: string,
    headers: string[],
    rows: (string | number | null)[][]
  ): SourceSheet => ({
    name,
    headers,
    blocks: [{ rows, firstRowNumber: 2 }],
  });
  const transactions = source(
    "Transactions",
    [
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Invoice Price",
      "Gross Margin",
      "Calculated Rebate",
      "Pricing Date",
    ],
    LINES.map((l) => [
      l.CustomerId,
      l.CustomerName ?? "",
      l.CustomerSegment,
      l.InvoicePrice,
      l.GrossMargin,
      l.CalculatedRebate ?? 0,
      typeof l.PricingDate === "string" ? l.PricingDate.slice(0, 10) : l.PricingDate,
    ])
  );

  it("computes the same CP II as from parsed tables", async () => {
    const sheets: Record<string, () => SourceSheet> = {
      Activities: () => ({ ...activitiesSheet(false) }),
      "Cost Drivers": () => ({ ...driversSheet() }),
      "Customer Costs": () => ({ ...customerCostsSheet() }),
    };
    const result = await runAgent(transactions, agentWithContribution(), {
      loadSheet: async (name) => sheets[name](),
    });
    const cpii = Object.fromEntries(result.join.map((r) => [r.CustomerId, r.CPII]));
    expect(cpii).toEqual({ C1: 280, C2: 200, C3: -340 });
  });

  it("fails with the host's message when a sheet is missing, before anything is written", async () => {
    const loadSheet = async (name: string): Promise<SourceSheet> => {
      throw new AgentInputError(`Sheet "${name}" not found. Sheets: Transactions.`);
    };
    await expect(runAgent(transactions, agentWithContribution(), { loadSheet })).rejects.toThrow(
      'Sheet "Activities" not found'
    );
  });
});
