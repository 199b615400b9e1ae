/**
 * The engine's run-time half (parser, series, join, rules, impact, result sheets), loaded on
 * demand: the first screen only needs the agent document and its checks.
 */
export { parseSource, runAgent } from "../../core/run/run-agent";
export { computeAgent } from "../../core/run/compute";
export { buildResultSheets } from "../../core/sheets/result-sheets";

export type Engine = typeof import("./engine");

export const loadEngine = (): Promise<Engine> => import(/* webpackChunkName: "engine" */ "./engine");
