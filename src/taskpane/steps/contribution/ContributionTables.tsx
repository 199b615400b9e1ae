import {
  Button,
  Dropdown,
  Field,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { ContributionDefinition } from "../../../core/model/contribution-definition";
import {
  ACTIVITIES_SPEC,
  COST_DRIVERS_SPEC,
  CUSTOMER_COSTS_SPEC,
  type TableSpec,
} from "../../../core/agent/check";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { MappingPanel } from "../../components/MappingPanel";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { useSheetSamples, type SheetSample } from "../../session/use-sheet-sample";
import { CONTRIBUTION_TABLES, type ContributionTableKey } from "../../state/contribution";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { tableMappingView } from "../../state/table-mapping-view";

const NOT_USED = "\u0000none";

const TABLES: Record<
  ContributionTableKey,
  { spec: TableSpec; title: string; description: string; optional: string | null }
> = {
  activities: {
    spec: ACTIVITIES_SPEC,
    title: "Activities",
    description:
      "One row per process: its cost driver, process costs (or productivity) and quantity. Process cost rate = process costs / quantity. Optional: level (product, order, customer; segment and company costs are reported below CP II), main process (two-stage allocation), quantity-neutral costs (allocation ratio).",
    optional: null,
  },
  costDrivers: {
    spec: COST_DRIVERS_SPEC,
    title: "Cost Drivers",
    description: "One row per customer and driver: how much of the driver the customer used.",
    optional: "Not used: drivers come from the transaction rows only",
  },
  customerCosts: {
    spec: CUSTOMER_COSTS_SPEC,
    title: "Customer Costs",
    description:
      "One row per customer: direct order and customer costs, payment-ineffective costs (material, personnel, depreciation, other), investment payments; optionally its own relationship duration, growth and days sales outstanding.",
    optional: "Not used: no direct customer costs",
  },
};

const useStyles = makeStyles({
  summary: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Where the Activities, Cost Drivers and Customer Costs tables are, and which column holds each field. */
export function ContributionTables(props: { definition: ContributionDefinition }) {
  const { host, source, tables } = useSession();
  const names = CONTRIBUTION_TABLES.map((table) => props.definition[table]?.sheet ?? null);
  const samples = useSheetSamples(host, names, tables.generation);
  const choices = source.choices.map((c) => c.name);

  return (
    <Section
      title="Input tables"
      description="Sheets of the workbook that hold the activity costs, the customers' use of each cost driver and their direct costs."
    >
      {choices.length === 0 ? (
        <Notice>
          {host.kind === "excel"
            ? "No sheets were listed yet: refresh the list on the Data step."
            : "Open the workbook on the Data step first: the tables are its other sheets."}
        </Notice>
      ) : null}
      {CONTRIBUTION_TABLES.map((table, i) => (
        <TableSettings
          key={table}
          table={table}
          definition={props.definition}
          sample={samples[i]}
          choices={choices}
        />
      ))}
      <div>
        <Button size="small" onClick={tables.reload}>
          Read the tables again
        </Button>
      </div>
    </Section>
  );
}

function TableSettings(props: {
  table: ContributionTableKey;
  definition: ContributionDefinition;
  sample: SheetSample;
  choices: readonly string[];
}) {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { table, sample } = props;
  const info = TABLES[table];
  const source = props.definition[table];
  const path = `contribution.${table}`;
  const view = useMemo(
    () =>
      source && sample.status === "ready"
        ? tableMappingView(info.spec, source.sheet, sample.headers, source.mapping, sample.rows)
        : null,
    [info.spec, source, sample]
  );
  const missing = source && props.choices.length > 0 && !props.choices.includes(source.sheet);
  const sheetError =
    fieldError(state.issues, `${path}.sheet`) ??
    (missing
      ? `The workbook has no sheet '${source.sheet}': pick the sheet with the ${info.title} table${info.optional ? ", or leave it out" : ""}.`
      : undefined);
  const selected = source?.sheet ?? NOT_USED;

  return (
    <Section
      title={info.title}
      level={3}
      description={info.description}
      testId={`contribution-table-${table}`}
    >
      <Field
        label={`${info.title} sheet`}
        validationMessage={sheetError}
        required={info.optional === null}
      >
        <Dropdown
          value={source?.sheet ?? info.optional ?? ""}
          selectedOptions={[selected]}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            dispatch({
              type: "setContributionTable",
              table,
              sheet: d.optionValue === NOT_USED ? null : d.optionValue,
            })
          }
          data-testid={`contribution-sheet-${table}`}
        >
          {info.optional ? (
            <Option value={NOT_USED} text={info.optional}>
              {info.optional}
            </Option>
          ) : null}
          {[...new Set([...props.choices, ...(source && missing ? [source.sheet] : [])])].map(
            (name) => (
              <Option key={name} value={name} text={name}>
                {name}
              </Option>
            )
          )}
        </Dropdown>
      </Field>
      {source && !missing && sample.status === "loading" ? (
        <Spinner size="tiny" label={`Reading '${source.sheet}'…`} />
      ) : null}
      {source && !missing && sample.status === "error" ? (
        <ErrorMessage title={`'${source.sheet}' could not be read`}>{sample.message}</ErrorMessage>
      ) : null}
      {view ? (
        <MappingPanel
          view={view}
          label={`${info.title} field mapping`}
          oneOfNote="optional; one of the three needed"
          errorOf={(field) => fieldError(state.issues, `${path}.mapping.${field}`)}
          onChange={(field, header) =>
            dispatch({ type: "setContributionMapping", table, field, header })
          }
          idPrefix={`${table}-`}
          testIdPrefix={`${table}-mapping-`}
          summaryTestId={`contribution-mapping-summary-${table}`}
          summaryClassName={styles.summary}
        />
      ) : null}
    </Section>
  );
}
