/**
 * The header and first rows of another sheet of the workbook (a contribution input table), for
 * its field mapping: read once per sheet name while the step is open, again after "Refresh".
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CellRow, CellValue } from "../../core/table/cells";
import type { TaskPaneHost } from "../host/host";
import { firstRows } from "../host/yielding-blocks";
import { errorText } from "./error-text";

export const SHEET_SAMPLE_ROWS = 3;

export type SheetSample =
  | { readonly status: "none" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly headers: readonly CellValue[]; readonly rows: readonly CellRow[] }
  | { readonly status: "error"; readonly message: string };

type Loaded = Exclude<SheetSample, { status: "none" | "loading" }>;

/** Samples per sheet name; `reload` forgets them (the workbook changed). */
export function useSheetSamples(host: TaskPaneHost, names: readonly (string | null)[]): { samples: readonly SheetSample[]; reload(): void } {
  const cache = useRef(new Map<string, Loaded>());
  const [generation, setGeneration] = useState(0);
  const [, setLoaded] = useState(0);
  const key = names.join("\u0000");

  useEffect(() => {
    let current = true;
    for (const name of names) {
      if (name === null || cache.current.has(name)) continue;
      void (async () => {
        let loaded: Loaded;
        try {
          const sheet = await host.loadSheet(name);
          loaded = { status: "ready", headers: sheet.headers, rows: await firstRows(sheet, SHEET_SAMPLE_ROWS) };
        } catch (e) {
          loaded = { status: "error", message: errorText(e) };
        }
        if (!current) return;
        cache.current.set(name, loaded);
        setLoaded((n) => n + 1);
      })();
    }
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, key, generation]);

  const reload = useCallback(() => {
    cache.current.clear();
    setGeneration((g) => g + 1);
  }, []);

  const samples = names.map((name): SheetSample => (name === null ? { status: "none" } : (cache.current.get(name) ?? { status: "loading" })));
  return { samples, reload };
}
