/**
 * The transaction source the wizard works on: which sheets there are, the one that is open, its
 * first rows (sample values for the field mapping) and its parsed table. The table is parsed
 * again only when something parsing depends on changes (parseKey), so editing rules or formulas
 * previews instantly against the table already in memory.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from "react";
import type { AgentDocument } from "../../core/model/document";
import type { RunProgress, SourceSheet } from "../../core/model/source";
import type { CellRow } from "../../core/model/cells";
import type { DataQualityReport } from "../../core/model/data-quality";
import type { TransactionTable } from "../../core/model/transactions";
import type { SourceChoice, TaskPaneHost } from "../host/host";
import { firstRows } from "../host/yielding-blocks";
import { loadEngine } from "../run/load-engine";
import { parseAgentDocument } from "../../core/agent/check";
import type { AgentAction } from "../state/agent-reducer";
import { parseKey } from "../state/parse-key";
import { mappingForSheet, rememberMapping, sheetSignature } from "../state/sheet-mappings";
import { loadSheetMappings, saveSheetMappings } from "./sheet-mapping-store";
import { errorText } from "./error-text";
import { useDebounced } from "./use-debounced";

export const SAMPLE_ROWS = 3;
/** Lines the mapping's value checks look at (mapping-plausibility.ts). */
export const CHECK_ROWS = 200;

export interface ParsedSource {
  readonly table: TransactionTable;
  readonly quality: DataQualityReport;
  /** parseKey of the document it was parsed with. */
  readonly key: string;
}

export interface SourceSession {
  readonly choices: readonly SourceChoice[];
  /** Browser: the open file's name. */
  readonly fileName: string | null;
  /** What is being done right now ("Reading 'Sales'…"), or null. */
  readonly busy: string | null;
  readonly progress: RunProgress | null;
  readonly sheet: SourceSheet | null;
  readonly sampleRows: readonly CellRow[];
  /** The first lines of the sheet, for the mapping's value checks. */
  readonly checkRows: readonly CellRow[];
  readonly parsed: ParsedSource | null;
  readonly parsing: boolean;
  /** Why the source could not be opened or read. */
  readonly error: string | null;
  /** Why the rows could not be parsed with the agent's mapping (e.g. a required field not found). */
  readonly parseError: string | null;
  refresh(): Promise<void>;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  select(name: string): Promise<void>;
}

