/**
 * The contribution's result sheets, described as data (sheets/sheet.ts): Customer Profit
 * Contribution (the waterfall from sales to customer value per account), Contribution Waterfall
 * (its chart, waterfall.ts), Activity Rates (rates and unused capacity per process), Whale Curve
 * (the curve's points and its line chart), and Contribution Data
 * Quality (problems in the input tables, and what found no account). The activities result sheet
 * is not called "Activities", which is the default name of the input sheet it would overwrite.
 */
import { exactSum } from "../../model/exact-sums";
import { plural } from "../../model/plural";
import { textColumn } from "../columns";
import type {
  HighlightRule,
  SheetBlock,
  SheetColumn,
  SheetDescription,
  SheetRow,
} from "../../model/sheet";
import {
  CONTRIBUTION_ISSUE_LABEL,
  CONTRIBUTION_TABLE_LABEL,
  KEPT_ISSUES,
  type ContributionIssue,
} from "../../model/contribution-quality";
import type { ContributionPeriod, CustomerValueParameters } from "../../model/contribution-result";
import { chargeKey, type ContributionReport } from "../../model/contribution-report";
import { contributionWaterfallSheet } from "./waterfall";

export const CONTRIBUTION_SHEET = "Customer Profit Contribution";
export const ACTIVITY_RATES_SHEET = "Activity Rates";
export const WHALE_CURVE_SHEET = "Whale Curve";
export const CONTRIBUTION_QUALITY_SHEET = "Contribution Data Quality";

/** Beyond this many activities the sheet shows only the total cost to serve. */
export const MAX_ACTIVITY_COLUMNS = 12;
const ROWS_SHOWN = 25;

const money = (key: string, header: string, description?: string): SheetColumn =>
  description === undefined
    ? { key, header, format: "money" }
    : { key, header, format: "money", description };

/** Which of the seed's optional parts the result uses, so the sheets show only those columns. */
function optionsUsed(result: ContributionReport) {
  const acts = result.activities;
  const anyTotal = (...keys: (keyof ContributionReport["totals"])[]) =>
    keys.some((k) => (result.totals[k] ?? 0) !== 0);
  return {
    levels: acts.some((a) => a.level !== "customer"),
    twoStage: acts.some((a) => a.stage !== "single"),
    neutral: acts.some((a) => a.neutralCosts > 0),
    productivity: acts.some((a) => a.productivity !== null),
    cashFlowLines: anyTotal("NonCashMaterialCosts", "NonCashPersonnelCosts", "Depreciation"),
    receivables: result.rows.some(
      (r) => typeof r.DaysSalesOutstanding === "number" && r.DaysSalesOutstanding !== 0
    ),
  };
}

/** Activities that charge accounts themselves: not those rolled into a main process, nor segment or company costs. */
const chargesAccounts = (a: ContributionReport["activities"][number]) =>
  a.stage !== "activity" && a.level !== "segment" && a.level !== "company";

const ratioText = (a: ContributionReport["activities"][number]) =>
  a.allocationRatioPct === null
    ? ""
    : ` Allocation ratio aqi / aqn = ${Number(a.allocationRatioPct.toFixed(2))}%: ${Number(((100 / (100 + a.allocationRatioPct)) * 100).toFixed(2))}% of it is quantity-neutral costs.`;

