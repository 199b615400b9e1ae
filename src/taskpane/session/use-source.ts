/**
 * The transaction source the wizard works on: which sheets there are, the one that is open, its
 * first rows (sample values for the field mapping) and its parsed table. Reading and parsing are
 * each one tagged union with a request id (source-state.ts): an older read that finishes late
 * never overwrites a newer one, and Cancel puts back what was there before. The table is parsed
 * again only when something parsing depends on changes (parseKey), so editing rules or formulas
 * previews instantly against the table already in memory. Outside Office the host reads and
 * parses in a Web Worker, so the page answers while a large file is read.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type Dispatch,
} from "react";
import type { AgentDocument } from "../../core/model/document";
import { AgentInputError, CancelledError } from "../../core/model/errors";
import type { RunProgress, SourceSheet } from "../../core/model/source";
import type { CellRow } from "../../core/model/cells";
import type { OpenOptions, ProgressOptions, SourceChoice, TaskPaneHost } from "../host/host";
import { firstRows } from "../host/yielding-blocks";
import { loadEngine } from "../run/load-engine";
import { parseAgentDocument } from "../../core/agent/check";
import type { AgentAction } from "../state/agent-reducer";
import { parseKey } from "../state/parse-key";
import { mappingForSheet, rememberMapping, sheetSignature } from "../state/sheet-mappings";
import { loadSheetMappings, saveSheetMappings } from "./sheet-mapping-store";
import { errorText } from "./error-text";
import { useDebounced } from "./use-debounced";
import {
  INITIAL_SOURCE_STATE,
  shownParse,
  shownSheet,
  sourceStateReducer,
  type ParsedSource,
  type SourceState,
} from "./source-state";

export type { ParsedSource } from "./source-state";

export const SAMPLE_ROWS = 3;
/** Lines the mapping's value checks look at (mapping-plausibility.ts). */
export const CHECK_ROWS = 200;
/** The progress label while a new sheet's rows are parsed for the first time. */
export const PARSING_ROWS = "Reading the rows…";

export interface SourceSession {
  readonly choices: readonly SourceChoice[];
  /** Browser: the name of the file whose sheet is shown (not of one still being read). */
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
  /** The reading and parsing states themselves (source-state.ts). */
  readonly state: SourceState;
  refresh(): Promise<void>;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  select(name: string): Promise<void>;
  /** Stops the read or parse under way; what was shown before it stays. */
  cancel(): void;
}

/** What a read brings: the sheet, and when a file was opened, its sheets and settings. */
interface Loaded {
  readonly sheet: SourceSheet;
  readonly choices?: readonly SourceChoice[];
  /** The sample's own settings, taken only when its read succeeds. */
  readonly doc?: AgentDocument;
}

type Load = (options: ProgressOptions) => Promise<Loaded>;

