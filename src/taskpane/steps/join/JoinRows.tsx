import { useMemo } from "react";
import type { AgentDocument } from "../../../core/model/document";
import type { AgentResult } from "../../../core/model/result";
import { SheetRowsPreview } from "../../components/SheetRowsPreview";
import { useEngine } from "../../session/use-engine";

/** The join's first rows in the preview, flagged accounts marked, as its result sheet shows them. */
export function JoinRows(props: { doc: AgentDocument; result: AgentResult | null }) {
  const { doc, result } = props;
  const engine = useEngine(result !== null);
  const sheet = useMemo(
    () => (engine && result ? engine.joinSheet(result, doc) : null),
    [engine, result, doc]
  );
  if (!sheet) return null;
  return <SheetRowsPreview sheet={sheet} label={doc.join.label} testId="join-rows" />;
}
