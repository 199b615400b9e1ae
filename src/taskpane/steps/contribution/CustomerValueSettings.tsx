import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type {
  ContributionDefinition,
  DiscountRateDefinition,
  InvestmentTiming,
} from "../../../core/model/contribution-definition";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { Section } from "../../components/Section";
import { useAgent } from "../../state/context";
import {
  DEFAULT_WACC,
  discountRateView,
  patchedWacc,
  withCostOfDebtParts,
  withRiskFreeParts,
  type WaccInputs,
} from "../../state/discount-rate-view";
import {
  parseNumberText,
  parsePercentText,
  parseWholeNumber,
  percentText,
  type NumberInput,
} from "../../state/inputs";
import { fieldError } from "../../state/issues";

const KIND_TEXT: Record<DiscountRateDefinition["kind"], string> = {
  rate: "Entered as a rate",
  wacc: "WACC, equity by CAPM",
};

const RISK_FREE_TEXT = { entered: "Entered", parts: "Real rate + inflation" } as const;
const DEBT_TEXT = {
  entered: "Entered as a rate",
  parts: "From relationships' debt costs",
} as const;

const TIMING_TEXT: Record<InvestmentTiming, string> = {
  everyPeriod: "Every year of the horizon",
  firstPeriodOnly: "Once, in the first year",
};

const useStyles = makeStyles({
  used: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  working: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: "tabular-nums",
  },
});

const parseMoney = (text: string): NumberInput => {
  const parsed = parseNumberText(text, "an amount");
  return parsed.ok && parsed.value < 0
    ? { ok: false, message: "Enter an amount of 0 or more." }
    : parsed;
};

