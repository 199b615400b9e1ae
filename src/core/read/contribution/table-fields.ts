/**
 * The fields of the three contribution input tables and the header labels finance sheets use for
 * them. Strong synonyms name the field unambiguously; weak ones usually do but score lower, as in
 * the transaction sheet's mapping (mapping/synonyms.ts).
 */
import type { ContributionTable } from "../../model/contribution-quality";
import type { HeaderField } from "../mapping/match-headers";
import { FIELD_SYNONYMS } from "../mapping/synonyms";

export type TableFieldKind = "text" | "money" | "quantity" | "flag";

export interface TableField extends HeaderField {
  readonly kind: TableFieldKind;
}

export interface TableSpec {
  readonly table: ContributionTable;
  /** What the table is, for messages: "Activities table". */
  readonly title: string;
  /** Its rows, for messages: "no {rows} below its header", "none of the rows is {usable}". */
  readonly rows: string;
  readonly usable: string;
  readonly fields: readonly TableField[];
  /** Optional fields of which at least one must be mapped (Customer Costs). */
  readonly atLeastOneOf?: readonly string[];
}

const CUSTOMER_ID: TableField = {
  name: "CustomerId",
  kind: "text",
  required: true,
  strong: FIELD_SYNONYMS.CustomerId.strong,
  weak: [...FIELD_SYNONYMS.CustomerId.weak, "Customer"],
};

const COST_DRIVER: TableField = {
  name: "CostDriver",
  kind: "text",
  required: true,
  strong: [
    "Cost Driver",
    "Driver",
    "Activity Driver",
    "Process Driver",
    "Cost Factor",
    "Process Factor",
    "Allocation Base",
    "Kostentreiber",
    "Bezugsgröße",
  ],
  weak: ["Factor", "Unit"],
};

export const ACTIVITIES_SPEC: TableSpec = {
  table: "activities",
  title: "Activities table",
  rows: "activities",
  usable: "a usable activity",
  fields: [
    {
      name: "Process",
      kind: "text",
      required: true,
      strong: [
        "Process Name",
        "Activity",
        "Activity Name",
        "Main Process",
        "Cost Pool",
        "Prozess",
        "Hauptprozess",
      ],
      weak: ["Name", "Description"],
    },
    COST_DRIVER,
    {
      name: "ProcessCosts",
      kind: "money",
      // Or entered as productivity (rate = 1 / productivity): at least one of the two.
      required: false,
      strong: [
        "Process Cost",
        "Activity Costs",
        "Activity Cost",
        "Cost Pool Amount",
        "Prozesskosten",
      ],
      weak: ["Costs", "Cost", "Amount", "Total Costs"],
    },
    {
      name: "ProcessQuantity",
      kind: "quantity",
      // Required of product, order and customer-level rows only (parse-activities.ts).
      required: true,
      strong: [
        "Actual Quantity",
        "Process Quantity Actual",
        "Actual Process Quantity",
        "Quantity Performed",
        "Activity Volume",
        "Actual Volume",
        "Driver Volume",
        "Prozessmenge",
      ],
      weak: ["Quantity", "Volume", "Qty", "Actual"],
    },
    {
      name: "MaxQuantity",
      kind: "quantity",
      required: false,
      strong: [
        "Maximum Quantity",
        "Max Process Quantity",
        "Maximum Process Quantity",
        "Maximum Possible Quantity",
        "Maximum Possible Process Quantity",
        "Capacity",
        "Maximum Capacity",
        "Max Capacity",
        "Practical Capacity",
        "Capacity Quantity",
      ],
      weak: ["Max", "Maximum"],
    },
    {
      name: "UnusedCapacityCausal",
      kind: "flag",
      required: false,
      strong: [
        "Unused Capacity Causal",
        "Charge Unused Capacity",
        "Unused Capacity Charged",
        "Causal Unused Capacity",
        "Causal",
        "Charge Unused",
      ],
      weak: [],
    },
    {
      // Seed 001, 1.2.1: product, order, customer, segment or company.
      name: "Level",
      kind: "text",
      required: false,
      strong: [
        "Cost Level",
        "Hierarchy Level",
        "Level",
        "Reference Object",
        "Ebene",
        "Bezugsobjekt",
      ],
      weak: [],
    },
    {
      name: "Segment",
      kind: "text",
      required: false,
      strong: ["Market Segment", "Segment", "Customer Segment", "Marktsegment"],
      weak: [],
    },
    {
      // Seed 001, 1.2: activities rolled up into main processes (two-stage allocation).
      name: "MainProcess",
      kind: "text",
      required: false,
      strong: ["Main Process", "Parent Process", "Rolled Into", "Hauptprozess"],
      weak: [],
    },
    {
      // Seed 001, 1.2: activity-quantity-neutral (aqn) costs, part of the process costs.
      name: "NeutralCosts",
      kind: "money",
      required: false,
      strong: [
        "Quantity Neutral Costs",
        "Activity Quantity Neutral Costs",
        "Neutral Costs",
        "Aqn Costs",
        "Lmn Kosten",
      ],
      weak: [],
    },
    {
      // Seed 001: process cost rate = input / output = 1 / productivity.
      name: "Productivity",
      kind: "quantity",
      required: false,
      strong: ["Productivity", "Output per Cost", "Produktivität"],
      weak: [],
    },
  ],
  atLeastOneOf: ["ProcessCosts", "Productivity"],
};