export function contributionSheet(result: ContributionReport, currency: string): SheetDescription {
  const used = optionsUsed(result);
  const charging = result.activities
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => chargesAccounts(a));
  const showCharges = charging.length <= MAX_ACTIVITY_COLUMNS;
  const anyCausal = result.activities.some(
    (a) => a.unusedCapacityCausal && a.unusedCapacityCost > 0
  );
  const chargeColumns: SheetColumn[] = showCharges
    ? charging.map(({ a, i }) =>
        money(
          chargeKey(i),
          a.process,
          `Process costs of "${a.process}" charged: rate ${a.rate} per ${a.costDriver} x the account's use.${ratioText(a)}`
        )
      )
    : [];
  const levelColumns: SheetColumn[] = used.levels
    ? [
        money(
          "ProductProcessingCosts",
          "Product Processing Costs",
          "Charges of product-level activities."
        ),
        money(
          "OrderProcessingCosts",
          "Order Processing Costs",
          "Charges of order-level activities."
        ),
        money(
          "CustomerProcessingCosts",
          "Customer Processing Costs",
          "Charges of customer-level activities (and of activities without a level)."
        ),
      ]
    : [];
  const cashFlowLines: SheetColumn[] = used.cashFlowLines
    ? [
        money(
          "NonCashMaterialCosts",
          "Non-Cash Material Costs",
          "Material costs not paid in the period (from stock)."
        ),
        money(
          "NonCashPersonnelCosts",
          "Non-Cash Personnel Costs",
          "Personnel costs not paid in the period (provisions)."
        ),
        money("Depreciation", "Depreciation"),
        money("OtherPaymentIneffectiveCosts", "Other Payment-Ineffective Costs"),
      ]
    : [];
  const valuationColumns: SheetColumn[] = result.valuationPerAccount
    ? [
        {
          key: "HorizonYears",
          header: "Horizon (Years)",
          format: "integer",
          description: "The account's expected relationship duration, else the global horizon.",
        },
        {
          key: "GrowthRate",
          header: "Growth",
          format: "percent",
          description: "The account's growth, else the global growth.",
        },
        {
          key: "DaysSalesOutstanding",
          header: "DSO (Days)",
          format: "number",
          description: "Days sales outstanding; negative = days of prepayment.",
        },
      ]
    : [];
  const columns: SheetColumn[] = [
    textColumn("CustomerId", "Customer Id"),
    textColumn("CustomerName", "Customer Name", 28),
    textColumn("CustomerSegment", "Customer Segment"),
    money("Sales", "Sales", "Sum of InvoicePrice."),
    money(
      "SalesDeductions",
      "Sales Deductions",
      "Rebates (CalculatedRebate) and mapped discounts."
    ),
    money("NetRevenue", "Net Revenue", "Sales - sales deductions."),
    money("CostOfGoods", "Cost of Goods", "Sum of InvoicePrice - GrossMargin."),
    money("DirectOrderCosts", "Direct Order Costs", "From the Customer Costs table."),
    money("DirectCustomerCosts", "Direct Customer Costs"),
    money(
      "CPI",
      "CP I",
      "Customer profit contribution I = net revenue - cost of goods - direct order costs - direct customer costs."
    ),
    ...chargeColumns,
    ...levelColumns,
    money("CostToServe", "Cost to Serve", "Process costs charged by activity-based costing."),
    ...(anyCausal
      ? [money("UnusedCapacityCharged", "Unused Capacity Charged", "Part of the cost to serve.")]
      : []),
    ...(used.neutral
      ? [
          money(
            "NeutralCostsCharged",
            "Quantity-Neutral Costs Charged",
            "Part of the cost to serve: the activity-quantity-neutral costs carried with the charges (allocation ratio)."
          ),
        ]
      : []),
    money("CPII", "CP II", "Customer profit contribution II = CP I - cost to serve."),
    {
      key: "CPIIMarginPct",
      header: "CP II Margin %",
      format: "percent",
      description: "CP II / net revenue.",
    },
    ...cashFlowLines,
    money(
      "PaymentIneffectiveCosts",
      used.cashFlowLines ? "Payment-Ineffective Costs (Total)" : "Payment-Ineffective Costs"
    ),
    ...(used.receivables
      ? [
          money(
            "ReceivablesChange",
            "Change in Receivables",
            "Credit sales (DSO > 0) hold back, prepayments (DSO < 0) bring forward: -net revenue x DSO / 365 x growth / (1 + growth)."
          ),
        ]
      : []),
    money("InvestmentPayments", "Investment Payments"),
    money(
      "CashFlow",
      "Cash Flow",
      "CP II + payment-ineffective costs + change in receivables - investment payments."
    ),
    ...valuationColumns,
    money(
      "CustomerValue",
      "Customer Value",
      "Net present value of the cash flow over the horizon."
    ),
  ];
  const rows = result.rows;
  const totals: Record<string, SheetRow[string]> = { CustomerId: "Total" };
  for (const c of columns)
    if (c.format === "money")
      totals[c.key] = result.totals[c.key as keyof typeof result.totals] ?? null;
  result.chargeTotals.forEach((total, i) => {
    if (showCharges && chargesAccounts(result.activities[i])) totals[chargeKey(i)] = total;
  });
  totals.CPIIMarginPct = result.totals.CPIIMarginPct;
  const negative = (column: string): HighlightRule => ({ kind: "negative", column, style: "bad" });
  const losing = rows.filter((r) => typeof r.CPII === "number" && r.CPII < 0).length;
  return {
    name: CONTRIBUTION_SHEET,
    title: `Customer profit contribution per year: ${losing} of ${result.accountCount} accounts have a negative CP II`,
    notes: [
      `From sales to customer value per account: CP I after direct costs, CP II after the activities' process costs. Amounts in ${currency}.`,
      periodNote(result.period),
      customerValueNote(result.customerValue, result.valuationPerAccount),
      ...(showCharges
        ? []
        : [
            `${charging.length} activities: see sheet "${ACTIVITY_RATES_SHEET}" for each one's charges.`,
          ]),
    ],
    table: {
      name: "CustomerProfitContribution",
      columns,
      rows,
      totals,
      highlights: ["CPI", "CPII", "CPIIMarginPct", "CashFlow", "CustomerValue"].map(negative),
    },
    blocks: result.belowCPII ? [belowCPIIBlock(result.belowCPII)] : [],
  };
}