export function useSource(
  host: TaskPaneHost,
  doc: AgentDocument,
  dispatch: Dispatch<AgentAction>
): SourceSession {
  const [choices, setChoices] = useState<readonly SourceChoice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [sheet, setSheet] = useState<SourceSheet | null>(null);
  const [checkRows, setCheckRows] = useState<readonly CellRow[]>([]);
  const sampleRows = useMemo(() => checkRows.slice(0, SAMPLE_ROWS), [checkRows]);
  const [parsed, setParsed] = useState<ParsedSource | null>(null);
  const [parsing, setParsing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;
  /** The signature of the sheet the current mapping was made for; null until one is open. */
  const signatureRef = useRef<string | null>(null);

  /** The latest read asked for: a slower, older read that finishes later never overwrites it. */
  const readRequest = useRef(0);

  const read = useCallback(
    async (name: string | null) => {
      const request = ++readRequest.current;
      const stale = () => request !== readRequest.current;
      setBusy(name ? `Reading '${name}'…` : "Reading the first sheet…");
      setError(null);
      setParsed(null);
      try {
        const loaded = await host.readSource(name, { onProgress: setProgress });
        const rows = await firstRows(loaded, CHECK_ROWS);
        if (stale()) return;
        // The mapping made for this sheet's headers, never the previous file's (sheet-mappings.ts).
        const mapping = mappingForSheet(
          loaded.headers,
          docRef.current.source.mapping,
          signatureRef.current,
          loadSheetMappings()
        );
        signatureRef.current = sheetSignature(loaded.headers);
        dispatch({ type: "replaceFieldMapping", mapping });
        setCheckRows(rows);
        setSheet(loaded);
      } catch (e) {
        if (stale()) return;
        setSheet(null);
        setCheckRows([]);
        setError(errorText(e));
      } finally {
        if (!stale()) {
          setBusy(null);
          setProgress(null);
        }
      }
    },
    [host, dispatch]
  );

  // What the user picks is remembered for this sheet's headers.
  const mapping = doc.source.mapping;
  useEffect(() => {
    if (!sheet || signatureRef.current !== sheetSignature(sheet.headers)) return;
    saveSheetMappings(rememberMapping(loadSheetMappings(), signatureRef.current, mapping));
  }, [sheet, mapping]);

  const select = useCallback(
    async (name: string) => {
      dispatch({ type: "setSourceSheet", sheet: name });
      await read(name);
    },
    [dispatch, read]
  );

  /** After a file is opened: the sheet the agent names if the file has it, else the first one. */
  const openWith = useCallback(
    async (what: string, open: () => Promise<readonly SourceChoice[]>) => {
      setBusy(what);
      setError(null);
      try {
        const listed = await open();
        setChoices(listed);
        const wanted = docRef.current.source.sheet;
        const pick = listed.find((c) => c.name === wanted) ?? listed[0];
        if (pick) await select(pick.name);
        else setError("The file has no sheets to read.");
      } catch (e) {
        setError(errorText(e));
      } finally {
        setBusy(null);
      }
    },
    [select]
  );

  const openFile = useCallback(
    (file: File) => openWith(`Opening ${file.name}…`, () => host.files!.openFile(file)),
    [host, openWith]
  );
  /**
   * The sample with its own settings (anchor date, EUR rate, contribution tables), so the pane
   * gives on it what `npm run analyze` gives; the settings load before the sheet is read, so the
   * sheet is read with them.
   */
  const openSample = useCallback(
    () =>
      openWith("Opening the sample workbook…", async () => {
        const files = host.files!;
        const [choices, settings] = await Promise.all([files.openSample(), files.sampleAgent()]);
        const doc = parseAgentDocument(settings);
        docRef.current = doc;
        dispatch({ type: "load", doc });
        return choices;
      }),
    [host, openWith, dispatch]
  );

  const refresh = useCallback(async () => {
    try {
      setChoices(await host.listSources());
    } catch (e) {
      setError(errorText(e));
    }
  }, [host]);

  // Inside Excel the workbook is there from the start: list it, and read the agent's sheet.
  useEffect(() => {
    if (host.kind !== "excel") return;
    void (async () => {
      try {
        const listed = await host.listSources();
        setChoices(listed);
        const wanted = docRef.current.source.sheet;
        const pick =
          listed.find((c) => c.name === wanted) ??
          (wanted === null ? listed.find((c) => c.kind === "sheet") : undefined);
        if (pick) await select(pick.name);
      } catch (e) {
        setError(errorText(e));
      }
    })();
  }, [host, select]);

  const key = useDebounced(parseKey(doc), 250);
  useEffect(() => {
    if (!sheet) return;
    let current = true;
    setParsing(true);
    void (async () => {
      try {
        const engine = await loadEngine();
        // The rates by month (currency.ratesSheet) are another sheet of the workbook.
        const { table, quality } = await engine.parseSource(sheet, docRef.current, {
          loadSheet: (name) => host.loadSheet(name),
        });
        if (current) {
          setParsed({ table, quality, key });
          setParseError(null);
        }
      } catch (e) {
        if (current) {
          setParsed(null);
          setParseError(errorText(e));
        }
      } finally {
        if (current) setParsing(false);
      }
    })();
    return () => {
      current = false;
    };
  }, [sheet, key, host]);

  return {
    choices,
    fileName: host.files?.fileName ?? null,
    busy,
    progress,
    sheet,
    sampleRows,
    checkRows,
    parsed,
    parsing,
    error,
    parseError,
    refresh,
    openFile,
    openSample,
    select,
  };
}
