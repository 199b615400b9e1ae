import { Button, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type {
  ContributionDefinition,
  DerivedDriver,
} from "../../../core/model/contribution-definition";
import { IconButton } from "../../components/IconButton";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { fieldChoices } from "../../state/field-choices";
import { uniqueName } from "../../state/inputs";
import { fieldError } from "../../state/issues";

const FROM_TEXT: Record<DerivedDriver["from"], string> = {
  lines: "Transaction lines",
  orders: "Orders (distinct pricing days)",
  column: "Sum of a column",
};

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  driver: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "end",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  wide: { gridColumn: "1 / span 2" },
});

/** Drivers counted from the transaction rows, and further sales deductions (SPEC: net revenue = sales - deductions). */
export function DerivedDrivers(props: { definition: ContributionDefinition }) {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { source } = useSession();
  const drivers = props.definition.derivedDrivers ?? [];
  const deductions = props.definition.salesDeductionColumns ?? [];
  const { derivedDrivers: driversInUse, salesDeductionColumns: deductionsInUse } = props.definition;
  const columns = useMemo(() => {
    const drivers = driversInUse ?? [];
    const deductions = deductionsInUse ?? [];
    const inUse = [
      ...drivers.flatMap((d) => (d.from === "column" ? [d.column] : [])),
      ...deductions,
    ];
    return fieldChoices(source.sheet?.headers, state.doc.source.mapping, {
      dimensions: [],
      numbers: inUse,
    }).numbers;
  }, [source.sheet, state.doc.source.mapping, driversInUse, deductionsInUse]);
  const setDrivers = (derivedDrivers: DerivedDriver[]) =>
    dispatch({ type: "updateContribution", patch: { derivedDrivers } });
  const update = (i: number, driver: DerivedDriver) =>
    setDrivers(drivers.map((d, j) => (j === i ? driver : d)));
  const err = (path: string) => fieldError(state.issues, `contribution.${path}`);

  return (
    <Section
      title="Drivers from the transactions"
      description="Counted per customer from the analysed rows, for activities whose cost driver has the same name; no Cost Drivers rows needed for them."
    >
      <div className={styles.list}>
        {drivers.map((driver, i) => (
          <div
            className={styles.driver}
            key={i}
            role="group"
            aria-label={`Derived driver ${i + 1}: ${driver.name}`}
            data-testid={`derived-driver-${i}`}
          >
            <TextField
              label="Driver name"
              value={driver.name}
              onChange={(name) => update(i, { ...driver, name })}
              error={err(`derivedDrivers[${i}].name`)}
            />
            <IconButton
              icon={<DismissRegular />}
              label={`Remove driver ${driver.name || i + 1}`}
              onClick={() => setDrivers(drivers.filter((_, j) => j !== i))}
            />
            <Field
              className={styles.wide}
              label="Counted from"
              validationMessage={err(`derivedDrivers[${i}].from`)}
            >
              <Dropdown
                style={{ minWidth: 0 }}
                value={FROM_TEXT[driver.from]}
                selectedOptions={[driver.from]}
                onOptionSelect={(_, d) => {
                  const from = d.optionValue as DerivedDriver["from"] | undefined;
                  if (!from || from === driver.from) return;
                  update(
                    i,
                    from === "column"
                      ? {
                          name: driver.name,
                          from,
                          column: columns.find((c) => c === driver.name) ?? "",
                        }
                      : { name: driver.name, from }
                  );
                }}
              >
                {(Object.keys(FROM_TEXT) as DerivedDriver["from"][]).map((from) => (
                  <Option key={from} value={from}>
                    {FROM_TEXT[from]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {driver.from === "column" ? (
              <div className={styles.wide}>
                <Field label="Column summed" validationMessage={err(`derivedDrivers[${i}].column`)}>
                  <Dropdown
                    style={{ minWidth: 0 }}
                    placeholder="Pick a numeric column"
                    value={driver.column}
                    selectedOptions={driver.column ? [driver.column] : []}
                    onOptionSelect={(_, d) =>
                      d.optionValue && update(i, { ...driver, column: d.optionValue })
                    }
                  >
                    {columns.map((c) => (
                      <Option key={c} value={c}>
                        {c}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              </div>
            ) : null}
          </div>
        ))}
      </div>
      <div>
        <Button
          size="small"
          onClick={() =>
            setDrivers([
              ...drivers,
              {
                name: uniqueName(
                  "Driver",
                  drivers.map((d) => d.name)
                ),
                from: "lines",
              },
            ])
          }
        >
          Add a driver
        </Button>
      </div>
      <Field
        label="Further sales deductions"
        hint="Columns of positive amounts deducted from sales (discounts, cash discounts); the calculated rebate always is."
        validationMessage={err("salesDeductionColumns")}
      >
        <Dropdown
          multiselect
          style={{ minWidth: 0 }}
          placeholder="None"
          value={deductions.join(", ")}
          selectedOptions={[...deductions]}
          onOptionSelect={(_, d) =>
            dispatch({
              type: "updateContribution",
              patch: { salesDeductionColumns: d.selectedOptions },
            })
          }
        >
          {columns.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </Section>
  );
}
