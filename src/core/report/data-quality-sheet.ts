import {
  type CustomerIdConflict,
  FILTER_REASON_LABEL,
  SKIP_REASON_LABEL,
  type DataQualityReport,
  type FilterReason,
  type SkipReason,
} from "../model/data-quality";
import { textColumn } from "./columns";
import { plural } from "../model/plural";
import type { SheetDescription, SheetRow } from "../model/sheet";

const ROWS_SHOWN = 25;
const CONFLICTS_SHOWN = 200;
const CONFLICT_STAGE = "Same customer id, several accounts";

/**
 * Every row that was not used, counted by reason with where to find it (SPEC: "skipped and
 * counted by reason with their row numbers ... Nothing is silently dropped").
 */
export function dataQualitySheet(q: DataQualityReport): SheetDescription {
  const skipped: SheetRow[] = (
    Object.entries(q.skipped) as [
      SkipReason,
      NonNullable<DataQualityReport["skipped"][SkipReason]>,
    ][]
  )
    .filter(([, reason]) => reason.count > 0)
    .map(([reason, detail]) => {
      const example = detail.examples[0];
      return {
        Stage: "Skipped (unusable)",
        Reason: SKIP_REASON_LABEL[reason],
        Rows: detail.count,
        RowNumbers: rowList(detail.rows, detail.count),
        Example: example
          ? `Row ${example.row}, ${example.column}: "${example.value}" (expected ${example.expected})`
          : "",
      };
    });
  const filtered: SheetRow[] = Object.entries(q.filtered).flatMap(([series, counts]) =>
    (Object.entries(counts) as [FilterReason, number][])
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => ({
        Stage: `Filtered out of "${series}"`,
        Reason: FILTER_REASON_LABEL[reason],
        Rows: count,
        RowNumbers: "",
        Example: "",
      }))
  );
  return {
    name: "Data Quality",
    title: `Data quality: ${q.rowsUsable} of ${q.rowsRead} rows of "${q.sheet}" usable`,
    notes: q.warnings.length > 0 ? q.warnings : ["No warnings."],
    table: {
      name: "DataQuality",
      columns: [
        textColumn("Stage", "Stage", 44),
        textColumn("Reason", "Reason", 36),
        { key: "Rows", header: "Rows", format: "integer" },
        textColumn("RowNumbers", "Sheet rows", 40),
        textColumn("Example", "Example", 60),
      ],
      rows: [...skipped, ...filtered, ...conflictRows(q.customerIdConflicts ?? [])],
    },
  };
}

/** One row per customer id written with several names or segments (compute/quality). */
function conflictRows(conflicts: readonly CustomerIdConflict[]): SheetRow[] {
  const shown = conflicts.slice(0, CONFLICTS_SHOWN).map((c) => ({
    Stage: CONFLICT_STAGE,
    Reason: `Customer id "${c.customerId}" has ${c.variants.length} names or segments`,
    Rows: c.variants.reduce((sum, v) => sum + v.rows, 0),
    RowNumbers: c.variants.flatMap((v) => (v.firstRow === null ? [] : [v.firstRow])).join(", "),
    Example: c.variants
      .map(
        (v) =>
          `"${v.name}" in ${v.segment} (${v.firstRow === null ? "" : `from row ${v.firstRow}, `}${plural(v.rows, "row")})`
      )
      .join("; "),
  }));
  const more = conflicts.length - shown.length;
  if (more <= 0) return shown;
  return [
    ...shown,
    {
      Stage: CONFLICT_STAGE,
      Reason: `${more} more customer ids not listed`,
      Rows: null,
      RowNumbers: "",
      Example: "",
    },
  ];
}

function rowList(rows: readonly number[], count: number): string {
  // A database table's lines have no row numbers (the SQL path): nothing to list.
  if (rows.length === 0) return "";
  const shown = rows.slice(0, ROWS_SHOWN).join(", ");
  return count > ROWS_SHOWN ? `${shown}, ... (${count - ROWS_SHOWN} more)` : shown;
}
