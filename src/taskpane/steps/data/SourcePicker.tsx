import {
  Button,
  Dropdown,
  Field,
  Option,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { TemplateDownload } from "./TemplateDownload";
import { visuallyHidden } from "../../components/visually-hidden";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: visuallyHidden,
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  cancel: { alignSelf: "start" },
  file: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
});

/** Where the transactions come from: a sheet or table of this workbook, or (outside Excel) a file. */
export function SourcePicker() {
  const styles = useStyles();
  const { host, source } = useSession();
  const { state } = useAgent();
  const fileInput = useRef<HTMLInputElement>(null);
  const selected = state.doc.source.sheet ?? source.choices[0]?.name ?? "";
  const selectedChoice = source.choices.find((c) => c.name === selected);

  return (
    <>
      {host.files ? (
        <>
          <div className={styles.buttons}>
            <input
              ref={fileInput}
              id="source-file"
              className={styles.hiddenInput}
              type="file"
              accept=".xlsx,.xlsm,.csv,.txt"
              aria-label="Upload a transaction workbook (.xlsx) or CSV file"
              data-testid="file-input"
              // Out of the tab order, or the keyboard would stop on an unseen control: the button opens it.
              tabIndex={-1}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void source.openFile(file);
                event.target.value = "";
              }}
            />
            {/* Primary until a file is open; then "Next" is the view's one primary button. */}
            <Button
              appearance={source.sheet ? "secondary" : "primary"}
              onClick={() => fileInput.current?.click()}
              disabled={source.busy !== null}
            >
              Upload .xlsx or .csv
            </Button>
            <Button
              onClick={() => void source.openSample()}
              disabled={source.busy !== null}
              data-testid="use-sample"
            >
              Use the sample workbook
            </Button>
          </div>
          {source.fileName ? (
            <p className={styles.file} data-testid="open-file">
              Open: {source.fileName}
            </p>
          ) : null}
        </>
      ) : null}

      {source.choices.length > 0 && (host.kind === "excel" || source.choices.length > 1) ? (
        <Field
          label={host.kind === "excel" ? "Sheet or table with the transactions" : "Sheet"}
          hint={selectedChoice?.detail}
        >
          <Dropdown
            value={selected}
            selectedOptions={selected ? [selected] : []}
            onOptionSelect={(_, data) => data.optionValue && void source.select(data.optionValue)}
            disabled={source.busy !== null}
            data-testid="source-dropdown"
          >
            {source.choices.map((choice) => (
              <Option key={`${choice.kind}:${choice.name}`} value={choice.name} text={choice.name}>
                {choice.kind === "table" ? `${choice.name} (table)` : choice.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {host.kind === "excel" ? (
        <div className={styles.buttons}>
          <Button onClick={() => void source.refresh()} disabled={source.busy !== null}>
            Refresh the list
          </Button>
          {selected ? (
            <Button onClick={() => void source.select(selected)} disabled={source.busy !== null}>
              Read '{selected}' again
            </Button>
          ) : null}
        </div>
      ) : null}

      {source.busy ? (
        <div className={styles.progress} data-testid="source-progress">
          <Field label={source.busy} validationState="none" hint={progressHint(source.progress)}>
            <ProgressBar value={progressValue(source.progress)} />
          </Field>
          {/* Stops the reading; the file or sheet open before stays as it was. */}
          <Button
            size="small"
            className={styles.cancel}
            onClick={source.cancel}
            data-testid="source-cancel"
          >
            Cancel
          </Button>
        </div>
      ) : null}
      {source.error ? (
        <ErrorMessage title="The source could not be read" testId="source-error">
          {source.error}
        </ErrorMessage>
      ) : null}
      {source.error && host.files ? <TemplateDownload /> : null}
    </>
  );
}

function progressValue(
  progress: { done: number; total: number | null } | null
): number | undefined {
  if (!progress || !progress.total) return undefined;
  return Math.min(1, progress.done / progress.total);
}

function progressHint(progress: { done: number; total: number | null } | null): string | undefined {
  if (!progress) return undefined;
  return progress.total
    ? `${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} rows`
    : `${progress.done.toLocaleString("en-US")} rows`;
}
