import { Field, Input, Select } from "@fluentui/react-components";
import type { SeriesDefinition } from "../../../core/model/document";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import {
  AGENT_SOURCE,
  seriesCurrencyPatch,
  seriesSheetChoices,
  seriesSourcePatch,
} from "../../state/series-source";

/**
 * Where the series reads its lines and which currency its money is in (seed 000: each series'
 * "Data Source" and "Currency"); the agent's source and currency unless changed here.
 */
export function SeriesSourceFields(props: { index: number; series: SeriesDefinition }) {
  const { state, dispatch } = useAgent();
  const { source } = useSession();
  const { index, series } = props;
  const path = `series[${index}]`;
  const agentCurrency = state.doc.currency.target;
  const sheets = seriesSheetChoices(
    source.choices.map((c) => c.name),
    state.doc.source.sheet
  );
  const own = series.source?.sheet;
  // A sheet named in the document but not in the workbook's list stays shown (and the run says so).
  const options = own && !sheets.includes(own) ? [...sheets, own] : sheets;
  const patch = (p: Partial<SeriesDefinition>) =>
    dispatch({ type: "updateSeries", series: index, patch: p });
  return (
    <>
      <Field
        label="Data source"
        hint="The sheet this series reads; a benchmark may come from another table."
        validationMessage={fieldError(state.issues, `${path}.source.sheet`)}
      >
        <Select
          value={own ?? AGENT_SOURCE}
          onChange={(_, data) => patch(seriesSourcePatch(series, data.value))}
          data-testid={`series-source-${series.id}`}
        >
          <option value={AGENT_SOURCE}>The agent's source (Data step)</option>
          {options.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Currency"
        hint={`Money in this series is converted into this currency; blank = the agent's (${agentCurrency}).`}
        validationMessage={fieldError(state.issues, `${path}.currency`)}
      >
        <Input
          value={series.currency ?? ""}
          placeholder={agentCurrency}
          onChange={(_, data) => patch({ currency: data.value.toUpperCase() || undefined })}
          onBlur={(event) => patch(seriesCurrencyPatch(event.target.value, agentCurrency))}
          data-testid={`series-currency-${series.id}`}
        />
      </Field>
    </>
  );
}
