/**
 * Hosts read sheets in blocks that may arrive asynchronously (SourceSheet, run/api.ts); the
 * contribution's input tables are small, so they are gathered first and parsed in one go.
 */
import type { SourceSheet } from "../../model/source";
import type { RowBlock } from "../../model/cells";
import type { ContributionSheet } from "./row-reader";

export async function readContributionSheet(source: SourceSheet): Promise<ContributionSheet> {
  const blocks: RowBlock[] = [];
  for await (const block of source.blocks) blocks.push(block);
  return { name: source.name, headers: source.headers, blocks };
}
