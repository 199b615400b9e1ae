/**
 * functions.json as the build writes it: the same generator call custom-functions-metadata-plugin
 * makes in webpack.config.js, on src/functions/functions.ts.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import {
  WORKSHEET_FUNCTION_NAMES,
  worksheetFunction,
} from "../../src/core/worksheet/functions/registry";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { dimensionality?: string };
}

/** The functions' names and argument order as users type them (SPEC, "Who uses it"). */
const EXPECTED: Record<string, string[]> = {
  MARGINVARIANCE: ["current_margin_pct", "segment_avg_margin_pct"],
  SUGGESTEDMARGIN: ["current_margin_pct", "segment_avg_margin_pct"],
  MARGINLIFTPCT: ["current_margin_pct", "segment_avg_margin_pct"],
  QUARTERMARGINUPLIFT: ["current_margin_pct", "segment_avg_margin_pct", "annual_revenue"],
  QUARTERREVENUEUPLIFT: ["current_margin_pct", "segment_avg_margin_pct", "annual_revenue"],
  REVENUERANK: ["revenue", "all_revenues"],
  SEGMENTMARGIN: ["margins", "revenues", "segments", "segment"],
  ACCOUNTMARGIN: ["margins", "revenues", "customer_ids", "customer_id"],
  PROCESSCOSTRATE: ["process_costs", "process_quantity", "max_quantity"],
  UNUSEDCAPACITYCOST: ["process_costs", "process_quantity", "max_quantity"],
  COSTOFEQUITY: ["risk_free", "beta", "market_return"],
  WACC: ["equity", "debt", "cost_of_equity", "cost_of_debt", "tax_rate"],
  CUSTOMERVALUE: ["rate", "cash_flows"],
  AGENTRESULT: ["customer_id", "measure"],
};

let metadata: FunctionMetadata[];
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    [path.resolve(__dirname, "../../src/functions/functions.ts")],
    false
  );
  expect(generated.errors).toEqual([]);
  metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  associate = generated.associate;
}, 30_000);

test("lists every function of the issue, with its arguments in the issue's order", () => {
  expect(Object.fromEntries(metadata.map((f) => [f.id, f.parameters.map((p) => p.name)]))).toEqual(
    EXPECTED
  );
  expect(metadata.map((f) => f.name)).toEqual(metadata.map((f) => f.id));
});

test("every function and every argument has the help text Excel shows while typing", () => {
  for (const f of metadata) {
    expect(f.description?.length ?? 0).toBeGreaterThan(30);
    expect(f.description!.length).toBeLessThanOrEqual(255);
    for (const p of f.parameters)
      expect({ fn: f.id, p: p.name, help: (p.description?.length ?? 0) > 15 }).toEqual({
        fn: f.id,
        p: p.name,
        help: true,
      });
  }
  expect(metadata.find((f) => f.id === "PROCESSCOSTRATE")!.description).toContain(
    "7,605,000 / 650,000 = 11.70"
  );
});

test("every argument takes a range (any[][]) and every result may spill; only PROCESSCOSTRATE's maximum is optional", () => {
  for (const f of metadata) {
    expect(f.result).toEqual({ dimensionality: "matrix" });
    for (const p of f.parameters) {
      expect(p.type).toBe("any");
      expect(p.dimensionality).toBe("matrix");
    }
  }
  const optional = metadata.flatMap((f) =>
    f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`)
  );
  expect(optional).toEqual(["PROCESSCOSTRATE.max_quantity"]);
});

test("functions.json says what the registry says: its order, descriptions and argument help", () => {
  const described = (id: string, description: string | undefined, parameters: Parameter[]) => ({
    id,
    description,
    parameters: parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.description}`),
  });
  expect(metadata.map((f) => described(f.id, f.description, f.parameters))).toEqual(
    WORKSHEET_FUNCTION_NAMES.map((id) => {
      const f = worksheetFunction(id);
      const parameters = f.parameters.map((p) => ({ ...p, description: p.help, type: "any" }));
      return described(id, f.description, parameters);
    })
  );
});

test("each id is associated with a function the bundle exports", () => {
  const exported = functions as Record<string, unknown>;
  expect(associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const a of associate) expect(typeof exported[a.functionName]).toBe("function");
});
