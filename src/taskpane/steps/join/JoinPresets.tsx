import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type {
  MarginUpliftDefinition,
  QuarterBasis,
  RevenuePriceLevel,
} from "../../../core/model/join-presets";
import { Notice } from "../../components/ErrorMessage";
import { FieldRow } from "../../components/Row";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { fieldChoices } from "../../state/field-choices";
import {
  BASIS_TEXT,
  MARGIN_UPLIFT_TEXT,
  PRICE_LEVEL_TEXT,
  joinPresetView,
} from "../../state/join-presets";

const OWN_FORMULA = "Own formula (edit it below)";

/**
 * Ready-made join measures (docs/decisions.md, "Quarter measures"): each quarter uplift's
 * definition, what a quarter is, and the margin trend. A choice rewrites the measure of that
 * name where it stands, so rules and impact lines naming it keep working.
 */
export function JoinPresets() {
  const { state, dispatch } = useAgent();
  const { source } = useSession();
  const { doc } = state;
  const view = useMemo(() => joinPresetView(doc), [doc]);
  const usesQuarters =
    view.marginUplift === "previousQuarter" ||
    view.priceLevel === "segmentAveragePrice" ||
    view.priceLevel === "referencePrice";
  // Until a preset counts quarters the document holds no basis: the pane remembers the choice.
  const [chosenBasis, setChosenBasis] = useState<QuarterBasis>(view.basis);
  const basis = usesQuarters ? view.basis : chosenBasis;
  const choices = useMemo(
    () =>
      fieldChoices(source.sheet?.headers, doc.source.mapping, {
        dimensions: [view.referenceTable.by],
        numbers: [view.quantityField],
      }),
    [source.sheet, doc.source.mapping, view.quantityField, view.referenceTable.by]
  );
  /** The revenue uplift at its current level with another table or units column. */
  const revenueAt = (referenceTable: { sheet: string; by: string }, quantityField: string) =>
    view.priceLevel &&
    dispatch({
      type: "applyJoinPreset",
      preset: {
        kind: "revenueUplift",
        level: view.priceLevel,
        basis,
        quantityField,
        referenceTable,
      },
    });

  return (
    <Section
      title="Ready-made measures"
      description="The seed's definitions of the quarter uplifts and the margin trend, written as join measures you can still edit."
    >
      <Field
        label="Quarters"
        hint={
          usesQuarters
            ? "Applies to every quarter measure below."
            : "Used by the previous-quarter and unit-price choices below."
        }
      >
        <Dropdown
          style={{ minWidth: 0 }}
          data-testid="preset-quarters"
          value={BASIS_TEXT[basis]}
          selectedOptions={[basis]}
          onOptionSelect={(_, d) => {
            if (!d.optionValue) return;
            const next = d.optionValue as QuarterBasis;
            setChosenBasis(next);
            if (usesQuarters) dispatch({ type: "setQuarterBasis", basis: next });
          }}
        >
          {(Object.keys(BASIS_TEXT) as QuarterBasis[]).map((key) => (
            <Option key={key} value={key}>
              {BASIS_TEXT[key]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Quarter Margin Uplift">
        <Dropdown
          style={{ minWidth: 0 }}
          data-testid="preset-margin-uplift"
          value={view.marginUplift ? MARGIN_UPLIFT_TEXT[view.marginUplift] : OWN_FORMULA}
          selectedOptions={view.marginUplift ? [view.marginUplift] : []}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            dispatch({
              type: "applyJoinPreset",
              preset: {
                kind: "marginUplift",
                definition: d.optionValue as MarginUpliftDefinition,
                basis,
              },
            })
          }
        >
          {(Object.keys(MARGIN_UPLIFT_TEXT) as MarginUpliftDefinition[]).map((key) => (
            <Option key={key} value={key}>
              {MARGIN_UPLIFT_TEXT[key]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Quarter Revenue Uplift: price level">
        <Dropdown
          style={{ minWidth: 0 }}
          data-testid="preset-price-level"
          value={view.priceLevel ? PRICE_LEVEL_TEXT[view.priceLevel] : OWN_FORMULA}
          selectedOptions={view.priceLevel ? [view.priceLevel] : []}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            dispatch({
              type: "applyJoinPreset",
              preset: {
                kind: "revenueUplift",
                level: d.optionValue as RevenuePriceLevel,
                basis,
                quantityField: view.quantityField,
                referenceTable: view.referenceTable,
              },
            })
          }
        >
          {(Object.keys(PRICE_LEVEL_TEXT) as RevenuePriceLevel[]).map((key) => (
            <Option key={key} value={key}>
              {PRICE_LEVEL_TEXT[key]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {view.priceLevel === "referencePrice" ? (
        <FieldRow>
          <TextField
            label="Reference price sheet"
            value={view.referenceTable.sheet}
            testId="preset-reference-sheet"
            onChange={(sheet) => revenueAt({ ...view.referenceTable, sheet }, view.quantityField)}
            hint="A price per unit in each row"
          />
          <Field label="Prices per">
            <Dropdown
              style={{ minWidth: 0 }}
              data-testid="preset-reference-by"
              value={view.referenceTable.by}
              selectedOptions={[view.referenceTable.by]}
              onOptionSelect={(_, d) =>
                d.optionValue &&
                revenueAt({ ...view.referenceTable, by: d.optionValue }, view.quantityField)
              }
            >
              {choices.dimensions.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </FieldRow>
      ) : null}
      {view.priceLevel === "segmentAveragePrice" || view.priceLevel === "referencePrice" ? (
        <Field
          label="Units column"
          hint={
            view.priceLevel === "referencePrice"
              ? "Each line's units x its reference price, less its revenue."
              : "The segment's price per unit is its revenue / these units over the segment series' window."
          }
        >
          <Dropdown
            style={{ minWidth: 0 }}
            data-testid="preset-units"
            value={view.quantityField}
            selectedOptions={[view.quantityField]}
            onOptionSelect={(_, d) =>
              d.optionValue && revenueAt(view.referenceTable, d.optionValue)
            }
          >
            {choices.numbers.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      <div>
        <Button
          size="small"
          data-testid="preset-trend"
          disabled={view.hasTrend || view.trendBlocked !== null}
          onClick={() => dispatch({ type: "applyJoinPreset", preset: { kind: "marginTrend" } })}
        >
          {view.hasTrend ? "Margin trend added (MarginTrendPts)" : "Add the margin trend"}
        </Button>
      </div>
      {view.trendBlocked ? <Notice intent="warning">{view.trendBlocked}</Notice> : null}
    </Section>
  );
}
