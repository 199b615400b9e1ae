import { Button, Field, Input, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useAgent } from "../../state/context";
import { parseNumberText } from "../../state/inputs";
import { fieldError } from "../../state/issues";

const useStyles = makeStyles({
  rate: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "end", gap: tokens.spacingHorizontalS },
  add: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "end", gap: tokens.spacingHorizontalS },
});

/** The rebate switch and the agent's currency with its conversion rates (SPEC, "Input"). */
export function MoneyOptions() {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { doc, issues } = state;
  const [newCode, setNewCode] = useState("");
  const codeProblem = newCode && !/^[A-Za-z]{3}$/.test(newCode.trim()) ? "Enter a three-letter currency code, such as EUR." : undefined;

  return (
    <Section title="Money" description="How amounts are read: rebates, and the currency every amount is converted into.">
      <Switch
        checked={doc.deductRebateFromMargin}
        label="Deduct the calculated rebate from the gross margin"
        onChange={(_, data) => dispatch({ type: "setDeductRebate", value: data.checked })}
      />
      <FieldRow columns="minmax(0, 1fr) minmax(0, 1fr)">
        <TextField
          label="Agent currency"
          value={doc.currency.target}
          onChange={(target) => dispatch({ type: "setCurrencyTarget", target: target.toUpperCase() })}
          error={fieldError(issues, "currency.target")}
        />
      </FieldRow>
      {Object.entries(doc.currency.rates).map(([code, rate]) => (
        <div className={styles.rate} key={code}>
          <NumberField
            label={`${doc.currency.target} per 1 ${code}`}
            value={rate}
            parse={(text) => parseNumberText(text, "a rate above 0")}
            onCommit={(value) => dispatch({ type: "setCurrencyRate", code, rate: value })}
            error={fieldError(issues, `currency.rates.${code}`)}
          />
          <Button aria-label={`Remove the ${code} rate`} onClick={() => dispatch({ type: "setCurrencyRate", code, rate: null })}>
            Remove
          </Button>
        </div>
      ))}
      <div className={styles.add}>
        <Field label="Add a rate for currency" validationMessage={codeProblem} hint="Rows in a currency without a rate are skipped.">
          <Input value={newCode} maxLength={3} onChange={(_, data) => setNewCode(data.value.toUpperCase())} placeholder="EUR" />
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
