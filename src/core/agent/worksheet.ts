/**
 * The door to the worksheet functions: their one registry and the reading of the latest result,
 * for the custom-functions host.
 */
export { indexAgentResult, indexJoinTable } from "../worksheet/agent-results";
export type { AgentResultIndex, JoinLabels } from "../worksheet/agent-results";
export type { Grid, ResultGrid } from "../worksheet/cells";
export { callWorksheetFunction, worksheetFunction } from "../worksheet/functions/registry";
export type { WorksheetFunctionName } from "../worksheet/functions/registry";
export { invalidValue, measureError, notAvailable } from "../worksheet/measure-error";
export type { MeasureError, MeasureErrorCode } from "../worksheet/measure-error";
