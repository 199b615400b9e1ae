/**
 * The engine module once it is loaded, for views that render what the engine describes (a
 * series' summary table as its result sheet has it). Asked for only when `wanted`: a preview
 * result exists, so the engine chunk is already in memory and this costs no fetch. Should the
 * load fail all the same, the views show no rows (the preview says why: it loads the engine
 * too) and it is asked again when next wanted, rather than a rejection nobody handles.
 */
import { useEffect, useState } from "react";
import { loadEngine, type Engine } from "../run/load-engine";

export function useEngine(wanted: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (!wanted || engine) return;
    let current = true;
    loadEngine().then(
      (loaded) => {
        if (current) setEngine(loaded);
      },
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [wanted, engine]);
  return engine;
}
