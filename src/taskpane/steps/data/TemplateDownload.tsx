import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { TEMPLATE_COLUMNS, TEMPLATE_FILE_NAME } from "../../state/template-columns";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The writer is in the xlsx chunk, fetched only when a template is asked for. */
const loadWriter = () => import(/* webpackChunkName: "xlsx" */ "../../../xlsx/template-workbook");

/**
 * When the data cannot be read (not a workbook, or a sheet without the needed columns): a
 * template workbook with the seven fields' headers and one example line, to copy the data into.
 */
export function TemplateDownload() {
  const styles = useStyles();
  const [failed, setFailed] = useState<string | null>(null);
  const download = async () => {
    try {
      const { templateWorkbook } = await loadWriter();
      const bytes = await templateWorkbook(TEMPLATE_COLUMNS);
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE })
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = TEMPLATE_FILE_NAME;
      link.click();
      // The browser has the file once the click is handled; the URL is not needed after.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className={styles.box} data-testid="template">
      <p className={styles.text}>
        The agent needs one row per invoice line with these columns:{" "}
        {TEMPLATE_COLUMNS.map((c) => c.header).join(", ")}.
      </p>
      <div>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => void download()}
          data-testid="template-download"
        >
          Download a template workbook
        </Button>
      </div>
      {failed ? (
        <p className={styles.text} role="alert">
          The template could not be made: {failed}
        </p>
      ) : null}
    </div>
  );
}
