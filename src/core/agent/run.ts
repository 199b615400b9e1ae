/**
 * The door to the engine: parse a source and run the agent. The task pane loads this lazily (its
 * engine chunk); the command line imports it directly.
 */
export { parseSource, runAgent } from "./run-agent";
export { computeAgent } from "../compute/compute-agent";
export { loadContributionInputs } from "../read/contribution/load-inputs";
export type { ContributionInputs } from "../read/contribution/load-inputs";
export { readReferencePrices } from "../read/reference-prices/read-reference-prices";
export type { ReferencePrices } from "../read/reference-prices/read-reference-prices";