/** Seed 001, Diagram 2: segment- and company-level costs below CP II, segment by segment. */
function belowCPIIBlock(b: NonNullable<ContributionReport["belowCPII"]>): SheetBlock {
  const rows: SheetRow[] = [
    ...b.segments.map((s) => ({
      Level: "Market segment",
      Name: `${s.segment} (${plural(s.accounts, "account")})`,
      CPII: s.cpii,
      Costs: s.costs,
      Contribution: s.contribution,
    })),
    {
      Level: "All segments",
      Name: "Total CP II less segment-level costs",
      CPII: exactSum(b.segments.map((s) => s.cpii)),
      Costs: b.totalSegmentCosts,
      Contribution: exactSum(b.segments.map((s) => s.contribution)),
    },
    ...b.companyCosts.map((c) => ({
      Level: "Company",
      Name: c.process,
      CPII: null,
      Costs: c.costs,
      Contribution: null,
    })),
    {
      Level: "Company",
      Name: "Result after segment- and company-level costs",
      CPII: null,
      Costs: b.totalCompanyCosts,
      Contribution: b.result,
    },
  ];
  return {
    title:
      "Below CP II: costs of the market segment and company levels, not charged to customers (seed 001, Diagram 2)",
    columns: [
      textColumn("Level", "Level"),
      textColumn("Name", "Segment or Cost", 44),
      money("CPII", "CP II"),
      money("Costs", "Level Costs"),
      money("Contribution", "After Level Costs"),
    ],
    rows,
  };
}

/** Which period the figures are per, and how they got there (compute/contribution/period.ts). */
export function periodNote(p: ContributionPeriod): string {
  const window =
    p.windowMonths === null
      ? "the transactions (no date window) taken as one year"
      : p.windowMonths === p.months
        ? "the 12-month window as analysed"
        : `the ${p.windowMonths}-month window x 12 / ${p.windowMonths}`;
  const tables =
    p.costTablesMonths === p.months
      ? "the cost tables as entered (12 months)"
      : `the cost tables (${p.costTablesMonths} months) x 12 / ${p.costTablesMonths}`;
  return `Amounts per year, the customer value's discounting period: ${window}; ${tables}.`;
}

/** ", risk-free 3% = real 1% + inflation 2%" when the risk-free rate was entered as its parts. */
function riskFreeText(p: CustomerValueParameters): string {
  const pct = (x: number) => `${Number((x * 100).toFixed(4))}%`;
  const parts = p.riskFreeParts;
  if (!parts || p.riskFree === null) return "";
  return `, risk-free ${pct(p.riskFree)} = real ${pct(parts.realRate)} + inflation ${pct(parts.inflation)}`;
}

/** ", cost of debt 5% = relationships' debt costs 20 / debt 400" when entered so (seed 001, 3.1). */
function debtText(p: CustomerValueParameters): string {
  const parts = p.costOfDebtParts;
  if (!parts || p.costOfDebt === null) return "";
  return `, cost of debt ${Number((p.costOfDebt * 100).toFixed(4))}% = relationships' debt costs ${parts.relationshipDebtCosts} / debt`;
}

