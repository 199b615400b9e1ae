import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import { createTransactionParser } from "../read/transactions/transaction-parser";
import { fieldKey } from "../model/fields";
import { MONEY_FIELDS, TEXT_FIELDS } from "../model/transactions";
import type { RowBlock } from "../model/cells";
import { contributionExtraNumbers } from "../model/contribution-definition";
import { loadContributionInputs, type SheetLoader } from "../read/contribution/load-inputs";
import { type RunAgent, type RunOptions, type SourceSheet } from "../model/source";
import { AgentInputError, CancelledError } from "../model/errors";
import { computeAgent } from "../compute/compute-agent";

/**
 * The whole run as every host calls it: parse the sheet block by block (reporting progress and
 * honouring cancel between blocks), then compute. Nothing is written here; hosts render the
 * result only after this resolves, so a failed or cancelled run changes nothing.
 */
export const runAgent: RunAgent = async (sheet, doc, options = {}) => {
  const { table, quality } = await parseSource(sheet, doc, options);
  const contribution = doc.contribution
    ? await loadContributionInputs(doc.contribution, sheetLoader(options))
    : undefined;
  options.onProgress?.({ phase: "computing", done: 0, total: null });
  return computeAgent(table, quality, doc, { today: options.today, contribution });
};

export async function parseSource(
  sheet: SourceSheet,
  doc: AgentDocument,
  options: RunOptions = {}
) {
  const extra = extraColumns(doc);
  const parser = createTransactionParser({
    sheet: sheet.name,
    headers: sheet.headers,
    mapping: doc.source.mapping,
    currency: doc.currency,
    extraDimensions: extra.dimensions,
    extraNumbers: extra.numbers,
    dateOrder: doc.source.dateOrder,
  });
  let done = 0;
  const total = sheet.rowCount ?? null;
  options.onProgress?.({ phase: "reading", done, total });
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
    if (options.isCancelled?.()) throw new CancelledError();
    parser.addBlock(block);
    done += block.rows.length;
    options.onProgress?.({ phase: "reading", done, total });
  }
  if (options.isCancelled?.()) throw new CancelledError();
  return parser.finish();
}

function sheetLoader(options: RunOptions): SheetLoader {
  if (options.loadSheet) return options.loadSheet;
  return async (name) => {
    throw new AgentInputError(
      `The agent needs sheet "${name}" for customer profit contribution, but this host cannot read other sheets.`
    );
  };
}

/** Columns beyond the known fields that the document uses: group-by levels, filters, measures. */
export function extraColumns(doc: AgentDocument): { dimensions: string[]; numbers: string[] } {
  const known = new Set([...TEXT_FIELDS, ...MONEY_FIELDS, "PricingDate"].map(fieldKey));
  const dimensions = new Set<string>();
  const numbers = new Set<string>();
  for (const column of doc.contribution ? contributionExtraNumbers(doc.contribution) : [])
    numbers.add(column);
  for (const series of doc.series) {
    for (const level of series.groupBy) dimensions.add(level);
    for (const filter of series.filters.dimensions) dimensions.add(filter.field);
    for (const m of series.measures) if (m.kind === "aggregate") numbers.add(m.field);
  }
  dimensions.add(doc.action.groupBy);
  const unknown = (names: Set<string>) => [...names].filter((n) => !known.has(fieldKey(n)));
  return { dimensions: unknown(dimensions), numbers: unknown(numbers) };
}

export type { AgentResult };
