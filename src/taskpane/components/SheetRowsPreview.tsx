import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
});

/**
 * The first rows of a result sheet as the engine describes it (the seed's "Summary Table" under
 * each series and the join), the same columns and headers as the sheet the run writes, capped
 * at SHEET_ROWS_SHOWN with "120 rows: show all".
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
  if (!table || rows.length === 0) return null;
  const caption = list.all
    ? `All ${formatCount(rows.length)} rows of ${props.label}`
    : `First ${formatCount(list.shown.length)} of ${formatCount(rows.length)} rows of ${props.label}`;
  return (
    <div data-testid={props.testId}>
      <p className={styles.caption}>{caption}, as the result sheet shows them:</p>
      <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
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
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.shown.map((row, i) => (
              <tr key={i}>
                {table.columns.map((c) => (
                  <td
                    key={c.key}
                    className={mergeClasses(
                      styles.cell,
                      c.format === "text" ? styles.text : mergeClasses(styles.number, styles.figure)
                    )}
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
