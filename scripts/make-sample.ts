/**
 * `npm run sample`: regenerates the bundled sample data in assets/ (committed, so examples in
 * the docs stay stable) from the settings in src/sample/bundled.ts. Dirty rows included so
 * the data-quality report has something to show. Each sample comes with the customer profit
 * contribution's input tables (src/sample/contribution-sample.ts): sheets of the workbook, and
 * `<name>.csv` files beside the CSV sample.
 */
import path from "node:path";
import { readFile, stat, writeFile } from "node:fs/promises";
import type { AgentDocument, RuleNode } from "../src/core/model/document";
import { unprofitableAccountAgent } from "../src/core/model/preset";
import { defaultContribution } from "../src/core/model/contribution-definition";
import { CONTRIBUTION_JOIN_MEASURES } from "../src/core/compute/contribution/join-scope";
import { sampleContributionTables, type SampleTable } from "../src/sample/contribution-sample";
import { SEGMENTS } from "../src/sample/catalog";
import type { SourceSheet } from "../src/core/model/source";
import {
  BUNDLED_CSV,
  BUNDLED_WORKBOOK,
  SAMPLE_ANCHOR_DATE,
  SAMPLE_RATES,
} from "../src/sample/bundled";
import { generateTransactions, type SampleTransactions } from "../src/sample/generate";
import { formulasSheet } from "../src/sample/formulas-sheet";
import { sampleOwnersTable } from "../src/sample/owners";
import { REFERENCE_PRICES_SHEET, sampleReferencePrices } from "../src/sample/reference-prices";
import { EXCHANGE_RATES_SHEET, sampleExchangeRates } from "../src/sample/exchange-rates";
import { MARKET_PANEL_SHEET, sampleMarketPanel } from "../src/sample/market-panel";
import { withQuarterRevenueUplift } from "../src/core/model/join-presets";
import { runAgent } from "../src/core/agent/run-agent";
import { addAgent, shelfWith } from "../src/core/agent/agent-shelf";
import { parseAgentDocument } from "../src/core/agent/validate";
import { writeSampleCsv, writeSampleTablesCsv, writeSampleWorkbook } from "./sample-workbook";

const ASSETS = path.resolve(__dirname, "..", "assets");

