/**
 * AGENTRESULT(customer_id, measure): a measure of the agent's latest run, looked up in the index
 * the host loads (agent-results.ts). A column of ids against a row of measures gives a table.
 */
import type { AgentResultIndex } from "../agent-results";
import type { Grid, ResultCell, ResultGrid } from "../cells";
import { elementwise } from "../elementwise";
import { isMeasureError, type MeasureError } from "../measure-error";
import { named, whole } from "./per-value";
import { keyEach, type LatestRunFunction, type WorksheetParameter } from "./worksheet-function";

const PARAMETERS: readonly WorksheetParameter[] = [
  keyEach("customer_id", "The account's customer id"),
  keyEach("measure", 'The measure\'s name or label, e.g. "CurrentMarginPct" or "Current Margin %"'),
];

function agentResultCells(
  latestRun: AgentResultIndex | MeasureError,
  customerId: Grid,
  measure: Grid
): ResultGrid {
  if (isMeasureError(latestRun)) return [[latestRun]];
  return whole(
    elementwise(named(PARAMETERS, [customerId, measure]), ([id, m]): ResultCell =>
      latestRun.lookup(id, m)
    )
  );
}

export const AGENT_RESULT_FUNCTIONS = {
  AGENTRESULT: {
    description:
      'The agent\'s result for an account: a measure of the latest run\'s Join Series, such as "MarginVariance" or "Flagged".',
    parameters: PARAMETERS,
    result: { kind: "measure", help: "The value the agent computed in its latest run." },
    reads: "latest run",
    method: agentResultCells,
  },
} satisfies Record<string, LatestRunFunction>;
