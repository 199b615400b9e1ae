import { mapFields, type FieldMapping } from "../../../../src/core/read/mapping/field-mapping";
import { columnLetter, normalizeLabel } from "../../../../src/core/read/mapping/header-label";
import { FIELD_SYNONYMS } from "../../../../src/core/read/mapping/synonyms";
import { AgentInputError } from "../../../../src/core/model/errors";

const SEED_HEADERS = [
  "CustomerId",
  "CustomerName",
  "CustomerSegment",
  "InvoicePrice",
  "GrossMargin",
  "CalculatedRebate",
  "PricingDate",
];

function summary(mapping: FieldMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, match] of Object.entries(mapping.fields)) {
    out[field] = `${match.column}:${match.header}:${match.method}:${match.confidence}`;
  }
  return out;
}

function caught(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("mapFields", () => {
  it("maps the seed's exact field names with full confidence", () => {
    const mapping = mapFields(SEED_HEADERS, {});
    expect(summary(mapping)).toEqual({
      CustomerId: "0:CustomerId:exact:1",
      CustomerName: "1:CustomerName:exact:1",
      CustomerSegment: "2:CustomerSegment:exact:1",
      InvoicePrice: "3:InvoicePrice:exact:1",
      GrossMargin: "4:GrossMargin:exact:1",
      CalculatedRebate: "5:CalculatedRebate:exact:1",
      PricingDate: "6:PricingDate:exact:1",
    });
    expect(mapping.unmapped).toEqual([]);
    expect(mapping.warnings).toEqual([]);
  });

  it("maps spaced, snake, kebab and shouting labels", () => {
    const mapping = mapFields(
      [
        "customer_id",
        "Customer Name",
        "CUSTOMER-SEGMENT",
        "Invoice Price",
        "gross margin",
        "Calculated Rebate",
        "Pricing Date",
      ],
      {}
    );
    expect(
      Object.values(mapping.fields).map((m) => `${m.field}=${m.column}/${m.method}/${m.confidence}`)
    ).toEqual([
      "CustomerId=0/label/0.95",
      "CustomerName=1/label/0.95",
      "CustomerSegment=2/label/0.95",
      "InvoicePrice=3/label/0.95",
      "GrossMargin=4/label/0.95",
      "CalculatedRebate=5/label/0.95",
      "PricingDate=6/label/0.95",
    ]);
  });

  it("maps the synonyms finance sheets use, and keeps other columns as extras", () => {
    const mapping = mapFields(
      [
        "Sold-To",
        "Account Name",
        "Segment",
        "Region",
        "Net Sales",
        "Gross Profit",
        "Rebates",
        "Invoice Date",
        "CCY",
      ],
      {}
    );
    expect(summary(mapping)).toEqual({
      CustomerId: "0:Sold-To:synonym:0.9",
      CustomerName: "1:Account Name:synonym:0.9",
      CustomerSegment: "2:Segment:synonym:0.9",
      InvoicePrice: "4:Net Sales:synonym:0.9",
      GrossMargin: "5:Gross Profit:synonym:0.9",
      CalculatedRebate: "6:Rebates:synonym:0.9",
      PricingDate: "7:Invoice Date:synonym:0.9",
      Currency: "8:CCY:synonym:0.9",
    });
    expect(mapping.unmapped).toEqual([{ index: 3, header: "Region", name: "Region" }]);
  });

  it("lets the better score win a contested header and never uses one header twice", () => {
    // "Revenue" (strong) beats "Sales" (weak) for InvoicePrice; "Customer" is a weak name synonym.
    const mapping = mapFields(
      ["Cust No", "Customer", "Tier", "Sales", "Revenue", "Margin", "Date"],
      {}
    );
    expect(mapping.fields.InvoicePrice).toMatchObject({
      column: 4,
      method: "synonym",
      confidence: 0.9,
    });
    expect(mapping.fields.CustomerName).toMatchObject({ column: 1, confidence: 0.75 });
    expect(mapping.fields.CustomerSegment).toMatchObject({ column: 2, confidence: 0.75 });
    expect(mapping.unmapped.map((c) => c.name)).toEqual(["Sales"]);
    const used = Object.values(mapping.fields).map((m) => m.column);
    expect(new Set(used).size).toBe(used.length);
  });

  it("prefers the exact header over a synonym for the same field", () => {
    const mapping = mapFields(
      ["Revenue", "InvoicePrice", "CustomerId", "CustomerName", "Segment", "Margin", "Date"],
      {}
    );
    expect(mapping.fields.InvoicePrice).toMatchObject({ column: 1, method: "exact" });
    expect(mapping.unmapped.map((c) => c.name)).toEqual(["Revenue"]);
  });

  it("matches typos and labels inside longer headers by similarity, with a warning", () => {
    const mapping = mapFields(
      ["Customer Id", "Customer Nmae", "Segment", "Invoice Price (USD)", "Margin", "Pricing Date"],
      {}
    );
    // "customernmae" vs "customername": one swap of neighbours in 12 letters.
    expect(mapping.fields.CustomerName).toMatchObject({
      column: 1,
      method: "fuzzy",
      confidence: 0.64,
    });
    expect(mapping.fields.InvoicePrice).toMatchObject({
      column: 3,
      method: "fuzzy",
      confidence: 0.6,
    });
    expect(mapping.warnings).toContain(
      'Customer name ("CustomerName") was matched to "Customer Nmae" by similar spelling (confidence 0.64); check the agent\'s field mapping.'
    );
  });

  it("does not take a percentage column for a money field", () => {
    const error = caught(() =>
      mapFields(["Customer Id", "Customer Name", "Segment", "Revenue", "Margin %", "Date"], {})
    );
    expect(error).toBeInstanceOf(AgentInputError);
    expect(error.message).toBe(
      'Required field Gross margin ("GrossMargin") not found. Headers found: Customer Id, Customer Name, Segment, Revenue, Margin %, Date. ' +
        "Map it in the agent's field mapping."
    );
  });

  it("lists every missing required field", () => {
    const error = caught(() => mapFields(["Customer Id", "Customer Name", "Segment"], {}));
    expect(error.message).toBe(
      'Required fields Invoice price (revenue) ("InvoicePrice"), Gross margin ("GrossMargin") and Pricing date ("PricingDate") not found. ' +
        "Headers found: Customer Id, Customer Name, Segment. Map them in the agent's field mapping."
    );
    expect(caught(() => mapFields([], {})).message).toContain("Headers found: (none).");
  });

  it("allows a sheet without a rebate column, with a warning", () => {
    const mapping = mapFields(
      ["Customer Id", "Customer Name", "Segment", "Net Sales", "Margin", "Invoice Date"],
      {}
    );
    expect(mapping.fields.CalculatedRebate).toBeUndefined();
    expect(mapping.fields.Currency).toBeUndefined();
    expect(mapping.warnings).toEqual([
      "Calculated rebate not mapped: the sheet has no rebate column, so rebates are treated as 0.",
    ]);
  });

  it("applies overrides first, taking the header away from automatic matching", () => {
    const headers = [
      "Account",
      "Customer Name",
      "Segment",
      "Net Sales",
      "Invoice Price",
      "Margin",
      "Date",
      "Cust Id",
    ];
    const mapping = mapFields(headers, { CustomerId: "Account", InvoicePrice: " net sales " });
    expect(mapping.fields.CustomerId).toEqual({
      field: "CustomerId",
      column: 0,
      header: "Account",
      method: "override",
      confidence: 1,
    });
    expect(mapping.fields.InvoicePrice).toMatchObject({ column: 3, method: "override" });
    expect(mapping.unmapped.map((c) => c.name)).toEqual(["Invoice Price", "Cust Id"]);
  });

  it("ignores blank overrides and rejects ones naming a missing header or an unknown field", () => {
    expect(
      mapFields(SEED_HEADERS, { CustomerId: "", GrossMargin: undefined }).fields.CustomerId?.method
    ).toBe("exact");
    const missing = caught(() => mapFields(SEED_HEADERS, { GrossMargin: "GM Amount" }));
    expect(missing).toBeInstanceOf(AgentInputError);
    expect(missing.message).toBe(
      'The field mapping maps Gross margin ("GrossMargin") to "GM Amount", but the sheet has no such header. Headers found: ' +
        "CustomerId, CustomerName, CustomerSegment, InvoicePrice, GrossMargin, CalculatedRebate, PricingDate. " +
        "Fix it in the agent's field mapping."
    );
    expect(caught(() => mapFields(SEED_HEADERS, { Margin: "GrossMargin" })).message).toContain(
      'The field mapping names "Margin", which is not a field the agent knows.'
    );
    expect(
      caught(() =>
        mapFields(SEED_HEADERS, { InvoicePrice: "GrossMargin", GrossMargin: "GrossMargin" })
      ).message
    ).toBe(
      'The field mapping maps both Invoice price (revenue) ("InvoicePrice") and Gross margin ("GrossMargin") to "GrossMargin"; a column can hold only one field. ' +
        "Fix it in the agent's field mapping."
    );
  });

  it('lets "(none)" declare an optional column absent, but not a required one', () => {
    const headers = [
      "Customer Id",
      "Customer Name",
      "Segment",
      "Revenue",
      "Margin",
      "Bonus",
      "Date",
      "Curr",
    ];
    expect(mapFields(headers, {}).fields.CalculatedRebate).toMatchObject({
      column: 5,
      method: "synonym",
    });
    const mapping = mapFields(headers, { CalculatedRebate: "(none)", Currency: " (None) " });
    expect(mapping.fields.CalculatedRebate).toBeUndefined();
    expect(mapping.fields.Currency).toBeUndefined();
    expect(mapping.unmapped.map((c) => c.name)).toEqual(["Bonus", "Curr"]);
    expect(mapping.warnings).toEqual([
      "Calculated rebate not mapped: the sheet has no rebate column, so rebates are treated as 0.",
    ]);
    const error = caught(() => mapFields(headers, { GrossMargin: "(none)" }));
    expect(error).toBeInstanceOf(AgentInputError);
    expect(error.message).toBe(
      'The field mapping says the sheet has no Gross margin ("GrossMargin") column, but the agent needs it. ' +
        "Map it to one of: Customer Id, Customer Name, Segment, Revenue, Margin, Bonus, Date, Curr."
    );
  });

  it("names blank headers by their column letter and reports duplicates", () => {
    const headers = [
      "Customer Id",
      null,
      "Customer Name",
      "Segment",
      "Region",
      "Invoice Price",
      "Margin",
      "region",
      "Date",
      "  ",
    ];
    const mapping = mapFields(headers, {});
    expect(mapping.columns.map((c) => c.name)).toEqual([
      "Customer Id",
      "Column B",
      "Customer Name",
      "Segment",
      "Region",
      "Invoice Price",
      "Margin",
      "region (column H)",
      "Date",
      "Column J",
    ]);
    expect(mapping.duplicates).toEqual([{ header: "Region", columns: [4, 7] }]);
    expect(mapping.warnings).toContain(
      'Header "Region" appears in columns E and H; the later one is named "region (column H)".'
    );
    expect(mapping.unmapped.map((c) => c.name)).toEqual([
      "Column B",
      "Region",
      "region (column H)",
      "Column J",
    ]);
  });

  it("takes the first of duplicated field headers and lets an override pick the second", () => {
    const headers = [
      "Customer Id",
      "Customer Name",
      "Segment",
      "Revenue",
      "Revenue",
      "Margin",
      "Date",
    ];
    expect(mapFields(headers, {}).fields.InvoicePrice).toMatchObject({
      column: 3,
      header: "Revenue",
    });
    expect(
      mapFields(headers, { InvoicePrice: "Revenue (column E)" }).fields.InvoicePrice
    ).toMatchObject({
      column: 4,
      header: "Revenue (column E)",
    });
  });

  it("reads number and date headers as text", () => {
    const mapping = mapFields([...SEED_HEADERS, 2024, new Date(Date.UTC(2024, 0, 31))], {});
    expect(mapping.unmapped.map((c) => c.name)).toEqual(["2024", "2024-01-31"]);
  });
});

describe("header labels and synonyms", () => {
  it("normalizes labels and spells column letters", () => {
    expect(normalizeLabel("INVOICE-PRICE")).toBe("invoiceprice");
    expect(normalizeLabel(" Währung ")).toBe("wahrung");
    expect(normalizeLabel("Margin %")).toBe("marginpct");
    expect([0, 5, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "F", "Z", "AA", "ZZ", "AAA"]);
  });

  it("gives every synonym to exactly one field", () => {
    const owner = new Map<string, string>();
    for (const [field, synonyms] of Object.entries(FIELD_SYNONYMS)) {
      for (const label of [field, ...synonyms.strong, ...synonyms.weak]) {
        const key = normalizeLabel(label);
        expect(owner.get(key) ?? field).toBe(field);
        owner.set(key, field);
      }
    }
    expect(owner.size).toBeGreaterThan(100);
  });
});