/** Customer value = sum over t of cash flow_t x (1 + i)^-t, t = 0..n (SPEC, Customer profit contribution): n, g and i. */
export function CustomerValueSettings(props: { definition: ContributionDefinition }) {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { definition } = props;
  const rate = definition.discountRate;
  // Switching between the two ways keeps what was typed in the other, for switching back.
  const lastRate = useRef(rate.kind === "rate" ? rate.rate : 0.08);
  const lastWacc = useRef<WaccInputs>(rate.kind === "wacc" ? rate : DEFAULT_WACC);
  if (rate.kind === "rate") lastRate.current = rate.rate;
  else lastWacc.current = rate;
  const view = discountRateView(rate);
  const err = (path: string) => fieldError(state.issues, `contribution.${path}`);
  const setRate = (discountRate: DiscountRateDefinition) =>
    dispatch({ type: "updateContribution", patch: { discountRate } });
  const setWacc = (patch: Partial<WaccInputs>) => setRate(patchedWacc(lastWacc.current, patch));
  const percent = (label: string, key: "riskFree" | "marketReturn" | "costOfDebt" | "taxRate") =>
    rate.kind === "wacc" ? (
      <NumberField
        label={label}
        value={rate[key]}
        parse={(t) => parsePercentText(t, `the ${label.toLowerCase()}`)}
        format={percentText}
        contentAfter="%"
        onCommit={(v) => setWacc({ [key]: v })}
        error={err(`discountRate.${key}`)}
        testId={`wacc-${key}`}
      />
    ) : null;

  return (
    <Section
      title="Customer value"
      description="Each account's cash flow (CP II plus payment-ineffective costs, less investments), grown and discounted over the horizon. The Customer Costs table may give an account its own duration, growth and days sales outstanding. The cost tables' amounts are converted to a year from the months they cover."
    >
      <NumberField
        label="Cost tables cover (months)"
        value={definition.costTablesMonths ?? 12}
        parse={(t) => parseWholeNumber(t, 1, 120, "a number of months")}
        onCommit={(costTablesMonths) =>
          dispatch({ type: "updateContribution", patch: { costTablesMonths } })
        }
        error={err("costTablesMonths")}
        testId="contribution-cost-table-months"
      />
      <FieldRow>
        <NumberField
          label="Horizon (years after this one)"
          value={definition.horizonYears}
          parse={(t) => parseWholeNumber(t, 0, 100, "a number of years")}
          onCommit={(horizonYears) =>
            dispatch({ type: "updateContribution", patch: { horizonYears } })
          }
          error={err("horizonYears")}
          testId="contribution-horizon"
        />
        <NumberField
          label="Yearly growth"
          value={definition.growthRate ?? 0}
          parse={(t) => parsePercentText(t, "the growth")}
          format={percentText}
          contentAfter="%"
          onCommit={(growthRate) => dispatch({ type: "updateContribution", patch: { growthRate } })}
          error={err("growthRate")}
          testId="contribution-growth"
        />
      </FieldRow>
      <Field label="Investment payments" validationMessage={err("investmentTiming")}>
        <Dropdown
          style={{ minWidth: 0 }}
          value={TIMING_TEXT[definition.investmentTiming ?? "everyPeriod"]}
          selectedOptions={[definition.investmentTiming ?? "everyPeriod"]}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            dispatch({
              type: "updateContribution",
              patch: { investmentTiming: d.optionValue as InvestmentTiming },
            })
          }
        >
          {(Object.keys(TIMING_TEXT) as InvestmentTiming[]).map((t) => (
            <Option key={t} value={t}>
              {TIMING_TEXT[t]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Discount rate"
        hint="WACC: the weighted average cost of capital, with the cost of equity by CAPM."
      >
        <Dropdown
          style={{ minWidth: 0 }}
          value={KIND_TEXT[rate.kind]}
          selectedOptions={[rate.kind]}
          onOptionSelect={(_, d) => {
            if (d.optionValue === rate.kind) return;
            setRate(
              d.optionValue === "wacc" ? lastWacc.current : { kind: "rate", rate: lastRate.current }
            );
          }}
          data-testid="discount-kind"
        >
          {(Object.keys(KIND_TEXT) as DiscountRateDefinition["kind"][]).map((kind) => (
            <Option key={kind} value={kind}>
              {KIND_TEXT[kind]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {rate.kind === "rate" ? (
        <NumberField
          label="Rate"
          value={rate.rate}
          parse={(t) => parsePercentText(t, "the discount rate")}
          format={percentText}
          contentAfter="%"
          onCommit={(value) => setRate({ kind: "rate", rate: value })}
          error={err("discountRate.rate")}
          testId="discount-rate"
        />
      ) : (
        <>
          <FieldRow>
            <NumberField
              label="Equity (market value)"
              value={rate.equity}
              parse={parseMoney}
              onCommit={(equity) => setWacc({ equity })}
              // The checker words it after the field's name: "… equity: plus debt must be above 0".
              error={err("discountRate.equity")?.replace(/^Plus /, "Equity plus ")}
              testId="wacc-equity"
            />
            <NumberField
              label="Debt (market value)"
              value={rate.debt}
              parse={parseMoney}
              onCommit={(debt) => setWacc({ debt })}
              error={err("discountRate.debt")}
              testId="wacc-debt"
            />
          </FieldRow>
          <Field
            label="Risk-free rate"
            hint="Seed 001: the real interest rate plus expected inflation."
          >
            <Dropdown
              style={{ minWidth: 0 }}
              value={RISK_FREE_TEXT[rate.riskFreeParts ? "parts" : "entered"]}
              selectedOptions={[rate.riskFreeParts ? "parts" : "entered"]}
              onOptionSelect={(_, d) =>
                setRate(
                  withRiskFreeParts(
                    rate,
                    d.optionValue === "parts"
                      ? (rate.riskFreeParts ?? { realRate: rate.riskFree, inflation: 0 })
                      : null
                  )
                )
              }
              data-testid="risk-free-kind"
            >
              <Option value="entered">{RISK_FREE_TEXT.entered}</Option>
              <Option value="parts">{RISK_FREE_TEXT.parts}</Option>
            </Dropdown>
          </Field>
          {rate.riskFreeParts ? (
            <FieldRow>
              <NumberField
                label="Real interest rate"
                value={rate.riskFreeParts.realRate}
                parse={(t) => parsePercentText(t, "the real interest rate")}
                format={percentText}
                contentAfter="%"
                onCommit={(realRate) =>
                  setRate(withRiskFreeParts(rate, { ...rate.riskFreeParts!, realRate }))
                }
                error={err("discountRate.riskFreeParts.realRate")}
                testId="wacc-real-rate"
              />
              <NumberField
                label="Expected inflation"
                value={rate.riskFreeParts.inflation}
                parse={(t) => parsePercentText(t, "the expected inflation")}
                format={percentText}
                contentAfter="%"
                onCommit={(inflation) =>
                  setRate(withRiskFreeParts(rate, { ...rate.riskFreeParts!, inflation }))
                }
                error={err("discountRate.riskFreeParts.inflation")}
                testId="wacc-inflation"
              />
            </FieldRow>
          ) : null}
          <FieldRow>
            {rate.riskFreeParts ? null : percent("Risk-free rate", "riskFree")}
            <NumberField
              label="Beta"
              value={rate.beta}
              parse={(t) => parseNumberText(t, "the beta")}
              onCommit={(beta) => setWacc({ beta })}
              error={err("discountRate.beta")}
              testId="wacc-beta"
            />
          </FieldRow>
          <FieldRow>{percent("Market return", "marketReturn")}</FieldRow>
          <Field
            label="Cost of debt"
            hint="Seed 001: the average outside-capital costs the customer relationships cause over the planning period, over the debt."
          >
            <Dropdown
              style={{ minWidth: 0 }}
              value={DEBT_TEXT[rate.costOfDebtParts ? "parts" : "entered"]}
              selectedOptions={[rate.costOfDebtParts ? "parts" : "entered"]}
              onOptionSelect={(_, d) =>
                setRate(
                  withCostOfDebtParts(
                    rate,
                    d.optionValue === "parts"
                      ? (rate.costOfDebtParts ?? {
                          relationshipDebtCosts: rate.costOfDebt * rate.debt,
                        })
                      : null
                  )
                )
              }
              data-testid="cost-of-debt-kind"
            >
              <Option value="entered">{DEBT_TEXT.entered}</Option>
              <Option value="parts">{DEBT_TEXT.parts}</Option>
            </Dropdown>
          </Field>
          <FieldRow>
            {rate.costOfDebtParts ? (
              <NumberField
                label="Relationships' debt costs a year"
                value={rate.costOfDebtParts.relationshipDebtCosts}
                parse={parseMoney}
                onCommit={(relationshipDebtCosts) =>
                  setRate(withCostOfDebtParts(rate, { relationshipDebtCosts }))
                }
                error={err("discountRate.costOfDebtParts.relationshipDebtCosts")}
                testId="wacc-relationship-debt-costs"
              />
            ) : (
              percent("Cost of debt", "costOfDebt")
            )}
          </FieldRow>
          <FieldRow>{percent("Tax rate", "taxRate")}</FieldRow>
        </>
      )}
      <div aria-live="polite">
        <p className={styles.used} data-testid="discount-rate-used">
          {view.rate === null
            ? `No discount rate: ${view.error}`
            : `Discount rate used: ${(view.rate * 100).toFixed(2)}%`}
        </p>
        {view.working.map((line) => (
          <p className={styles.working} key={line}>
            {line}
          </p>
        ))}
      </div>
    </Section>
  );
}
