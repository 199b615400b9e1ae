/**
 * The engine's run-time half (parser, series, join, rules, impact, result sheets). Only
 * load-engine.ts imports it, dynamically: the first screen needs the agent document and its
 * checks, not the engine.
 */
export { parseSource, runAgent } from "../../core/run/run-agent";
export { computeAgent } from "../../core/run/compute";
export { buildResultSheets } from "../../core/sheets/result-sheets";
export { loadContributionInputs } from "../../core/contribution/inputs";
