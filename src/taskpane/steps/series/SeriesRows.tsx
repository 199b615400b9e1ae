import { useMemo } from "react";
import type { SeriesDefinition } from "../../../core/model/document";
import type { AgentResult } from "../../../core/model/result";
import { SheetRowsPreview } from "../../components/SheetRowsPreview";
import { useEngine } from "../../session/use-engine";

/** A series' first rows in the preview, as its result sheet (the seed's Summary Table) shows them. */
export function SeriesRows(props: { series: SeriesDefinition; result: AgentResult | null }) {
  const { series, result } = props;
  const engine = useEngine(result !== null);
  const sheet = useMemo(
    () => (engine && result?.series[series.label] ? engine.seriesSheet(result, series) : null),
    [engine, result, series]
  );
  if (!sheet) return null;
  return (
    <SheetRowsPreview
      sheet={sheet}
      label={series.label || series.id}
      testId={`series-rows-${series.id}`}
    />
  );
}
