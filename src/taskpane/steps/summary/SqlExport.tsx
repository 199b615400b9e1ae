import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { DialectName } from "../../../core/agent/check";
import { CommandText } from "../../components/CommandText";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { agentSql, DIALECT_CHOICES } from "./agent-sql";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  script: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/**
 * The agent as SQL, for a data team to schedule where the sales history lives (a warehouse past
 * Excel's million rows): the same definitions, one statement per result table.
 */
export function SqlExport() {
  const styles = useStyles();
  const { state } = useAgent();
  const { source } = useSession();
  const [dialect, setDialect] = useState<DialectName>("postgres");
  const [table, setTable] = useState("sales");
  const [copied, setCopied] = useState(false);
  const headers = source.sheet?.headers.map((h) => String(h ?? "")) ?? null;
  const sql = useMemo(
    () => agentSql(state.doc, dialect, table, headers, new Date()),
    // `headers` is rebuilt on each render; the sheet is what it comes from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.doc, dialect, table, source.sheet]
  );
  const chosen = DIALECT_CHOICES.find((c) => c.name === dialect)!;

  return (
    <>
      <Field label="Database or warehouse">
        <Dropdown
          value={chosen.label}
          selectedOptions={[dialect]}
          onOptionSelect={(_, data) => {
            setDialect(data.optionValue as DialectName);
            setCopied(false);
          }}
          data-testid="sql-dialect"
        >
          {DIALECT_CHOICES.map((c) => (
            <Option key={c.name} value={c.name}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Table of sales lines"
        hint="With its schema if it needs one, e.g. finance.sales."
      >
        <Input value={table} onChange={(_, data) => setTable(data.value)} data-testid="sql-table" />
      </Field>
      {sql.kind === "refused" ? (
        <ErrorMessage testId="sql-refused">
          <CommandText>{sql.message}</CommandText>
        </ErrorMessage>
      ) : (
        <>
          {dialect === "duckdb" || dialect === "postgres" ? null : (
            <Notice>
              Written for {chosen.label} and checked by a SQL parser; it is not run by this add-in.
            </Notice>
          )}
          <Field label="SQL">
            <Textarea
              className={styles.script}
              value={sql.text}
              readOnly
              resize="vertical"
              rows={8}
              data-testid="sql-script"
            />
          </Field>
          <div className={styles.row}>
            <Button
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(sql.text)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false))
              }
            >
              {copied ? "Copied" : "Copy"}
            </Button>
            <Button
              as="a"
              href={`data:application/sql;charset=utf-8,${encodeURIComponent(sql.text)}`}
              download={sql.fileName}
              data-testid="sql-download"
            >
              Download .sql
            </Button>
          </div>
        </>
      )}
    </>
  );
}
