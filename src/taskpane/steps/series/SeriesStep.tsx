import { useMemo } from "react";
import { AnchorHint } from "../../components/AnchorHint";
import { DataBlocker } from "../../components/DataBlocker";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import { useAgent } from "../../state/context";
import { fieldChoices } from "../../state/field-choices";
import { AnchorDateField } from "./AnchorDateField";
import { SeriesEditor } from "./SeriesEditor";
import { SharedWindowField } from "./SharedWindowField";

/** Step 2: the anchor date and each series' levels, filters and measures. */
export function SeriesStep() {
  const { state } = useAgent();
  const { source, preview } = useSession();
  const { doc } = state;
  const choices = useMemo(
    () =>
      fieldChoices(source.sheet?.headers, doc.source.mapping, {
        dimensions: doc.series.flatMap((s) => [
          ...s.groupBy,
          ...s.filters.dimensions.map((f) => f.field),
        ]),
        numbers: doc.series.flatMap((s) =>
          s.measures.flatMap((m) => (m.kind === "aggregate" ? [m.field] : []))
        ),
      }),
    [source.sheet, doc.source.mapping, doc.series]
  );
  const result = latestResult(preview);
  return (
    <>
      <Section title="Dates" description="Every window counts back from the anchor date.">
        <AnchorDateField />
        <AnchorHint />
        <SharedWindowField />
      </Section>
      <DataBlocker />
      {doc.series.map((series, index) => (
        <SeriesEditor
          key={series.id}
          index={index}
          series={series}
          choices={choices}
          table={source.parsed?.table ?? null}
          result={result}
        />
      ))}
    </>
  );
}

export default SeriesStep;
