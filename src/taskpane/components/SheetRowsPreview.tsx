import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState } from "react";
import type { SheetDescription } from "../../core/model/sheet";
import { formatCell, formatCount } from "../state/format";
import { ShowAllButton, useCapped } from "./CappedList";

/** Rows shown before "show all": enough to see what the table holds. */
export const SHEET_ROWS_SHOWN = 5;

const useStyles = makeStyles({
  caption: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Wide tables scroll inside their box; the box takes the focus so the keyboard can scroll it.
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  // Whole words wrap (no mid-word break); a column is as wide as its longest word. Narrow
  // padding and wrapping headers let a four-column summary (segment, revenue, profit, margin %)
  // fit the 350 px pane without scrolling; wider tables scroll inside their box.
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
    verticalAlign: "top",
    overflowWrap: "normal",
  },
  head: { fontWeight: tokens.fontWeightSemibold, minWidth: "4em" },
  text: { minWidth: "6em" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  // A figure never breaks; its header may wrap between words ("Avg Margin %").
  figure: { whiteSpace: "nowrap" },
  // Stacked: a table wider than the pane shows each row as a record of "header  value" lines
  // (issue 12: no sideways scrolling at 350 px). The header row stays for screen readers only.
  stackedTable: { display: "block", width: "100%" },
  stackedBody: { display: "block" },
  stackedHead: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  // A figure takes its own width; its header has the rest of the line ("Segment Average Margin %").
  stackedFigure: { gridTemplateColumns: "minmax(0, 1fr) auto" },
  stackedRow: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stackedCell: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: "none",
    minWidth: 0,
    "::before": {
      content: "attr(data-header)",
      textAlign: "start",
      whiteSpace: "normal",
      color: tokens.colorNeutralForeground3,
    },
  },
});

/**
 * Whether the table, laid out as a table, is wider than its box: then its rows are stacked. The
 * width is measured as a table before paint (a stacked table never flashes) when the table or
 * the rows shown change, and again whenever the box is resized.
 */
function useStacked(table: unknown, showAll: boolean) {
  const box = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  // The table's own width as a table, once found wider than its box; null while it fits.
  const [tableWidth, setTableWidth] = useState<number | null>(null);
  /** Laid out as a table: stacked once it is wider than its box. */
  const stackIfWider = () => {
    const width = tableRef.current?.scrollWidth ?? 0;
    if (box.current && width > box.current.clientWidth) setTableWidth(width);
  };
  useLayoutEffect(() => setTableWidth(null), [table, showAll]);
  useLayoutEffect(() => {
    if (tableWidth === null) stackIfWider();
  }, [tableWidth, table, showAll]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (tableWidth === null) stackIfWider();
      else if (element.clientWidth >= tableWidth) setTableWidth(null);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [tableWidth]);
  return { box, tableRef, stacked: tableWidth !== null };
}

/**
 * The first rows of a result sheet as the engine describes it (the seed's "Summary Table" under
 * each series and the join), the same columns and headers as the sheet the run writes, capped
 * at SHEET_ROWS_SHOWN with "120 rows: show all". A table wider than the pane stacks each row as
 * "header  value" lines instead of scrolling sideways.
 */
export function SheetRowsPreview(props: {
  sheet: SheetDescription;
  label: string;
  testId: string;
}) {
  const styles = useStyles();
  const table = props.sheet.table;
  const rows = table?.rows ?? [];
  const list = useCapped(rows, SHEET_ROWS_SHOWN);
  const { box, tableRef, stacked } = useStacked(table, list.all);
  if (!table || rows.length === 0) return null;
  const caption = list.all
    ? `All ${formatCount(rows.length)} rows of ${props.label}`
    : `First ${formatCount(list.shown.length)} of ${formatCount(rows.length)} rows of ${props.label}`;
  return (
    <div data-testid={props.testId}>
      <p className={styles.caption}>{caption}, as the result sheet shows them:</p>
      <div
        ref={box}
        className={styles.scroller}
        role="region"
        aria-label={caption}
        tabIndex={0}
        data-layout={stacked ? "stacked" : "table"}
      >
        <table
          ref={tableRef}
          className={mergeClasses(styles.table, stacked && styles.stackedTable)}
          // A table shown as blocks keeps its roles for screen readers.
          role={stacked ? "table" : undefined}
        >
          <thead
            className={stacked ? styles.stackedHead : undefined}
            role={stacked ? "rowgroup" : undefined}
          >
            <tr role={stacked ? "row" : undefined}>
              {table.columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={mergeClasses(
                    styles.cell,
                    styles.head,
                    c.format !== "text" && styles.number
                  )}
                  title={c.key}
                  role={stacked ? "columnheader" : undefined}
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            className={stacked ? styles.stackedBody : undefined}
            role={stacked ? "rowgroup" : undefined}
          >
            {list.shown.map((row, i) => (
              <tr
                key={i}
                className={stacked ? styles.stackedRow : undefined}
                role={stacked ? "row" : undefined}
              >
                {table.columns.map((c) => (
                  <td
                    key={c.key}
                    className={mergeClasses(
                      styles.cell,
                      c.format === "text"
                        ? styles.text
                        : mergeClasses(styles.number, styles.figure),
                      stacked && styles.stackedCell,
                      stacked && c.format !== "text" && styles.stackedFigure
                    )}
                    role={stacked ? "cell" : undefined}
                    data-header={c.header}
                  >
                    {formatCell(row[c.key], c.format)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowAllButton
        list={list}
        total={rows.length}
        cap={SHEET_ROWS_SHOWN}
        noun="row"
        testId={`${props.testId}-toggle`}
      />
    </div>
  );
}