export function customerValueNote(p: CustomerValueParameters, perAccount = false): string {
  const pct = (x: number) => `${Number((x * 100).toFixed(4))}%`;
  const rate =
    p.source === "wacc"
      ? `WACC ${pct(p.rate)} (cost of equity by CAPM ${pct(p.costOfEquity ?? 0)}${riskFreeText(p)}${debtText(p)}, equity share ${pct(p.equityShare ?? 0)})`
      : `${pct(p.rate)}`;
  const investments =
    p.investmentTiming === "everyPeriod"
      ? "investment payments in every period"
      : "investment payments once, now";
  return (
    `Customer value: cash flow over t = 0..${p.horizonYears} years, growing ${pct(p.growthRate)} a year, discounted at ${rate}; ` +
    `${investments}. ` +
    (perAccount
      ? `Accounts with their own duration or growth (Customer Costs table) use theirs, shown in their row; the others: customer value = cash flow x ${Number(p.factor.toFixed(6))}.`
      : `Customer value = cash flow x ${Number(p.factor.toFixed(6))}.`)
  );
}

const LEVEL_TEXT: Record<ContributionReport["activities"][number]["level"], string> = {
  product: "Product",
  order: "Order",
  customer: "Customer",
  segment: "Market segment",
  company: "Company",
};

/** The Activity Rates columns of the seed's optional parts, where the table uses them. */
function optionalRateColumns(used: ReturnType<typeof optionsUsed>): SheetColumn[] {
  return [
    ...(used.levels ? [textColumn("Level", "Level"), textColumn("Segment", "Segment")] : []),
    ...(used.twoStage
      ? [
          textColumn("MainProcess", "Rolled Into (Main Process)", 24),
          money(
            "RolledUpCosts",
            "Costs Rolled Up",
            "Costs of the activities rolled into this main process, charged at its rate."
          ),
        ]
      : []),
    ...(used.neutral
      ? [
          money("NeutralCosts", "Quantity-Neutral Costs (aqn)"),
          {
            key: "AllocationRatioPct",
            header: "Allocation Ratio % (aqi / aqn x 100)",
            format: "number" as const,
            description: "Seed 001: process costs aqi / process costs aqn x 100.",
          },
        ]
      : []),
    ...(used.productivity
      ? [
          {
            key: "Productivity",
            header: "Productivity",
            format: "number" as const,
            description: "Output per unit of cost: process cost rate = 1 / productivity.",
          },
        ]
      : []),
  ];
}

