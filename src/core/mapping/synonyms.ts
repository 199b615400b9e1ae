/**
 * Header labels finance sheets use for the agent's fields (SPEC: "map them automatically by name
 * and by similar labels such as Customer Id, Invoice Price, Net Sales, Segment"). Strong
 * synonyms name the field unambiguously; weak ones usually do but also appear with other
 * meanings ("Sales" may be a quantity, "Channel" a sales channel rather than a segment), so they
 * score lower and lose to any better candidate. A label belongs to one field only.
 */
import type { KnownField } from "../table/transactions";

export interface FieldSynonyms {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
}

export const FIELD_SYNONYMS: Readonly<Record<KnownField, FieldSynonyms>> = {
  CustomerId: {
    strong: [
      "Customer Id", "Customer No", "Customer Number", "Customer Code", "Customer Key", "Customer Account",
      "Cust Id", "Cust No", "Cust Num", "Cust Code", "CID", "Account Id", "Account No", "Account Number",
      "Account Code", "Sold-To", "Sold-To Party", "Sold-To Id", "Sold-To Number", "Client Id", "Client No",
      "Client Number", "Client Code", "Debtor", "Debtor No", "Debtor Number", "Buyer Id", "Payer",
      "Kundennummer", "Kunden-Nr", "Debitor",
    ],
    weak: ["Account", "Bill-To", "Bill-To Id"],
  },
  CustomerName: {
    strong: [
      "Customer Name", "Cust Name", "Account Name", "Client Name", "Company Name", "Sold-To Name",
      "Debtor Name", "Buyer Name", "Kundenname",
    ],
    weak: ["Customer", "Client", "Company", "Name", "Buyer"],
  },
  CustomerSegment: {
    strong: [
      "Segment", "Customer Segment", "Customer Group", "Customer Class", "Customer Type", "Customer Category",
      "Market Segment", "Cust Group", "Cust Segment", "Account Segment", "Account Group", "Kundengruppe",
    ],
    weak: ["Channel", "Tier", "Group", "Class", "Category", "Sales Channel", "Vertical", "Industry"],
  },
  InvoicePrice: {
    strong: [
      "Invoice Price", "Invoice Amount", "Invoice Value", "Invoice Total", "Invoiced Amount", "Net Sales",
      "Net Revenue", "Net Price", "Net Amount", "Net Invoice", "Net Invoice Price", "Revenue", "Sales Amount",
      "Sales Value", "Line Amount", "Extended Price", "Ext Price", "Umsatz",
    ],
    weak: ["Sales", "Amount", "Price", "Value", "Turnover", "Total"],
  },
  GrossMargin: {
    strong: [
      "Gross Margin", "Margin", "Gross Profit", "GM", "Margin Amount", "Gross Margin Amount", "Profit",
      "Contribution Margin", "Deckungsbeitrag",
    ],
    weak: ["GP", "Contribution"],
  },
  CalculatedRebate: {
    strong: [
      "Calculated Rebate", "Rebate", "Rebates", "Rebate Amount", "Customer Rebate", "Accrued Rebate",
      "Rebate Accrual", "Bonus",
    ],
    weak: ["Deductions", "Sales Deductions"],
  },
  PricingDate: {
    strong: [
      "Pricing Date", "Invoice Date", "Date", "Order Date", "Transaction Date", "Posting Date", "Billing Date",
      "Document Date", "Sales Date", "Price Date", "Inv Date", "Rechnungsdatum", "Datum",
    ],
    weak: ["Doc Date", "Day"],
  },
  Currency: {
    strong: ["Currency", "Curr", "CCY", "Cur", "Currency Code", "Document Currency", "Waehrung", "Währung"],
    weak: [],
  },
};
