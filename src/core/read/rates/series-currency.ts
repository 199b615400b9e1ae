/**
 * A series' own currency (seed 000: each series' "Currency", "which currency the money data will
 * be converted into") as the parser's currency definition: the agent's fixed rates crossed
 * through the agent's currency. With { EUR: 1.08 } in a USD agent, a series in EUR takes a USD
 * line at 1 / 1.08 and an EUR line as it is; another currency C at rate(C) / 1.08.
 */
import type { CurrencyDefinition } from "../../model/document";
import { AgentInputError } from "../../model/errors";

export function seriesCurrency(
  agent: CurrencyDefinition,
  target: string,
  seriesLabel: string
): CurrencyDefinition {
  const code = target.trim().toUpperCase();
  if (code === agent.target.trim().toUpperCase()) return agent;
  if (agent.ratesSheet)
    throw new AgentInputError(
      `Series "${seriesLabel}" converts into ${code}, but the agent's rates by month (sheet "${agent.ratesSheet}") convert into ${agent.target} only; give the series the agent's currency, or use fixed rates.`
    );
  const own = Object.keys(agent.rates).find((c) => c.trim().toUpperCase() === code);
  const rate = own === undefined ? undefined : agent.rates[own];
  if (rate === undefined || !(rate > 0))
    throw new AgentInputError(
      `Series "${seriesLabel}" converts into ${code}, but the agent's rates have no rate for ${code} (units of ${agent.target} per ${code}); add one under the currency settings.`
    );
  const rates: Record<string, number> = { [agent.target]: 1 / rate };
  for (const [c, r] of Object.entries(agent.rates)) if (c !== own) rates[c] = r / rate;
  return { target: code, rates };
}
