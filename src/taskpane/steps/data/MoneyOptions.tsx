import { Button, Field, Input, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { mapFields } from "../../../core/agent/check";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { currenciesInColumn, currenciesWithoutRate } from "../../state/currencies";
import { parseNumberText, type NumberInput } from "../../state/inputs";
import { fieldError } from "../../state/issues";

const useStyles = makeStyles({
  rate: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
  },
  found: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function parseRate(text: string): NumberInput {
  const parsed = parseNumberText(text, "a rate above 0");
  if (parsed.ok && parsed.value <= 0) return { ok: false, message: "Enter a rate above 0." };
  return parsed;
}

/** The column index of the sheet's Currency field, or null when it has none. */
function useCurrencyColumn(): number | null {
  const { source } = useSession();
  const { state } = useAgent();
  const headers = source.sheet?.headers;
  const mapping = state.doc.source.mapping;
  return useMemo(() => {
    if (!headers) return null;
    try {
      return mapFields(headers, mapping).fields.Currency?.column ?? null;
    } catch {
      return null;
    }
  }, [headers, mapping]);
}

/** The rebate switch and the agent's currency with its conversion rates (SPEC, "Input"). */
export function MoneyOptions() {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { source } = useSession();
  const { doc, issues } = state;
  const [newCode, setNewCode] = useState("");
  const [found, setFound] = useState<string[]>([]);
  const column = useCurrencyColumn();

  // The column is scanned once the sheet is read and its rows parsed: scanning pulls every row
  // to the page, and meanwhile it held up the reading worker's parse (issue 14).
  const settled = source.busy === null;
  useEffect(() => {
    const sheet = source.sheet;
    // Meanwhile nothing is listed: not the previous file's currencies under the new file.
    if (!sheet || column === null || !settled) return setFound([]);
    let current = true;
    void currenciesInColumn(sheet, column).then((codes) => current && setFound(codes));
    return () => {
      current = false;
    };
  }, [source.sheet, column, settled]);

  const missing = currenciesWithoutRate(found, doc.currency.target, doc.currency.rates);
  const codeProblem =
    newCode && !/^[A-Za-z]{3}$/.test(newCode.trim())
      ? "Enter a three-letter currency code, such as EUR."
      : undefined;
  const rateLabel = (code: string) => `${doc.currency.target || "Agent currency"} per 1 ${code}`;

  return (
    <Section
      title="Money"
      description="How amounts are read: rebates, and the currency every amount is converted into."
    >
      <Switch
        checked={doc.deductRebateFromMargin}
        label="Deduct the calculated rebate from the gross margin"
        onChange={(_, data) => dispatch({ type: "setDeductRebate", value: data.checked })}
      />
      <FieldRow columns="minmax(0, 1fr) minmax(0, 1fr)">
        <TextField
          label="Agent currency"
          value={doc.currency.target}
          onChange={(target) =>
            dispatch({ type: "setCurrencyTarget", target: target.toUpperCase() })
          }
          error={fieldError(issues, "currency.target")}
        />
      </FieldRow>
      <TextField
        label="Rates by month: sheet or table"
        placeholder="e.g. Rates"
        value={doc.currency.ratesSheet ?? ""}
        onChange={(sheet) => dispatch({ type: "setRatesSheet", sheet: sheet.trim() || null })}
        error={fieldError(issues, "currency.ratesSheet")}
        hint="Columns Currency, Month, Rate. A currency listed there is converted at each line's month rate; a line whose month has no rate is left out and listed on Data Quality."
        testId="rates-sheet"
      />
      {found.length > 0 ? (
        <p className={styles.found} data-testid="currencies-found">
          Currencies in the sheet: {found.join(", ")}.
        </p>
      ) : null}
      {[...Object.keys(doc.currency.rates), ...missing].map((code) => {
        const rate = doc.currency.rates[code];
        // One box per code whether or not it has a rate yet, so typing a first rate keeps the focus.
        return (
          <div className={styles.rate} key={code}>
            <NumberField
              label={rateLabel(code)}
              value={rate ?? null}
              parse={parseRate}
              onCommit={(value) => dispatch({ type: "setCurrencyRate", code, rate: value })}
              error={
                rate === undefined
                  ? `Rows in ${code} need a rate: how many ${doc.currency.target} is one ${code} worth?`
                  : fieldError(issues, `currency.rates.${code}`)
              }
              testId={`rate-${code}`}
            />
            {rate !== undefined ? (
              <Button
                aria-label={`Remove the ${code} rate`}
                onClick={() => dispatch({ type: "setCurrencyRate", code, rate: null })}
              >
                Remove
              </Button>
            ) : null}
          </div>
        );
      })}
      <div className={styles.rate}>
        <Field
          label="Add a rate for currency"
          validationMessage={codeProblem}
          hint="Rows in a currency without a rate are refused."
        >
          <Input
            value={newCode}
            maxLength={3}
            onChange={(_, data) => setNewCode(data.value.toUpperCase())}
            placeholder="EUR"
          />
        </Field>
        <Button
          disabled={!newCode || Boolean(codeProblem)}
          onClick={() => {
            dispatch({ type: "setCurrencyRate", code: newCode.trim(), rate: 1 });
            setNewCode("");
          }}
        >
          Add
        </Button>
      </div>
    </Section>
  );
}
