/**
 * The source's two asynchronous states, each one tagged union with the id of the request it
 * belongs to: reading the sheet (opening a file, picking a sheet) and parsing its rows with the
 * agent's mapping. An answer for any other request than the current one is stale and changes
 * nothing, so a slow, older read never overwrites a newer one (issue 12, "Code and tests").
 * What was there before a read or parse started is kept beside it, so Cancel puts it back and the
 * pane keeps showing it meanwhile.
 */
import type { CellRow } from "../../core/model/cells";
import type { DataQualityReport } from "../../core/model/data-quality";
import type { RunProgress, SourceSheet } from "../../core/model/source";
import type { TransactionTable } from "../../core/model/transactions";

export interface ReadySheet {
  readonly status: "ready";
  readonly requestId: number;
  readonly sheet: SourceSheet;
  /** The first lines of the sheet, for the mapping's sample values and value checks. */
  readonly checkRows: readonly CellRow[];
  /**
   * Outside Office, the file the sheet was read from. Kept with the sheet, not read from the
   * host, so the "Open:" line never names a new file while the previous one's mapping and rows
   * are still on screen.
   */
  readonly fileName: string | null;
}

export type SourceRead =
  | { readonly status: "idle" }
  | {
      readonly status: "reading";
      readonly requestId: number;
      /** What is being done, for the progress label ("Reading 'Sales'…"). */
      readonly what: string;
      readonly progress: RunProgress | null;
      /** The sheet shown before this read: kept on screen, and back after Cancel. */
      readonly previous: ReadySheet | null;
    }
  | ReadySheet
  | { readonly status: "failed"; readonly requestId: number; readonly error: string };

export interface ParsedSource {
  readonly table: TransactionTable;
  readonly quality: DataQualityReport;
  /** parseKey of the document it was parsed with. */
  readonly key: string;
}

type ParseOutcome =
  | { readonly status: "parsed"; readonly requestId: number; readonly parsed: ParsedSource }
  | { readonly status: "failed"; readonly requestId: number; readonly error: string };

export type SourceParse =
  | { readonly status: "idle" }
  | {
      readonly status: "parsing";
      readonly requestId: number;
      readonly progress: RunProgress | null;
      /** The last outcome on the same sheet: shown until this parse ends, and back after Cancel. */
      readonly previous: ParseOutcome | null;
    }
  | ParseOutcome;

export type SourceStateAction =
  | { readonly type: "readStarted"; readonly requestId: number; readonly what: string }
  | { readonly type: "readProgress"; readonly requestId: number; readonly progress: RunProgress }
  | {
      readonly type: "readDone";
      readonly requestId: number;
      readonly sheet: SourceSheet;
      readonly checkRows: readonly CellRow[];
      readonly fileName: string | null;
    }
  | { readonly type: "readFailed"; readonly requestId: number; readonly error: string }
  | { readonly type: "readCancelled"; readonly requestId: number }
  | { readonly type: "parseStarted"; readonly requestId: number }
  | { readonly type: "parseProgress"; readonly requestId: number; readonly progress: RunProgress }
  | { readonly type: "parseDone"; readonly requestId: number; readonly parsed: ParsedSource }
  | { readonly type: "parseFailed"; readonly requestId: number; readonly error: string }
  | { readonly type: "parseCancelled"; readonly requestId: number };

export interface SourceState {
  readonly read: SourceRead;
  readonly parse: SourceParse;
}

export const INITIAL_SOURCE_STATE: SourceState = {
  read: { status: "idle" },
  parse: { status: "idle" },
};

/** No request has this id (requests count from 1): nothing but parseStarted replaces it. */
export const PARSE_DUE_REQUEST = 0;

/** A read sheet's parse, due from the read's own update until the parse starts. */
const PARSE_DUE: SourceParse = {
  status: "parsing",
  requestId: PARSE_DUE_REQUEST,
  progress: null,
  previous: null,
};

export function sourceStateReducer(state: SourceState, action: SourceStateAction): SourceState {
  const read = state.read;
  const parse = state.parse;
  const reading = read.status === "reading" && read.requestId === action.requestId ? read : null;
  const parsing = parse.status === "parsing" && parse.requestId === action.requestId ? parse : null;
  switch (action.type) {
    case "readStarted":
      return {
        ...state,
        read: {
          status: "reading",
          requestId: action.requestId,
          what: action.what,
          progress: null,
          previous:
            read.status === "ready" ? read : read.status === "reading" ? read.previous : null,
        },
      };
    case "readProgress":
      return reading ? { ...state, read: { ...reading, progress: action.progress } } : state;
    case "readDone":
      // A new sheet: its rows are parsed afresh, nothing of the previous sheet's parse is kept.
      // Its parse is under way from this very update (issue 12): the parse itself starts in an
      // effect after this state is committed, and an "idle" parse meanwhile left "Next" free for
      // one render with no rows read. parseStarted takes over with the parse's own request id.
      return reading
        ? {
            read: {
              status: "ready",
              requestId: action.requestId,
              sheet: action.sheet,
              checkRows: action.checkRows,
              fileName: action.fileName,
            },
            parse: PARSE_DUE,
          }
        : state;
    case "readFailed":
      return reading
        ? {
            read: { status: "failed", requestId: action.requestId, error: action.error },
            parse: { status: "idle" },
          }
        : state;
    case "readCancelled":
      return reading ? { ...state, read: reading.previous ?? { status: "idle" } } : state;
    case "parseStarted":
      return {
        ...state,
        parse: {
          status: "parsing",
          requestId: action.requestId,
          progress: null,
          previous:
            parse.status === "parsing" ? parse.previous : parse.status === "idle" ? null : parse,
        },
      };
    case "parseProgress":
      return parsing ? { ...state, parse: { ...parsing, progress: action.progress } } : state;
    case "parseDone":
      return parsing
        ? {
            ...state,
            parse: { status: "parsed", requestId: action.requestId, parsed: action.parsed },
          }
        : state;
    case "parseFailed":
      return parsing
        ? {
            ...state,
            parse: { status: "failed", requestId: action.requestId, error: action.error },
          }
        : state;
    case "parseCancelled":
      return parsing ? { ...state, parse: parsing.previous ?? { status: "idle" } } : state;
  }
}

/** The sheet on screen: the ready one, or while another is read, the one before it. */
export function shownSheet(read: SourceRead): ReadySheet | null {
  if (read.status === "ready") return read;
  return read.status === "reading" ? read.previous : null;
}

/** The parse outcome on screen: the latest, or while parsing again, the one before. */
export function shownParse(parse: SourceParse): ParseOutcome | null {
  if (parse.status === "parsed" || parse.status === "failed") return parse;
  return parse.status === "parsing" ? parse.previous : null;
}