export function activityRatesSheet(result: ContributionReport, currency: string): SheetDescription {
  const used = optionsUsed(result);
  const rows: SheetRow[] = result.activities.map((a) => ({
    ...(used.levels ? { Level: LEVEL_TEXT[a.level], Segment: a.segment } : {}),
    ...(used.twoStage
      ? {
          MainProcess:
            a.stage === "activity" ? a.mainProcess : a.stage === "main" ? "(main process)" : null,
          RolledUpCosts: a.stage === "main" ? a.rolledUpCosts : null,
        }
      : {}),
    ...(used.neutral
      ? { NeutralCosts: a.neutralCosts, AllocationRatioPct: a.allocationRatioPct }
      : {}),
    ...(used.productivity ? { Productivity: a.productivity } : {}),
    Process: a.process,
    CostDriver: a.costDriver,
    ProcessCosts: a.processCosts,
    ActualQuantity: a.actualQuantity,
    MaxQuantity: a.maxQuantity,
    RateBasis: a.rateBasis === "maximum" ? "Maximum quantity" : "Actual quantity",
    Rate: a.rate,
    CustomerQuantity: a.customerQuantity,
    ChargedForUse: a.chargedForUse,
    UnusedCapacityCost: a.unusedCapacityCost,
    Causal: a.unusedCapacityCausal ? "Yes" : "No",
    UnusedCharged: a.unusedCharged,
    NotCharged: a.notCharged,
    // Segment and company costs have no driver and no rate: they are reported below CP II.
    ...(a.level === "segment" || a.level === "company"
      ? { ActualQuantity: null, RateBasis: "Below CP II (no driver)", Rate: null, Causal: null }
      : {}),
  }));
  const total = (key: string) =>
    exactSum(rows.map((r) => r[key]).filter((v): v is number => typeof v === "number"));
  const totals: Record<string, SheetRow[string]> = { Process: "Total" };
  for (const key of [
    "ProcessCosts",
    ...(used.neutral ? ["NeutralCosts"] : []),
    "ChargedForUse",
    "UnusedCapacityCost",
    "UnusedCharged",
    "NotCharged",
  ])
    totals[key] = total(key);
  const months = result.period.costTablesMonths;
  return {
    name: ACTIVITY_RATES_SHEET,
    title: `Activity-based costing: ${result.activities.length} processes, process cost rates and unused capacity`,
    notes: [
      "Process cost rate = process costs / process quantity: over the maximum quantity where one is given, else over the actual quantity.",
      "Unused capacity = rate x (maximum - actual quantity); charged to accounts, by their use, only where marked causal.",
      `Not charged = unused capacity not charged + process quantity no account used. Amounts in ${currency}.`,
      ...(used.twoStage
        ? [
            "Two-stage allocation: an activity rolled into a main process shows its own rate and charges no account; its main process charges both costs at its driver's rate.",
          ]
        : []),
      ...(used.levels
        ? [
            `Segment- and company-level costs charge no account: sheet "${CONTRIBUTION_SHEET}" reports them below CP II.`,
          ]
        : []),
      `Costs and quantities per ${months} months, as the Activities table states them` +
        (months === result.period.months
          ? "."
          : `; sheet "${CONTRIBUTION_SHEET}" charges them per year (x 12 / ${months}).`),
    ],
    table: {
      name: "ActivityRates",
      columns: [
        textColumn("Process", "Process", 28),
        textColumn("CostDriver", "Cost Driver"),
        ...optionalRateColumns(used),
        money("ProcessCosts", "Process Costs"),
        { key: "ActualQuantity", header: "Actual Quantity", format: "number" },
        { key: "MaxQuantity", header: "Maximum Quantity", format: "number" },
        textColumn("RateBasis", "Rate Over"),
        money("Rate", "Process Cost Rate"),
        { key: "CustomerQuantity", header: "Used by Accounts", format: "number" },
        money("ChargedForUse", "Charged for Use"),
        money("UnusedCapacityCost", "Unused Capacity"),
        textColumn("Causal", "Unused Capacity Causal"),
        money("UnusedCharged", "Unused Capacity Charged"),
        money("NotCharged", "Not Charged"),
      ],
      rows,
      totals,
      highlights: [
        { kind: "greaterThan", column: "UnusedCapacityCost", value: 0, style: "warning" },
      ],
    },
  };
}

/** The whale curve's points (the chart's data), most profitable account first. */
export function whaleCurveSheet(result: ContributionReport): SheetDescription {
  const w = result.whale;
  const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
  const headline =
    w.peakShare === null
      ? "Total CP II is not above 0, so no shares are shown."
      : `The ${w.peakAccounts} most profitable of ${w.points.length} accounts (${pct(w.peakAccounts / Math.max(1, w.points.length))}) earn ${pct(w.peakShare)} of total CP II; the rest give ${pct(w.peakShare - 1)} of it away.`;
  return {
    name: WHALE_CURVE_SHEET,
    title: "Whale curve: cumulative CP II by account, most profitable first",
    notes: [headline],
    // Shares are blank when total CP II is not above 0: nothing to draw then.
    charts:
      w.peakShare === null || w.points.length === 0
        ? []
        : [
            {
              kind: "line",
              title: "Whale curve: cumulative share of CP II against share of accounts",
              x: "AccountShare",
              y: "CumulativeShare",
              xBounds: { min: 0, max: 1 },
            },
          ],
    table: {
      name: "WhaleCurve",
      columns: [
        { key: "Rank", header: "Rank", format: "integer" },
        textColumn("CustomerId", "Customer Id"),
        textColumn("CustomerName", "Customer Name", 28),
        money("CPII", "CP II"),
        money("CumulativeCPII", "Cumulative CP II"),
        { key: "CumulativeShare", header: "Cumulative Share of CP II", format: "percent" },
        { key: "AccountShare", header: "Share of Accounts", format: "percent" },
      ],
      rows: w.points.map((p) => ({
        Rank: p.rank,
        CustomerId: p.customerId,
        CustomerName: p.customerName,
        CPII: p.cpii,
        CumulativeCPII: p.cumulativeCPII,
        CumulativeShare: p.cumulativeShare,
        AccountShare: p.accountShare,
      })),
      highlights: [{ kind: "negative", column: "CPII", style: "bad" }],
    },
  };
}

