/**
 * The header and first rows of another sheet of the workbook (a contribution input table), for
 * its field mapping: read once per sheet name, again after "Read the tables again".
 */
import { useEffect, useRef, useState } from "react";
import type { CellRow, CellValue } from "../../core/model/cells";
import type { TaskPaneHost } from "../host/host";
import { firstRows } from "../host/yielding-blocks";
import { errorText } from "./error-text";

export const SHEET_SAMPLE_ROWS = 3;

export type SheetSample =
  | { readonly status: "none" }
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly headers: readonly CellValue[];
      readonly rows: readonly CellRow[];
    }
  | { readonly status: "error"; readonly message: string };

type Loaded = Exclude<SheetSample, { status: "none" | "loading" }>;

/** Samples per sheet name, read again whenever `generation` changes (the user asked: the workbook changed). */
export function useSheetSamples(
  host: TaskPaneHost,
  names: readonly (string | null)[],
  generation: number
): readonly SheetSample[] {
  const cache = useRef({ generation, loaded: new Map<string, Loaded>() });
  const [, setLoaded] = useState(0);
  const key = names.join("\u0000");
  if (cache.current.generation !== generation) cache.current = { generation, loaded: new Map() };

  useEffect(() => {
    let current = true;
    for (const name of names) {
      if (name === null || cache.current.loaded.has(name)) continue;
      void (async () => {
        let loaded: Loaded;
        try {
          const sheet = await host.loadSheet(name);
          loaded = {
            status: "ready",
            headers: sheet.headers,
            rows: await firstRows(sheet, SHEET_SAMPLE_ROWS),
          };
        } catch (e) {
          loaded = { status: "error", message: errorText(e) };
        }
        if (!current) return;
        cache.current.loaded.set(name, loaded);
        setLoaded((n) => n + 1);
      })();
    }
    return () => {
      current = false;
    };
    // `key` stands for `names`, whose array is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, key, generation]);

  return names.map((name): SheetSample =>
    name === null ? { status: "none" } : (cache.current.loaded.get(name) ?? { status: "loading" })
  );
}
