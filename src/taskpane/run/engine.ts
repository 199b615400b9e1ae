/**
 * The engine's run-time half (parser, series, join, rules, impact, result sheets). Only
 * load-engine.ts imports it, dynamically: the first screen needs the agent document and its
 * checks, not the engine.
 */
export { parseSource, runAgent } from "../../core/agent/run-agent";
export { computeAgent } from "../../core/compute/compute-agent";
export { buildResultSheets } from "../../core/report/result-sheets";
export { loadContributionInputs } from "../../core/read/contribution/load-inputs";
