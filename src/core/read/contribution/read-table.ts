/**
 * The one way a contribution input table is read (SPEC, "nothing is silently dropped"): map its
 * headers (table-mapping.ts), turn each data row into a record or report why not, and tally the
 * rows read and usable, with a warning when none is. What differs between the Activities, Cost
 * Drivers and Customer Costs tables is their TableSpec and how a row becomes a record.
 */
import type { FieldMappingDefinition } from "../../model/fields";
import { plural } from "../../model/plural";
import type { ContributionIssue, ContributionTableReport } from "../../model/contribution-quality";
import { isBlankRow } from "../transactions/cell-text";
import { ReasonLog } from "../transactions/reason-log";
import { RowReader, ROW_SKIPPED, type ContributionSheet } from "./row-reader";
import type { TableSpec } from "./table-fields";
import { mapTableFields, type TableMapping } from "./table-mapping";

/** A table's records under their own name (`activities`, `uses`, `costs`), and how they were read. */
export type ParsedTable<Name extends string, T> = { readonly [key in Name]: readonly T[] } & {
  readonly report: ContributionTableReport;
  /** Field -> the sheet column holding it, for the rows reported after matching. */
  readonly columnOf: Readonly<Record<string, string>>;
};

/**
 * The parser of one table: its records go under `name`. `rowParser` gives, for each sheet, the
 * function turning a data row into its record (or skipping it, see RowReader); it is fresh for
 * each sheet so that it may remember earlier rows (Activities refuses a process listed twice).
 * Blank rows are reported here and never reach it.
 */
export function tableParser<Name extends string, T>(
  spec: TableSpec,
  name: Name,
  rowParser: () => (row: RowReader) => T
): (sheet: ContributionSheet, overrides: FieldMappingDefinition) => ParsedTable<Name, T> {
  return (sheet, overrides) => {
    const mapping = mapTableFields(spec, sheet.name, sheet.headers, overrides);
    const log = new ReasonLog<ContributionIssue>();
    const reader = new RowReader(mapping, log);
    const readRow = rowParser();
    const records: T[] = [];
    let rowsRead = 0;
    for (const block of sheet.blocks) {
      for (let i = 0; i < block.rows.length; i++) {
        rowsRead++;
        const row = block.rows[i];
        const rowNumber = block.firstRowNumber + i;
        if (isBlankRow(row)) {
          log.add("blankRow", rowNumber, null, null, "");
          continue;
        }
        try {
          records.push(readRow(reader.at(row, rowNumber)));
        } catch (skipped) {
          if (skipped !== ROW_SKIPPED) throw skipped;
        }
      }
    }
    const report: ContributionTableReport = {
      table: spec.table,
      sheet: sheet.name,
      rowsRead,
      rowsUsable: records.length,
      issues: log.report(),
      warnings: [...mapping.warnings, ...noneUsable(spec, sheet.name, rowsRead, records.length)],
    };
    // A computed key widens to a string index; `name` is the one key of type Name.
    return { [name]: records, columnOf: columnsOf(mapping), report } as ParsedTable<Name, T>;
  };
}

function columnsOf(mapping: TableMapping): Record<string, string> {
  return Object.fromEntries([...mapping.fields].map(([name, match]) => [name, match.header]));
}

/** An empty table, or one of which no row could be used: worth saying, not an error. */
function noneUsable(
  spec: TableSpec,
  sheet: string,
  rowsRead: number,
  rowsUsable: number
): string[] {
  if (rowsRead === 0) return [`Sheet '${sheet}' has no ${spec.rows} below its header.`];
  if (rowsUsable > 0) return [];
  return [
    `None of the ${plural(rowsRead, "row")} of sheet '${sheet}' is ${spec.usable}; see the problems.`,
  ];
}
