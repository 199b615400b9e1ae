import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import { createTransactionParser } from "../read/transactions/transaction-parser";
import { documentColumns } from "../read/document-columns";
import type { RowBlock } from "../model/cells";
import { loadContributionInputs, type SheetLoader } from "../read/contribution/load-inputs";
import { type RunAgent, type RunOptions, type SourceSheet } from "../model/source";
import { AgentInputError, CancelledError } from "../model/errors";
import { computeAgent } from "../compute/compute-agent";
import { readReferencePrices } from "../read/reference-prices/read-reference-prices";
import { detectOwnerColumn, ownersFromColumn } from "../read/owners/owner-column";

/**
 * The whole run as every host calls it: parse the sheet block by block (reporting progress and
 * honouring cancel between blocks), then compute. Nothing is written here; hosts render the
 * result only after this resolves, so a failed or cancelled run changes nothing.
 */
export const runAgent: RunAgent = async (sheet, doc, options = {}) => {
  const { table, quality } = await parseSource(sheet, doc, options);
  const ownerColumn = detectOwnerColumn(sheet.headers, doc.source.mapping);
  const contribution = doc.contribution
    ? await loadContributionInputs(doc.contribution, sheetLoader(options))
    : undefined;
  const referencePrices = doc.referencePrices
    ? await readReferencePrices(
        await sheetLoader(options, "reference prices")(doc.referencePrices.sheet),
        doc.referencePrices
      )
    : undefined;
  options.onProgress?.({ phase: "computing", done: 0, total: null });
  const result = computeAgent(table, quality, doc, {
    today: options.today,
    contribution,
    referencePrices,
  });
  if (ownerColumn === null) return result;
  // Only a sheet with an owner column adds its owners to the result (and so to its JSON).
  const { owners, others } = ownersFromColumn(table, ownerColumn);
  return {
    ...result,
    accountOwners: Object.fromEntries(owners),
    ...(others.size > 0 ? { accountOtherOwners: Object.fromEntries(others) } : {}),
  };
};

export async function parseSource(
  sheet: SourceSheet,
  doc: AgentDocument,
  options: RunOptions = {}
) {
  const extra = documentColumns(doc);
  const ownerColumn = detectOwnerColumn(sheet.headers, doc.source.mapping);
  const dimensions = ownerColumn === null ? extra.dimensions : [...extra.dimensions, ownerColumn];
  const parser = createTransactionParser({
    sheet: sheet.name,
    headers: sheet.headers,
    mapping: doc.source.mapping,
    currency: doc.currency,
    extraDimensions: dimensions,
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

function sheetLoader(options: RunOptions, purpose = "customer profit contribution"): SheetLoader {
  if (options.loadSheet) return options.loadSheet;
  return async (name) => {
    throw new AgentInputError(
      `The agent needs sheet "${name}" for ${purpose}, but this host cannot read other sheets.`
    );
  };
}

export type { AgentResult };
