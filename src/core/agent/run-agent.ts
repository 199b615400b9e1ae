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
import { mapFields } from "../read/mapping/field-mapping";
import { readMonthlyRates } from "../read/rates/monthly-rates";
import { MonthlyRateLines } from "../read/rates/monthly-conversion";
import { readSeriesTables } from "./series-tables";

/**
 * The whole run as every host calls it: parse the sheet block by block (reporting progress and
 * honouring cancel between blocks), then compute. Nothing is written here; hosts render the
 * result only after this resolves, so a failed or cancelled run changes nothing.
 */
export const runAgent: RunAgent = async (sheet, doc, options = {}) => {
  const { table, quality } = await parseSource(sheet, doc, options);
  const own = await readSeriesTables(sheet, doc, options, parseSource);
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
  const result = computeAgent(
    table,
    { ...quality, warnings: [...quality.warnings, ...own.warnings] },
    doc,
    { today: options.today, contribution, referencePrices, seriesTables: own.tables }
  );
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
  const monthly = await monthlyRateLines(sheet, doc, options);
  const parser = createTransactionParser({
    sheet: sheet.name,
    headers: sheet.headers,
    mapping: doc.source.mapping,
    currency: monthly ? monthly.currency : doc.currency,
    extraDimensions: dimensions,
    extraNumbers: extra.numbers,
    dateOrder: doc.source.dateOrder,
    ...(sheet.rowCount !== undefined ? { expectedRows: sheet.rowCount } : {}),
  });
  let done = 0;
  const total = sheet.rowCount ?? null;
  options.onProgress?.({ phase: "reading", done, total });
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
    if (options.isCancelled?.()) throw new CancelledError();
    monthly?.lines.note(block);
    parser.addBlock(block);
    done += block.rows.length;
    options.onProgress?.({ phase: "reading", done, total });
  }
  if (options.isCancelled?.()) throw new CancelledError();
  const parsed = parser.finish();
  return monthly ? monthly.lines.apply(parsed) : parsed;
}

/**
 * Rates by month (CurrencyDefinition.ratesSheet), read from the workbook before the lines: the
 * currencies it lists go through the parser at rate 1 and are converted by month afterwards.
 * Null when the document has no rates sheet or the sheet has no Currency column.
 */
async function monthlyRateLines(sheet: SourceSheet, doc: AgentDocument, options: RunOptions) {
  const ratesSheet = doc.currency.ratesSheet;
  if (!ratesSheet) return null;
  if (!options.loadSheet)
    throw new AgentInputError(
      `The agent converts currencies with the rates by month of sheet "${ratesSheet}", but this host cannot read other sheets.`
    );
  const rates = await readMonthlyRates(await options.loadSheet(ratesSheet));
  const column = mapFields(sheet.headers, doc.source.mapping).fields.Currency;
  if (!column) return null;
  const byMonth = Object.fromEntries([...rates.byCode.keys()].map((code) => [code, 1]));
  return {
    currency: { ...doc.currency, rates: { ...doc.currency.rates, ...byMonth } },
    lines: new MonthlyRateLines(rates, {
      index: column.column,
      header: String(sheet.headers[column.column] ?? "Currency"),
    }),
  };
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