async function main(): Promise<void> {
  const workbook = generateTransactions(BUNDLED_WORKBOOK);
  const xlsx = path.join(ASSETS, "sample-transactions.xlsx");
  const workbookTables = contributionTables(workbook, BUNDLED_WORKBOOK.seed);
  // The Formulas sheet shows the add-in's functions on this sample's run (values saved with them).
  const result = await runAgent(
    asSource("Transactions", workbook.headers, workbook.rows),
    sampleAgent(),
    { loadSheet: async (name) => tableSource(workbookTables, name) }
  );
  const formulas = formulasSheet(result, sampleAgent().series[0].label, sampleAgent().join);
  // The owners table, for the sales leads' workbooks (--split-by owner); the run does not read it.
  const owners = sampleOwnersTable(
    workbook.accounts.map((account) => account.id),
    new Set(result.flagged.map((row) => String(row.CustomerId)))
  );
  await writeSampleWorkbook(workbook, xlsx, formulas, [
    ...workbookTables,
    owners,
    sampleReferencePrices(),
    sampleExchangeRates(),
    sampleMarketPanel(),
  ]);

  const csv = generateTransactions(BUNDLED_CSV);
  const csvFile = path.join(ASSETS, "sample-transactions.csv");
  await writeSampleCsv(csv, csvFile);
  const csvTables = await writeSampleTablesCsv(
    [
      ...contributionTables(csv, BUNDLED_CSV.seed),
      sampleReferencePrices(),
      sampleExchangeRates(),
      sampleMarketPanel(),
    ],
    ASSETS
  );
  for (const file of csvTables)
    console.log(`${path.relative(process.cwd(), file)}: beside the CSV sample`);

  // The samples invoice some accounts in EUR, and the examples use the seed's anchor date: this
  // agent document (the built-in agent with both set) runs them as they are.
  const config = path.join(ASSETS, "sample-agent.json");
  const doc = sampleAgent();
  await writeFile(config, JSON.stringify(doc, null, 2) + "\n", "utf8");
  console.log(
    `${path.relative(process.cwd(), config)}: the built-in agent with anchor date ${SAMPLE_ANCHOR_DATE}, EUR rate ${SAMPLE_RATES.EUR}, customer profit contribution and a rule on CP II`
  );

  const priced = path.join(ASSETS, "reference-price-agent.json");
  await writeFile(priced, JSON.stringify(referencePriceAgent(), null, 2) + "\n", "utf8");
  console.log(
    `${path.relative(process.cwd(), priced)}: Quarter Revenue Uplift at the "${REFERENCE_PRICES_SHEET}" sheet's prices`
  );

  for (const [name, doc, what] of [
    [
      "monthly-rates-agent.json",
      monthlyRatesAgent(),
      `EUR lines at the "${EXCHANGE_RATES_SHEET}" sheet's rate of their month`,
    ],
    [
      "market-benchmark-agent.json",
      marketBenchmarkAgent(),
      `the segment benchmark from the "${MARKET_PANEL_SHEET}" sheet, in EUR`,
    ],
  ] as const) {
    const file = path.join(ASSETS, name);
    await writeFile(file, JSON.stringify(doc, null, 2) + "\n", "utf8");
    console.log(`${path.relative(process.cwd(), file)}: ${what}`);
  }

  // Both example agents as a workbook keeps several: the sample's agent first (today's sheet
  // names), the trend agent (assets/trend-agent.json) second, under its own sheet prefix.
  const agentsFile = path.join(ASSETS, "sample-agents.json");
  const trend = parseAgentDocument(
    JSON.parse(await readFile(path.join(ASSETS, "trend-agent.json"), "utf8"))
  );
  const both = { ...addAgent(shelfWith(doc), trend).shelf, selected: "agent-1" };
  await writeFile(agentsFile, JSON.stringify(both, null, 2) + "\n", "utf8");
  console.log(
    `${path.relative(process.cwd(), agentsFile)}: both example agents (--config ${path.relative(process.cwd(), agentsFile)} --agent NAME)`
  );

  for (const [file, sample] of [
    [xlsx, workbook],
    [csvFile, csv],
  ] as const) {
    const { size } = await stat(file);
    console.log(
      `${path.relative(process.cwd(), file)}: ${sample.rows.length} rows, ${sample.accounts.length} accounts, ` +
        `${sample.issues.length} dirty rows, ${(size / 1024).toFixed(0)} KB`
    );
  }
}

/** Activities, Cost Drivers and Customer Costs for the sample's accounts. */
function contributionTables(sample: SampleTransactions, seed: number): SampleTable[] {
  const tables = sampleContributionTables(
    sample.accounts.map((account) => account.id),
    seed,
    sample.accounts.map((account) => SEGMENTS[account.segment].name)
  );
  return [tables.activities, tables.costDrivers, tables.customerCosts];
}

function asSource(
  name: string,
  headers: readonly string[],
  rows: SampleTransactions["rows"]
): SourceSheet {
  return { name, headers, blocks: [{ rows, firstRowNumber: 2 }], rowCount: rows.length };
}

function tableSource(tables: readonly SampleTable[], name: string): SourceSheet {
  const table = tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`The sample has no table "${name}".`);
  return asSource(table.name, table.headers, table.rows);
}

/** Large accounts (upper half by revenue) that lose money once the cost to serve is charged. */
const LOSING_AFTER_COST_TO_SERVE: RuleNode = {
  kind: "expression",
  expression: "AND(CPII < 0, RevenueRank > 0.5)",
  label: "Large account losing money after cost to serve",
};

/**
 * The built-in agent with the samples' anchor date and EUR rate, customer profit contribution on
 * the sample's input tables, and a rule on CP II beside the margin rules.
 */