const REASON_OF_UNMATCHED: Record<ContributionReport["unmatched"][number]["reason"], string> = {
  unknownCustomer: CONTRIBUTION_ISSUE_LABEL.unknownCustomer,
  customerWithoutLines: CONTRIBUTION_ISSUE_LABEL.customerWithoutLines,
  unknownDriver: CONTRIBUTION_ISSUE_LABEL.unknownDriver,
  derivedDriverInTable: CONTRIBUTION_ISSUE_LABEL.derivedDriverInTable,
};

/** Problems in the input tables by reason, and every driver quantity or cost that found no account. */
export function contributionQualitySheet(result: ContributionReport): SheetDescription {
  const rows: SheetRow[] = result.quality.flatMap((report) =>
    (
      Object.entries(report.issues) as [
        ContributionIssue,
        NonNullable<(typeof report.issues)[ContributionIssue]>,
      ][]
    )
      .filter(([, detail]) => detail.count > 0)
      .map(([issue, detail]) => {
        const example = detail.examples[0];
        return {
          Table: `${CONTRIBUTION_TABLE_LABEL[report.table]} ('${report.sheet}')`,
          Effect: issue === "blankRow" ? "Ignored" : KEPT_ISSUES.has(issue) ? "Kept" : "Not used",
          Reason: CONTRIBUTION_ISSUE_LABEL[issue],
          Rows: detail.count,
          RowNumbers: rowList(detail.rows, detail.count),
          Example: example
            ? `Row ${example.row}, ${example.column}: "${example.value}" (expected ${example.expected})`
            : "",
        };
      })
  );
  const usable = result.quality.map(
    (r) =>
      `${CONTRIBUTION_TABLE_LABEL[r.table]} '${r.sheet}': ${r.rowsUsable} of ${r.rowsRead} rows used.`
  );
  return {
    name: CONTRIBUTION_QUALITY_SHEET,
    title: "Data quality of the contribution inputs",
    notes: [...usable, ...(result.warnings.length > 0 ? result.warnings : ["No warnings."])],
    table: {
      name: "ContributionDataQuality",
      columns: [
        textColumn("Table", "Table", 30),
        textColumn("Effect", "Row"),
        textColumn("Reason", "Reason", 44),
        { key: "Rows", header: "Rows", format: "integer" },
        textColumn("RowNumbers", "Sheet rows", 36),
        textColumn("Example", "Example", 60),
      ],
      rows,
    },
    blocks:
      result.unmatched.length === 0
        ? []
        : [
            {
              title:
                "Not charged to any account: driver quantities and customer costs that found no account or activity",
              columns: [
                textColumn("Table", "Table"),
                textColumn("Reason", "Reason", 44),
                textColumn("CustomerId", "Customer Id"),
                textColumn("CostDriver", "Cost Driver"),
                { key: "Quantity", header: "Quantity", format: "number" },
                money("Amount", "Amount Left Out"),
                textColumn("RowNumbers", "Sheet rows", 36),
              ],
              rows: result.unmatched.map((u) => ({
                Table: CONTRIBUTION_TABLE_LABEL[u.table],
                Reason: REASON_OF_UNMATCHED[u.reason],
                CustomerId: u.customerId,
                CostDriver: u.costDriver,
                Quantity: u.quantity,
                Amount: u.amount,
                RowNumbers: rowList(u.rows, u.rows.length),
              })),
            },
          ],
  };
}

function rowList(rows: readonly number[], count: number): string {
  const shown = rows.slice(0, ROWS_SHOWN).join(", ");
  return count > ROWS_SHOWN ? `${shown}, ... (${count - ROWS_SHOWN} more)` : shown;
}

/** Every contribution sheet, in reading order. */
export function contributionSheets(
  result: ContributionReport,
  currency: string
): SheetDescription[] {
  return [
    contributionSheet(result, currency),
    contributionWaterfallSheet(result, currency),
    activityRatesSheet(result, currency),
    whaleCurveSheet(result),
    contributionQualitySheet(result),
  ];
}
