/**
 * The engine's run-time half (parser, series, join, rules, impact, result sheets). Only
 * load-engine.ts imports it, dynamically: the first screen needs the agent document and its
 * checks, not the engine.
 */
export { parseSource, runAgent } from "../../core/agent/run";
export { computeAgent } from "../../core/agent/run";
export { buildResultSheets } from "../../core/report/result-sheets";
export { loadContributionInputs } from "../../core/agent/run";
export { readReferencePrices } from "../../core/agent/run";
export { seriesSheet, joinSheet } from "../../core/report/series-sheets";
