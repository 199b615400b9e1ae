import {
  FILTER_REASON_LABEL,
  SKIP_REASON_LABEL,
  type DataQualityReport,
  type FilterReason,
  type SkipReason,
} from "../model/data-quality";
import { textColumn } from "./columns";
import type { SheetDescription, SheetRow } from "../model/sheet";

const ROWS_SHOWN = 25;

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
      rows: [...skipped, ...filtered],
    },
  };
}

function rowList(rows: readonly number[], count: number): string {
  const shown = rows.slice(0, ROWS_SHOWN).join(", ");
  return count > ROWS_SHOWN ? `${shown}, ... (${count - ROWS_SHOWN} more)` : shown;
}
