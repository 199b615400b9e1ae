/**
 * The agent computed on the table already in memory, again shortly after each edit: the live
 * "Preview rules" count, and the row and account counts the steps show. Only a document without
 * problems is computed; the run itself reads the source afresh.
 */
import { useEffect, useRef, useState } from "react";
import type { ContributionInputs } from "../../core/agent/run";
import type { TaskPaneHost } from "../host/host";
import type { AgentResult } from "../../core/model/result";
import { loadEngine } from "../run/load-engine";
import type { AgentState } from "../state/agent-reducer";
import { errorText } from "./error-text";
import { useDebounced } from "./use-debounced";
import type { ParsedSource } from "./use-source";

export const PREVIEW_DELAY_MS = 300;

export type Preview =
  | { readonly status: "noData" }
  | { readonly status: "invalid" }
  | { readonly status: "computing"; readonly previous: AgentResult | null }
  | { readonly status: "ready"; readonly result: AgentResult }
  | { readonly status: "error"; readonly message: string };

/** `tablesGeneration`: bumped when the user asks to read the contribution's tables again. */
export function usePreview(
  host: TaskPaneHost,
  parsed: ParsedSource | null,
  state: AgentState,
  tablesGeneration = 0
): Preview {
  const [preview, setPreview] = useState<Preview>({ status: "noData" });
  // The document and its problems settle together, so a document is computed only when valid.
  const settled = useDebounced(state, PREVIEW_DELAY_MS);
  const settledDoc = settled.doc;
  const valid = settled.issues.length === 0;
  // The contribution's tables are other sheets: read once per definition, not on every edit.
  const contribution = useRef<{
    key: string;
    parsed: ParsedSource;
    inputs: ContributionInputs;
  } | null>(null);

  useEffect(() => {
    if (!parsed) return setPreview({ status: "noData" });
    if (!valid) return setPreview({ status: "invalid" });
    let current = true;
    setPreview((before) => ({
      status: "computing",
      previous:
        before.status === "ready"
          ? before.result
          : before.status === "computing"
            ? before.previous
            : null,
    }));
    void (async () => {
      try {
        const engine = await loadEngine();
        let inputs: ContributionInputs | undefined;
        if (settledDoc.contribution) {
          const key = `${tablesGeneration}:${JSON.stringify(settledDoc.contribution)}`;
          const cached = contribution.current;
          if (cached && cached.key === key && cached.parsed === parsed) inputs = cached.inputs;
          else {
            inputs = await engine.loadContributionInputs(settledDoc.contribution, (name) =>
              host.loadSheet(name)
            );
            contribution.current = { key, parsed, inputs };
          }
        }
        const referencePrices = settledDoc.referencePrices
          ? await engine.readReferencePrices(
              await host.loadSheet(settledDoc.referencePrices.sheet),
              settledDoc.referencePrices
            )
          : undefined;
        if (!current) return;
        const result = engine.computeAgent(parsed.table, parsed.quality, settledDoc, {
          today: new Date(),
          contribution: inputs,
          referencePrices,
        });
        setPreview({ status: "ready", result });
      } catch (e) {
        if (current) setPreview({ status: "error", message: errorText(e) });
      }
    })();
    return () => {
      current = false;
    };
  }, [host, parsed, settledDoc, valid, tablesGeneration]);

  return preview;
}

/** The latest computed result, also while the next one is computing (so counts do not flicker). */
export function latestResult(preview: Preview): AgentResult | null {
  if (preview.status === "ready") return preview.result;
  if (preview.status === "computing") return preview.previous;
  return null;
}
