/**
 * The activity measures of the customer profit contribution (SPEC, "Customer profit
 * contribution": process cost rate, unused capacity) as worksheet functions: one process each, or
 * a range of processes, charged as the engine charges the Activities table
 * (contribution-measures.ts).
 */
import { readNumber, type Grid, type ResultGrid } from "../cells";
import { elementwise, placeIn } from "../elementwise";
import { processCostRate, unusedCapacityCost } from "../contribution-measures";
import { isMeasureError } from "../measure-error";
import { named, numbersOf, perValue, perValueFunction, whole } from "./per-value";
import { numberEach, type ArgumentsFunction, type WorksheetParameter } from "./worksheet-function";

const PROCESS_COSTS = numberEach("process_costs", "The costs of the process");
const PROCESS_QUANTITY = numberEach("process_quantity", "The process quantity actually performed");

const RATE_PARAMETERS: readonly WorksheetParameter[] = [
  PROCESS_COSTS,
  PROCESS_QUANTITY,
  {
    name: "max_quantity",
    type: "number",
    help: "Optional: the maximum (capacity) quantity; the rate is then over the capacity.",
    optional: true,
  },
];

/** PROCESSCOSTRATE with or without its maximum; a blank maximum is a process without one, as in the Activities table. */
function processCostRateCells(
  processCosts: Grid,
  processQuantity: Grid,
  maxQuantity?: Grid
): ResultGrid {
  const args = named(RATE_PARAMETERS, [processCosts, processQuantity]);
  if (maxQuantity === undefined)
    return perValue(args, ([costs, quantity]) => processCostRate(costs, quantity));
  const [, , max] = named(RATE_PARAMETERS, [processCosts, processQuantity, maxQuantity]);
  return whole(
    elementwise([...args, max], (cells, row, column) => {
      const values = numbersOf(cells.slice(0, 2), (i) => placeIn(args[i], row, column));
      if (values === null) return "";
      if (isMeasureError(values)) return values;
      const maximum = readNumber(cells[2], placeIn(max, row, column));
      return isMeasureError(maximum) ? maximum : processCostRate(values[0], values[1], maximum);
    })
  );
}

export const PROCESS_COST_FUNCTIONS = {
  PROCESSCOSTRATE: {
    description:
      "Process cost rate: process costs per unit of the cost driver (7,605,000 / 650,000 = 11.70).",
    parameters: RATE_PARAMETERS,
    result: { kind: "money", help: "process_costs / process_quantity (or / max_quantity)." },
    method: processCostRateCells,
  },
  UNUSEDCAPACITYCOST: perValueFunction({
    description:
      "Unused capacity cost: the process costs of capacity not used, rate over the maximum x (maximum - actual quantity).",
    parameters: [
      PROCESS_COSTS,
      PROCESS_QUANTITY,
      numberEach("max_quantity", "The maximum (capacity) quantity, at least process_quantity"),
    ],
    result: {
      kind: "money",
      help: "process_costs x (max_quantity - process_quantity) / max_quantity.",
    },
    each: ([costs, quantity, max]) => unusedCapacityCost(costs, quantity, max),
  }),
} satisfies Record<string, ArgumentsFunction>;
