/**
 * The engine module once it is loaded, for views that render what the engine describes (a
 * series' summary table as its result sheet has it). Asked for only when `wanted`: a preview
 * result exists, so the engine chunk is already in memory and this costs no fetch.
 */
import { useEffect, useState } from "react";
import { loadEngine, type Engine } from "../run/load-engine";

export function useEngine(wanted: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (!wanted || engine) return;
    let current = true;
    void loadEngine().then((loaded) => {
      if (current) setEngine(loaded);
    });
    return () => {
      current = false;
    };
  }, [wanted, engine]);
  return engine;
}