function sampleAgent(): AgentDocument {
  const preset = unprofitableAccountAgent();
  const rule = preset.detection.rule;
  return {
    ...preset,
    anchorDate: SAMPLE_ANCHOR_DATE,
    currency: { target: "USD", rates: SAMPLE_RATES },
    join: { ...preset.join, measures: [...preset.join.measures, ...CONTRIBUTION_JOIN_MEASURES] },
    detection: {
      ...preset.detection,
      rule:
        rule.kind === "group" && rule.combine === "or"
          ? { ...rule, children: [...rule.children, LOSING_AFTER_COST_TO_SERVE] }
          : { kind: "group", combine: "or", children: [rule, LOSING_AFTER_COST_TO_SERVE] },
    },
    contribution: { ...defaultContribution(), discountRate: SAMPLE_WACC },
  };
}

/**
 * The sample's discount rate as a WACC whose inputs use both of seed 001's entry options: the
 * risk-free rate as real rate + inflation (1% + 2% = 3%) and the cost of debt from the customer
 * relationships' debt costs (25,000 / 400,000 = 6.25%). Cost of equity 3% + 1 x (10% - 3%) =
 * 10%; WACC = 0.6 x 10% + 0.4 x 6.25% x (1 - 20%) = 8%: the rate the sample had when it was
 * entered directly, so its customer values stay as they were.
 */
const SAMPLE_WACC = {
  kind: "wacc",
  equity: 600_000,
  debt: 400_000,
  riskFree: 0.03,
  riskFreeParts: { realRate: 0.01, inflation: 0.02 },
  beta: 1,
  marketReturn: 0.1,
  costOfDebt: 0.0625,
  costOfDebtParts: { relationshipDebtCosts: 25_000 },
  taxRate: 0.2,
} as const;

/**
 * A third example: the built-in agent on the sample with Quarter Revenue Uplift at reference
 * prices (the seed's "or a reference price"): the last 3 months' lines at the Reference Prices
 * sheet's list price per product, less what they brought.
 */
function referencePriceAgent(): AgentDocument {
  const preset = unprofitableAccountAgent();
  const doc = withQuarterRevenueUplift(
    {
      ...preset,
      name: "Unprofitable Account Agent at Reference Prices",
      description:
        "The built-in agent, with Quarter Revenue Uplift at reference prices: the last 3 months' lines of each account at the list price of the Reference Prices sheet (per product, in USD), less the revenue they brought, i.e. what the discounts gave away.",
      anchorDate: SAMPLE_ANCHOR_DATE,
      currency: { target: "USD", rates: SAMPLE_RATES },
    },
    "referencePrice",
    "rolling",
    "Quantity",
    { sheet: REFERENCE_PRICES_SHEET, by: "Product" }
  );
  return doc;
}

/**
 * The sample's agent with exchange rates by month (issue 11): each EUR line at its pricing
 * month's rate from the Exchange Rates sheet; a currency the sheet does not list keeps its fixed
 * rate.
 */
function monthlyRatesAgent(): AgentDocument {
  const doc = sampleAgent();
  return {
    ...doc,
    name: "Unprofitable Account Agent with Monthly Rates",
    description:
      "The sample's agent, with every EUR line converted at its pricing month's rate from the Exchange Rates sheet instead of one fixed rate.",
    currency: { ...doc.currency, ratesSheet: EXCHANGE_RATES_SHEET },
  };
}

/**
 * The built-in agent whose segment benchmark (Series 2) reads the Market Panel sheet, in EUR (seed
 * 000: a series' own "Data Source" and "Currency"): each account's margin against the market's
 * margin for its segment. Its notifications block says whom the command line's `--notify` e-mails.
 */
function marketBenchmarkAgent(): AgentDocument {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    name: "Accounts Below the Market Margin",
    description:
      "The built-in agent with the segment benchmark taken from a market panel (the Market Panel sheet, invoiced in EUR) instead of the company's own customers.",
    anchorDate: SAMPLE_ANCHOR_DATE,
    currency: { target: "USD", rates: SAMPLE_RATES },
    series: preset.series.map((series) =>
      series.id === preset.join.right
        ? {
            ...series,
            label: "Market Margin by Segment (EUR)",
            source: { sheet: MARKET_PANEL_SHEET },
            currency: "EUR",
          }
        : series
    ),
    notifications: {
      smtpHost: "smtp.example.com",
      smtpPort: 587,
      from: "pricing-agent@example.com",
      copyTo: ["pricing-team@example.com"],
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
