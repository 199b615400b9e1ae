/**
 * Hand-checked accounts shared by the lifecycle tests (core, Office host and task pane), and the
 * agent's run over them.
 */
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { computeAgent } from "../../src/core/compute/compute-agent";
import { cleanQuality, tableOf, type Line } from "./table";

/** One line of account `CustomerId`, named "<id> Ltd", priced on 2025-06-01. */
export const accountLine = (
  CustomerId: string,
  CustomerSegment: string,
  InvoicePrice: number,
  GrossMargin: number
): Line => ({
  CustomerId,
  CustomerName: `${CustomerId} Ltd`,
  CustomerSegment,
  InvoicePrice,
  GrossMargin,
  PricingDate: "2025-06-01",
});

/**
 * Key averages 400 / 2,000 = 20%: A (10%) is 10 points under it, B (30%) above; C, alone in Tail,
 * loses money (-10%). The preset flags A and C (SPEC rules of the preset: margin < 0 or more than
 * 2 points under the segment).
 */
export const KEY_AND_TAIL: readonly Line[] = [
  accountLine("A", "Key", 1000, 100),
  accountLine("B", "Key", 1000, 300),
  accountLine("C", "Tail", 500, -50),
];

/** The agent's run over `lines` of a sheet without data-quality problems, on `at`. */
export function resultOf(lines: readonly Line[], doc: AgentDocument, at: Date): AgentResult {
  return computeAgent(tableOf(lines), cleanQuality(lines.length), doc, { today: at });
}
