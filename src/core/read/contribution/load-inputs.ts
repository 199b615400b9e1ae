/**
 * The contribution's input tables, read through the host's sheet loader and parsed. Loading is
 * the host's part (one more sheet of the same workbook); everything after is pure.
 */
import type { SourceSheet } from "../../model/source";
import type { ContributionDefinition } from "../../model/contribution-definition";
import { parseActivities, type ParsedActivities } from "./parse-activities";
import { parseCostDrivers, type ParsedCostDrivers } from "./parse-cost-drivers";
import { parseCustomerCosts, type ParsedCustomerCosts } from "./parse-customer-costs";
import { readContributionSheet } from "./read-sheet";

export interface ContributionInputs {
  readonly activities: ParsedActivities;
  readonly drivers: ParsedCostDrivers | null;
  readonly customerCosts: ParsedCustomerCosts | null;
}

export type SheetLoader = (name: string) => Promise<SourceSheet>;

export async function loadContributionInputs(
  definition: ContributionDefinition,
  loadSheet: SheetLoader
): Promise<ContributionInputs> {
  const read = async (name: string) => readContributionSheet(await loadSheet(name));
  const activities = parseActivities(
    await read(definition.activities.sheet),
    definition.activities.mapping
  );
  const drivers = definition.costDrivers
    ? parseCostDrivers(await read(definition.costDrivers.sheet), definition.costDrivers.mapping)
    : null;
  const customerCosts = definition.customerCosts
    ? parseCustomerCosts(
        await read(definition.customerCosts.sheet),
        definition.customerCosts.mapping
      )
    : null;
  return { activities, drivers, customerCosts };
}
