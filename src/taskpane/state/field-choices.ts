/**
 * Which columns a group-by level, a filter or a measure can name: the agent's own text or money
 * fields, plus the sheet's further columns once a sheet is open (by their header label).
 */
import { mapFields } from "../../core/agent/check";
import type { CellValue } from "../../core/model/cells";
import { MONEY_FIELDS, TEXT_FIELDS } from "../../core/model/transactions";

export interface FieldChoices {
  readonly dimensions: readonly string[];
  readonly numbers: readonly string[];
}

export function fieldChoices(
  headers: readonly CellValue[] | undefined,
  mapping: Record<string, string | undefined>,
  inUse: { dimensions: readonly string[]; numbers: readonly string[] }
): FieldChoices {
  let extra: string[] = [];
  if (headers) {
    try {
      extra = mapFields(headers, mapping)
        .unmapped.filter((c) => c.header !== "")
        .map((c) => c.name);
    } catch {
      extra = [];
    }
  }
  const unique = (names: readonly string[]) => [...new Set(names)];
  return {
    dimensions: unique([...TEXT_FIELDS, ...extra, ...inUse.dimensions]),
    numbers: unique([...MONEY_FIELDS, ...extra, ...inUse.numbers]),
  };
}