export function useSource(
  host: TaskPaneHost,
  doc: AgentDocument,
  dispatch: Dispatch<AgentAction>
): SourceSession {
  const [state, send] = useReducer(sourceStateReducer, INITIAL_SOURCE_STATE);
  const [choices, setChoices] = useState<readonly SourceChoice[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;
  /** The signature of the sheet the current mapping was made for; null until one is open. */
  const signatureRef = useRef<string | null>(null);
  /** Request ids, for reads and parses alike. */
  const requests = useRef(0);
  const reading = useRef<AbortController | null>(null);
  const parsing = useRef<AbortController | null>(null);

  const read = useCallback(
    async (what: string, load: Load) => {
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      const requestId = ++requests.current;
      // Only the latest read may touch the agent's mapping; the reducer ignores the rest too.
      const stale = () => reading.current !== controller;
      send({ type: "readStarted", requestId, what });
      setListError(null);
      try {
        const loaded = await load({
          signal: controller.signal,
          isCancelled: () => controller.signal.aborted,
          onProgress: (progress) => send({ type: "readProgress", requestId, progress }),
        });
        const rows = await firstRows(loaded.sheet, CHECK_ROWS);
        if (stale()) return;
        if (controller.signal.aborted) throw new CancelledError();
        if (loaded.doc) {
          docRef.current = loaded.doc;
          dispatch({ type: "load", doc: loaded.doc });
        }
        if (loaded.choices) setChoices(loaded.choices);
        if (docRef.current.source.sheet !== loaded.sheet.name && loaded.choices)
          dispatch({ type: "setSourceSheet", sheet: loaded.sheet.name });
        // The mapping made for this sheet's headers, never the previous file's (sheet-mappings.ts).
        const mapping = mappingForSheet(
          loaded.sheet.headers,
          docRef.current.source.mapping,
          signatureRef.current,
          loadSheetMappings()
        );
        signatureRef.current = sheetSignature(loaded.sheet.headers);
        dispatch({ type: "replaceFieldMapping", mapping });
        send({
          type: "readDone",
          requestId,
          sheet: loaded.sheet,
          checkRows: rows,
          fileName: host.files?.fileName ?? null,
        });
      } catch (e) {
        if (stale()) return;
        send(
          cancelledHere(e, controller)
            ? { type: "readCancelled", requestId }
            : { type: "readFailed", requestId, error: unaskedStop(e) }
        );
      } finally {
        if (!stale()) reading.current = null;
      }
    },
    [host, dispatch]
  );

  // What the user picks is remembered for this sheet's headers.
  const mapping = doc.source.mapping;
  const readySheet = state.read.status === "ready" ? state.read.sheet : null;
  useEffect(() => {
    if (!readySheet || signatureRef.current !== sheetSignature(readySheet.headers)) return;
    saveSheetMappings(rememberMapping(loadSheetMappings(), signatureRef.current, mapping));
  }, [readySheet, mapping]);

  const select = useCallback(
    async (name: string) => {
      dispatch({ type: "setSourceSheet", sheet: name });
      await read(`Reading '${name}'…`, async (options) => {
        const sheet = await host.readSource(name, options);
        // Outside Office the row count of a sheet is known once it is read.
        return host.files ? { sheet, choices: await host.listSources() } : { sheet };
      });
    },
    [host, dispatch, read]
  );

  /** A file opened with the sheet the agent names if the file has it, else its first one. */
  const openWith = useCallback(
    (
      what: string,
      open: (options: OpenOptions) => Promise<readonly SourceChoice[]>,
      settings: Promise<AgentDocument | undefined> = Promise.resolve(undefined)
    ) =>
      read(what, async (options) => {
        const [listed, doc] = await Promise.all([
          open({ ...options, sheet: docRef.current.source.sheet }),
          settings,
        ]);
        const wanted = (doc ?? docRef.current).source.sheet;
        const pick = listed.find((c) => c.name === wanted) ?? listed[0];
        if (!pick) throw new AgentInputError("The file has no sheets to read.");
        const sheet = await host.readSource(pick.name, options);
        return { sheet, choices: await host.listSources(), doc };
      }),
    [host, read]
  );

  const openFile = useCallback(
    (file: File) => openWith(`Opening ${file.name}…`, (o) => host.files!.openFile(file, o)),
    [host, openWith]
  );
  /**
   * The sample with its own settings (anchor date, EUR rate, contribution tables), so the pane
   * gives on it what `npm run analyze` gives; the settings are fetched beside the workbook and
   * taken with it, so its rows are parsed with them.
   */
  const openSample = useCallback(() => {
    const files = host.files!;
    const settings = files.sampleAgent().then((json) => parseAgentDocument(json));
    settings.catch(() => undefined);
    return openWith("Opening the sample workbook…", (o) => files.openSample(o), settings);
  }, [host, openWith]);

  const refresh = useCallback(async () => {
    try {
      setChoices(await host.listSources());
    } catch (e) {
      setListError(errorText(e));
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
        setListError(errorText(e));
      }
    })();
  }, [host, select]);

  // A new sheet is parsed at once with the settings read with it; edits are debounced.
  const key = useDebounced(parseKey(doc), 250, readySheet);
  const parsedSheet = useRef<SourceSheet | null>(null);
  const parseState = state.parse;
  const alreadyParsed =
    parseState.status === "parsed" &&
    parseState.parsed.key === key &&
    parsedSheet.current === readySheet;
  useEffect(() => {
    if (!readySheet || alreadyParsed) return;
    const controller = new AbortController();
    parsing.current = controller;
    const requestId = ++requests.current;
    send({ type: "parseStarted", requestId });
    const options: ProgressOptions = {
      signal: controller.signal,
      isCancelled: () => controller.signal.aborted,
      onProgress: (progress) => send({ type: "parseProgress", requestId, progress }),
    };
    void (async () => {
      try {
        // The rates by month (currency.ratesSheet) are another sheet of the workbook.
        const { table, quality } = host.parseSource
          ? await host.parseSource(readySheet.name, docRef.current, options)
          : await (
              await loadEngine()
            ).parseSource(readySheet, docRef.current, {
              ...options,
              loadSheet: (name) => host.loadSheet(name),
            });
        parsedSheet.current = readySheet;
        send({ type: "parseDone", requestId, parsed: { table, quality, key } });
      } catch (e) {
        send(
          cancelledHere(e, controller)
            ? { type: "parseCancelled", requestId }
            : { type: "parseFailed", requestId, error: unaskedStop(e) }
        );
      }
    })();
    return () => {
      // A newer sheet or key takes over: this parse's answer would be stale (the reducer drops it).
      controller.abort();
      if (parsing.current === controller) parsing.current = null;
    };
    // alreadyParsed is read, not followed: it only saves a parse when a cancelled read puts a sheet back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readySheet, key, host]);

  const cancel = useCallback(() => {
    if (reading.current) reading.current.abort();
    else parsing.current?.abort();
  }, []);

  const shown = shownSheet(state.read);
  const outcome = shownParse(parseState);
  const checkRows = shown?.checkRows ?? NO_ROWS;
  const sampleRows = useMemo(() => checkRows.slice(0, SAMPLE_ROWS), [checkRows]);
  const firstParse = parseState.status === "parsing" && parseState.previous === null;
  return {
    choices,
    fileName: shownFileName(state.read, host),
    busy: state.read.status === "reading" ? state.read.what : firstParse ? PARSING_ROWS : null,
    progress:
      state.read.status === "reading"
        ? state.read.progress
        : firstParse
          ? parseState.progress
          : null,
    sheet: shown?.sheet ?? null,
    sampleRows,
    checkRows,
    parsed: outcome?.status === "parsed" ? outcome.parsed : null,
    parsing: parseState.status === "parsing",
    error: state.read.status === "failed" ? state.read.error : listError,
    parseError: outcome?.status === "failed" ? outcome.error : null,
    state,
    refresh,
    openFile,
    openSample,
    select,
    cancel,
  };
}

const NO_ROWS: readonly CellRow[] = [];

/**
 * The file whose sheet is on screen. The host opens a new file before its sheet is read and
 * mapped, so its own name would label the previous file's mapping and rows meanwhile. A file
 * whose sheet could not be read is still the open one (its other sheets can be picked).
 */
function shownFileName(read: SourceState["read"], host: TaskPaneHost): string | null {
  if (read.status === "failed") return host.files?.fileName ?? null;
  return shownSheet(read)?.fileName ?? null;
}

/** Shown when a read or parse the pane did not cancel stops as if cancelled (issue 12). */
export const STOPPED_UNASKED =
  "Reading the rows stopped before it finished, though it was not cancelled; choose the sheet again.";

/**
 * Only a Cancel of this very request puts back what was there before. A request the pane did not
 * cancel that ends cancelled anyway (another request's Cancel reaching it) must not leave the
 * pane waiting with nothing shown: the newest request always completes or shows an error.
 */
function cancelledHere(error: unknown, controller: AbortController): boolean {
  return error instanceof CancelledError && controller.signal.aborted;
}

function unaskedStop(error: unknown): string {
  return error instanceof CancelledError ? STOPPED_UNASKED : errorText(error);
}