export const COST_DRIVERS_SPEC: TableSpec = {
  table: "costDrivers",
  title: "Cost Drivers table",
  rows: "driver quantities",
  usable: "a usable driver quantity",
  fields: [
    CUSTOMER_ID,
    COST_DRIVER,
    {
      name: "DriverQuantity",
      kind: "quantity",
      required: true,
      strong: [
        "Quantity",
        "Driver Quantity",
        "Driver Volume",
        "Volume",
        "Qty",
        "Count",
        "Driver Count",
        "Menge",
      ],
      weak: ["Number", "Amount", "Value"],
    },
  ],
};

export const CUSTOMER_COSTS_SPEC: TableSpec = {
  table: "customerCosts",
  title: "Customer Costs table",
  rows: "customer costs",
  usable: "usable",
  fields: [
    CUSTOMER_ID,
    {
      // Seed 001, diagram 3: direct order costs are their own line of CP I.
      name: "DirectOrderCosts",
      kind: "money",
      required: false,
      strong: ["Direct Order Costs", "Direct Order Cost", "Order Direct Costs", "Order Costs"],
      weak: [],
    },
    {
      name: "DirectCustomerCosts",
      kind: "money",
      required: false,
      strong: [
        "Direct Customer Cost",
        "Direct Costs",
        "Customer Direct Costs",
        "Customer Costs",
        "Direct Cost",
      ],
      weak: ["Costs", "Cost"],
    },
    {
      name: "PaymentIneffectiveCosts",
      kind: "money",
      required: false,
      strong: [
        "Payment-Ineffective Costs",
        "Payment Ineffective Cost",
        "Non-Cash Costs",
        "Noncash Costs",
        "Non-Cash Cost",
        "Other Payment-Ineffective Costs",
        "Other Non-Cash Costs",
      ],
      weak: [],
    },
    // Seed 001, Diagram 4: the payment-ineffective parts of the costs, line by line.
    {
      name: "NonCashMaterialCosts",
      kind: "money",
      required: false,
      strong: [
        "Non-Cash Material Costs",
        "Payment-Ineffective Material Costs",
        "Material from Stock",
      ],
      weak: [],
    },
    {
      name: "NonCashPersonnelCosts",
      kind: "money",
      required: false,
      strong: [
        "Non-Cash Personnel Costs",
        "Payment-Ineffective Personnel Costs",
        "Pension Provisions",
      ],
      weak: [],
    },
    {
      name: "Depreciation",
      kind: "money",
      required: false,
      strong: ["Depreciation", "Depreciation on Tangible Assets", "Abschreibungen"],
      weak: [],
    },
    {
      name: "InvestmentPayments",
      kind: "money",
      required: false,
      strong: [
        "Investment Payment",
        "Investment-Based Payments",
        "Investments",
        "Investment",
        "Customer Investments",
        "Capex",
      ],
      weak: [],
    },
    // The customer's own customer value settings (blank = the global ones).
    {
      name: "HorizonYears",
      kind: "quantity",
      required: false,
      strong: [
        "Expected Relationship Duration",
        "Relationship Duration",
        "Forecast Horizon",
        "Horizon Years",
        "Horizon",
      ],
      weak: [],
    },
    {
      name: "GrowthRate",
      kind: "quantity",
      required: false,
      strong: ["Growth Rate", "Yearly Growth", "Growth", "Cash Flow Growth"],
      weak: [],
    },
    {
      // Seed 001, 2: credit sales (positive days) and prepayments (negative days).
      name: "DaysSalesOutstanding",
      kind: "quantity",
      required: false,
      strong: [
        "Days Sales Outstanding",
        "DSO",
        "Payment Days",
        "Credit Days",
        "Payment Terms Days",
      ],
      weak: [],
    },
  ],
  atLeastOneOf: [
    "DirectOrderCosts",
    "DirectCustomerCosts",
    "PaymentIneffectiveCosts",
    "NonCashMaterialCosts",
    "NonCashPersonnelCosts",
    "Depreciation",
    "InvestmentPayments",
    "HorizonYears",
    "GrowthRate",
    "DaysSalesOutstanding",
  ],
};
