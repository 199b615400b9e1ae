/**
 * An in-memory Excel behind the Office.js surface that src/excel uses, with Office.js's batching
 * rules: reading a property that was not loaded and synced throws, writes and method calls are
 * queued and take effect at `context.sync()`, a failing command stops its batch (earlier commands
 * stay applied) and rejects the sync, and a batch over the payload limit fails whole.
 *
 * office-addin-mock (used in sources.test.ts and settings.test.ts) models a fixed object tree;
 * the writer and reader need sheets that appear, disappear and are renamed, ranges by index and
 * failing syncs, which is what this fake adds.
 */

export type Raw = string | number | boolean;
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface Cell {
  value: Raw;
  type: ValueType;
  format: string;
  /** Set when a string reached a non-text cell starting with "=": Excel made it a formula. */
  formula?: string;
}

export interface Rect {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A generic record of property sets and method calls on format, chart and conditional-format objects. */
export interface Recorded {
  [key: string]: unknown;
  calls?: { name: string; args: unknown[] }[];
}

export class FakeTable {
  style = "";
  constructor(
    public name: string,
    public sheet: FakeSheet,
    public row: number,
    public col: number,
    public rows: number,
    public cols: number
  ) {}
}

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly tables: FakeTable[] = [];
  frozenRows = 0;
  readonly formats: { rect: Rect; record: Recorded }[] = [];
  readonly conditionalFormats: { rect: Rect; type: string; record: Recorded }[] = [];
  readonly charts: { type: string; source: Rect; record: Recorded }[] = [];
  /** `range.dataValidation` per range: one record of its sets and calls (clear()). */
  readonly dataValidations: { rect: Rect; record: Recorded }[] = [];
  /** `range.group(option)` calls, in order: the rectangle and the option (ByRows / ByColumns). */
  readonly groups: { rect: Rect; option: string }[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  value(row: number, col: number): Raw {
    return this.cell(row, col)?.value ?? "";
  }
  /** Values of a rectangle, "" for empty cells, as `range.values` would return them. */
  values(row: number, col: number, rows: number, cols: number): Raw[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => this.value(row + r, col + c))
    );
  }
  setCell(row: number, col: number, value: Raw, type?: ValueType): void {
    const format = this.cell(row, col)?.format ?? "General";
    if (value === "") {
      this.cells.set(`${row},${col}`, { value: "", type: "Empty", format });
      return;
    }
    const inferred: ValueType =
      typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";
    this.cells.set(`${row},${col}`, { value, type: type ?? inferred, format });
  }
  /** A formula cell as Excel holds it: the formula, and the value it last computed. */
  setFormula(row: number, col: number, formula: string, value: Raw): void {
    this.setCell(row, col, value);
    this.cell(row, col)!.formula = formula;
  }
  /** Every format record whose rectangle is exactly this one. */
  formatsAt(row: number, col: number, rows: number, cols: number): Recorded[] {
    return this.formats
      .filter(
        (f) =>
          f.rect.row === row && f.rect.col === col && f.rect.rows === rows && f.rect.cols === cols
      )
      .map((f) => f.record);
  }
  isOwned(): boolean {
    return this.customProperties.get("UAA.OWNER")?.value === "Unprofitable Account Agent";
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly definedNames: string[] = [];
  readonly settings = new Map<string, unknown>();
  /** `workbook.comments.add(cell, content, contentType)` calls, in order (ExcelApi 1.10). */
  readonly comments: { cell: Rect; content: unknown; contentType: unknown }[] = [];

  addSheet(
    name: string,
    rows: Raw[][] = [],
    options: { owned?: boolean; at?: { row: number; col: number } } = {}
  ): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) =>
        sheet.setCell((options.at?.row ?? 0) + r, (options.at?.col ?? 0) + c, value)
      )
    );
    if (options.owned)
      sheet.customProperties.set("UAA.OWNER", {
        key: "UAA.Owner",
        value: "Unprofitable Account Agent",
      });
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`test: no sheet '${name}' (have ${this.sheetNames().join(", ")})`);
    return found;
  }
  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }
}

export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

interface Op {
  readonly kind: string;
  readonly sheet?: () => string | undefined;
  /** Cells sent with the request (writes), for the payload limit. */
  readonly requestCells?: number;
  readonly run: () => void;
}

export interface Fault {
  readonly kind: string;
  readonly when?: (detail: { sheet?: string }) => boolean;
  readonly error?: () => Error;
  /** Fails only this many times (default: always). */
  times?: number;
  /** Lets this many matching commands pass first. */
  skip?: number;
}

export interface FakeExcelOptions {
  /** Cells one batch may carry, counting written and read cells; over it the sync fails. */
  maxCellsPerSync?: number;
  /** Cells one range may hand over (values, types, formats); over it the sync fails with RangeExceedsLimit. */
  maxCellsPerRange?: number;
}

/** One Excel.run's request context. */
export class FakeContext {
  readonly queue: Op[] = [];
  responseCells = 0;
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendScreenUpdatingUntilNextSync: () => {
      this.excel.screenUpdatingSuspensions += 1;
    },
  };
  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.excel.syncs += 1;
    const ops = this.queue.splice(0);
    this.responseCells = 0;
    const limit = this.excel.options.maxCellsPerSync ?? Infinity;
    const requestCells = ops.reduce((sum, op) => sum + (op.requestCells ?? 0), 0);
    if (requestCells > limit) {
      throw new RichApiError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    for (const op of ops) {
      const fault = this.excel.faults.find(
        (f) =>
          f.kind === op.kind && (f.times ?? 1) > 0 && (!f.when || f.when({ sheet: op.sheet?.() }))
      );
      if (fault && fault.skip) {
        fault.skip -= 1;
      } else if (fault) {
        if (fault.times !== undefined) fault.times -= 1;
        throw fault.error
          ? fault.error()
          : new RichApiError("GeneralException", `test fault at ${op.kind}`);
      }
      op.run();
    }
    if (this.responseCells > limit) {
      throw new RichApiError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }
}

export class FakeExcel {
  readonly workbook = new FakeWorkbook();
  readonly faults: Fault[] = [];
  syncs = 0;
  runs = 0;
  screenUpdatingSuspensions = 0;
  /** What was recalculated, in order: a range's cells (Range.calculate) or "Full" (the workbook). */
  readonly calculations: (Rect | string)[] = [];
  constructor(readonly options: FakeExcelOptions = {}) {}

  /** Installs `Excel.run` over this fake as the global the host calls. */
  install(): this {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
        this.runs += 1;
        const context = new FakeContext(this);
        const result = await batch(context);
        if (context.queue.length > 0) await context.sync();
        return result;
      },
    };
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies

function parseLoad(spec: string): string[] {
  return spec
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

abstract class ClientObject<E> {
  protected readonly loaded = new Map<string, unknown>();
  private bound: E | null | undefined = undefined;
  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => E | null,
    private readonly orNull: boolean,
    private readonly what: string
  ) {}

  /** The entity this proxy stands for, resolved at the first command that needs it (as Office does). */
  entity(): E {
    if (this.bound === undefined) {
      const found = this.resolver();
      if (found === null && !this.orNull)
        throw new RichApiError("ItemNotFound", `${this.what} was not found.`);
      this.bound = found;
    }
    if (this.bound === null)
      throw new RichApiError("InvalidOperation", `method called on a null object (${this.what})`);
    return this.bound;
  }

  /** Queues resolution so that isNullObject is known after the next sync. */
  protected queueBind(kind: string): void {
    this.ctx.enqueue({
      kind,
      run: () => {
        if (this.bound === undefined) {
          const found = this.resolver();
          if (found === null && !this.orNull)
            throw new RichApiError("ItemNotFound", `${this.what} was not found.`);
          this.bound = found;
        }
      },
    });
  }

  get isNullObject(): boolean {
    if (this.bound === undefined)
      throw new Error(`test: isNullObject of ${this.what} read before a sync resolved it`);
    return this.bound === null;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new Error(
        `PropertyNotLoaded: '${prop}' of ${this.what} was read without load() and sync()`
      );
    return this.loaded.get(prop) as T;
  }

  load(spec: string): this {
    this.ctx.enqueue({
      kind: "load",
      run: () => {
        if (this.bound === undefined) this.entity();
        if (this.bound === null) return;
        for (const prop of parseLoad(spec)) this.loaded.set(prop, this.read(prop));
      },
    });
    return this;
  }

  protected abstract read(prop: string): unknown;
}

/** Records sets and calls into `node` when the batch runs. */
function recorder(ctx: FakeContext, node: Recorded, sheetOf: () => string | undefined): any {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== "string" || prop === "then") return undefined;
        return callable(ctx, node, prop, sheetOf);
      },
      set(_target, prop, value) {
        ctx.enqueue({
          kind: `set.${String(prop)}`,
          sheet: sheetOf,
          run: () => void (node[String(prop)] = describe(value)),
        });
        return true;
      },
    }
  );
}

function callable(
  ctx: FakeContext,
  parent: Recorded,
  name: string,
  sheetOf: () => string | undefined
): any {
  const child = (): Recorded => {
    const existing = parent[name];
    if (typeof existing === "object" && existing !== null) return existing as Recorded;
    const created: Recorded = {};
    parent[name] = created;
    return created;
  };
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (typeof prop !== "string" || prop === "then") return undefined;
      return callable(ctx, child(), prop, sheetOf);
    },
    set(_target, prop, value) {
      ctx.enqueue({
        kind: `set.${String(prop)}`,
        sheet: sheetOf,
        run: () => void (child()[String(prop)] = describe(value)),
      });
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      const result: Recorded = {};
      ctx.enqueue({
        kind: `call.${name}`,
        sheet: sheetOf,
        run: () => {
          (parent.calls ??= []).push({ name, args: args.map(describe) });
        },
      });
      parent[`${name}()`] = result;
      // Also by plain arguments, so getItemAt(0) and getItemAt(1) keep their own records.
      if (args.length > 0 && args.every((a) => typeof a !== "object" && typeof a !== "function"))
        parent[`${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`] = result;
      return recorder(ctx, result, sheetOf);
    },
  });
}

function describe(value: unknown): unknown {
  return value instanceof RangeProxy ? value.rect() : value;
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamesProxy;
  readonly settings: SettingsProxy;
  readonly comments: { add: (cell: RangeProxy, content: unknown, contentType?: unknown) => void };
  readonly application: { calculate: (type: string) => void };
  constructor(ctx: FakeContext) {
    this.application = {
      calculate: (type) =>
        ctx.enqueue({
          kind: "application.calculate",
          run: () => void ctx.excel.calculations.push(type),
        }),
    };
    this.comments = {
      add: (cell, content, contentType) =>
        ctx.enqueue({
          kind: "comments.add",
          run: () => {
            const rect = cell.rect();
            if (rect.rows !== 1 || rect.cols !== 1)
              throw new RichApiError("InvalidArgument", "a comment goes on a single cell");
            ctx.excel.workbook.comments.push({ cell: rect, content, contentType });
          },
        }),
    };
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, () => ctx.excel.workbook.allTables());
    this.names = new NamesProxy(ctx);
    this.settings = new SettingsProxy(ctx);
  }
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

function checkSheetName(book: FakeWorkbook, name: string, except?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name)) {
    throw new RichApiError("InvalidArgument", `invalid sheet name '${name}'`);
  }
  const clash = book.findSheet(name);
  if (clash && clash !== except)
    throw new RichApiError("InvalidArgument", `a sheet named '${name}' already exists`);
}

class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.workbook, false, "worksheets");
  }
  get items(): WorksheetProxy[] {
    return this.get<WorksheetProxy[]>("items");
  }
  override load(spec: string): this {
    this.ctx.enqueue({
      kind: "load",
      run: () => {
        const props = parseLoad(spec).map((p) => p.replace(/^items\//, ""));
        const items = this.entity().sheets.map((sheet) => {
          const proxy = new WorksheetProxy(this.ctx, () => sheet, false);
          proxy.bindNow();
          proxy.loadNow(props);
          return proxy;
        });
        this.loaded.set("items", items);
      },
    });
    return this;
  }
  protected read(): unknown {
    return undefined;
  }
  getItem(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.ctx,
      () => this.ctx.excel.workbook.findSheet(name) ?? null,
      false,
      `sheet '${name}'`
    );
    proxy.bind("worksheets.getItem");
    return proxy;
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.ctx,
      () => this.ctx.excel.workbook.findSheet(name) ?? null,
      true,
      `sheet '${name}'`
    );
    proxy.bind("worksheets.getItem");
    return proxy;
  }
  getFirst(): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this.ctx,
      () => this.ctx.excel.workbook.sheets[0] ?? null,
      false
    );
    proxy.bind("worksheets.getFirst");
    return proxy;
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    const proxy = new WorksheetProxy(this.ctx, () => created, false, `new sheet '${name}'`);
    this.ctx.enqueue({
      kind: "worksheets.add",
      sheet: () => name,
      run: () => {
        const book = this.ctx.excel.workbook;
        checkSheetName(book, name);
        created = new FakeSheet(name);
        book.sheets.push(created);
      },
    });
    return proxy;
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  readonly customProperties: CustomPropertiesProxy;
  readonly tables: TableCollectionProxy;
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy: string) => unknown };

  constructor(
    ctx: FakeContext,
    resolver: () => FakeSheet | null,
    orNull: boolean,
    what = "worksheet"
  ) {
    super(ctx, resolver, orNull, what);
    this.customProperties = new CustomPropertiesProxy(ctx, this);
    this.tables = new TableCollectionProxy(ctx, () => this.entity().tables, this);
    this.freezePanes = {
      freezeRows: (count: number) =>
        ctx.enqueue({
          kind: "freezeRows",
          sheet: () => this.sheetName(),
          run: () => void (this.entity().frozenRows = count),
        }),
    };
    this.charts = {
      add: (type: string, source: RangeProxy, seriesBy: string) => {
        const record: Recorded = { seriesBy };
        ctx.enqueue({
          kind: "charts.add",
          sheet: () => this.sheetName(),
          run: () => void this.entity().charts.push({ type, source: source.rect(), record }),
        });
        return recorder(ctx, record, () => this.sheetName());
      },
    };
  }
  bind(kind: string): void {
    this.queueBind(kind);
  }
  bindNow(): void {
    this.entity();
  }
  loadNow(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.read(prop));
  }
  sheetName(): string | undefined {
    try {
      return this.entity().name;
    } catch {
      return undefined;
    }
  }
  protected read(prop: string): unknown {
    const sheet = this.entity();
    if (prop === "name") return sheet.name;
    if (prop === "position") return this.ctx.excel.workbook.sheets.indexOf(sheet);
    throw new Error(`test: worksheet property '${prop}' not modelled`);
  }
  get name(): string {
    return this.get<string>("name");
  }
  set name(value: string) {
    this.ctx.enqueue({
      kind: "worksheet.name",
      sheet: () => this.sheetName(),
      run: () => {
        checkSheetName(this.ctx.excel.workbook, value, this.entity());
        this.entity().name = value;
      },
    });
  }
  get position(): number {
    return this.get<number>("position");
  }
  set position(value: number) {
    this.ctx.enqueue({
      kind: "worksheet.position",
      sheet: () => this.sheetName(),
      run: () => {
        const sheets = this.ctx.excel.workbook.sheets;
        const sheet = this.entity();
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(Math.min(value, sheets.length), 0, sheet);
      },
    });
  }
  delete(): void {
    this.ctx.enqueue({
      kind: "worksheet.delete",
      sheet: () => this.sheetName(),
      run: () => {
        const sheets = this.ctx.excel.workbook.sheets;
        sheets.splice(sheets.indexOf(this.entity()), 1);
      },
    });
  }
  /** The whole sheet (an address is not modelled). */
  getRange(address?: string): RangeProxy {
    if (address !== undefined) throw new Error("test: getRange(address) not modelled");
    return new RangeProxy(
      this.ctx,
      () => ({ sheet: this.entity(), row: 0, col: 0, rows: 1_048_576, cols: 16_384 }),
      false
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1)
      throw new RichApiError(
        "InvalidArgument",
        "getRangeByIndexes needs at least one row and column"
      );
    return new RangeProxy(this.ctx, () => ({ sheet: this.entity(), row, col, rows, cols }), false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const proxy = new RangeProxy(
      this.ctx,
      () => {
        const sheet = this.entity();
        const used = [...sheet.cells.entries()]
          .filter(([, cell]) => (valuesOnly ? cell.value !== "" : true))
          .map(([key]) => key.split(",").map(Number));
        if (used.length === 0) return null;
        const rows = used.map(([r]) => r);
        const cols = used.map(([, c]) => c);
        const row = Math.min(...rows);
        const col = Math.min(...cols);
        return {
          sheet,
          row,
          col,
          rows: Math.max(...rows) - row + 1,
          cols: Math.max(...cols) - col + 1,
        };
      },
      true
    );
    proxy.bind();
    return proxy;
  }
}

class CustomPropertiesProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: WorksheetProxy
  ) {}
  add(key: string, value: string): void {
    this.ctx.enqueue({
      kind: "customProperties.add",
      sheet: () => this.sheet.sheetName(),
      run: () => void this.sheet.entity().customProperties.set(key.toUpperCase(), { key, value }),
    });
  }
  getItemOrNullObject(key: string): CustomPropertyProxy {
    const proxy = new CustomPropertyProxy(
      this.ctx,
      () => this.sheet.entity().customProperties.get(key.toUpperCase()) ?? null
    );
    proxy.bind();
    return proxy;
  }
}

class CustomPropertyProxy extends ClientObject<{ key: string; value: string }> {
  constructor(ctx: FakeContext, resolver: () => { key: string; value: string } | null) {
    super(ctx, resolver, true, "custom property");
  }
  bind(): void {
    this.queueBind("customProperties.get");
  }
  protected read(prop: string): unknown {
    return (this.entity() as unknown as Record<string, unknown>)[prop];
  }
  get value(): string {
    return this.get<string>("value");
  }
}

interface RangeEntity {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Excel's limit on the characters in one cell: a longer text fails the whole write. */
const MAX_CELL_TEXT = 32_767;

function checkMatrix(range: RangeEntity, matrix: unknown, what: string): unknown[][] {
  if (
    !Array.isArray(matrix) ||
    matrix.length !== range.rows ||
    matrix.some((row) => !Array.isArray(row) || row.length !== range.cols)
  ) {
    throw new RichApiError(
      "InvalidArgument",
      `${what}: the array does not match the range's ${range.rows} x ${range.cols} size`
    );
  }
  return matrix as unknown[][];
}

/** Range properties with one entry per cell. */
const CELL_PROPERTIES = new Set(["values", "valueTypes", "numberFormat", "formulas"]);

class RangeProxy extends ClientObject<RangeEntity> {
  constructor(ctx: FakeContext, resolver: () => RangeEntity | null, orNull: boolean) {
    super(ctx, resolver, orNull, "range");
  }
  bind(): void {
    this.queueBind("range.get");
  }
  loadNow(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.read(prop));
  }
  rect(): Rect {
    const e = this.entity();
    return { sheet: e.sheet.name, row: e.row, col: e.col, rows: e.rows, cols: e.cols };
  }
  private sheetName(): string | undefined {
    try {
      return this.entity().sheet.name;
    } catch {
      return undefined;
    }
  }
  protected read(prop: string): unknown {
    const e = this.entity();
    if (
      CELL_PROPERTIES.has(prop) &&
      e.rows * e.cols > (this.ctx.excel.options.maxCellsPerRange ?? Infinity)
    )
      throw new RichApiError(
        "RangeExceedsLimit",
        "The cell count in the range has exceeded the maximum supported number."
      );
    switch (prop) {
      case "values":
        this.ctx.responseCells += e.rows * e.cols;
        return e.sheet.values(e.row, e.col, e.rows, e.cols);
      case "valueTypes":
        this.ctx.responseCells += e.rows * e.cols;
        return Array.from({ length: e.rows }, (_, r) =>
          Array.from(
            { length: e.cols },
            (_, c) => e.sheet.cell(e.row + r, e.col + c)?.type ?? "Empty"
          )
        );
      case "numberFormat":
        this.ctx.responseCells += e.rows * e.cols;
        return Array.from({ length: e.rows }, (_, r) =>
          Array.from(
            { length: e.cols },
            (_, c) => e.sheet.cell(e.row + r, e.col + c)?.format ?? "General"
          )
        );
      case "formulas":
        this.ctx.responseCells += e.rows * e.cols;
        return Array.from({ length: e.rows }, (_, r) =>
          Array.from({ length: e.cols }, (_, c) => {
            const cell = e.sheet.cell(e.row + r, e.col + c);
            return cell?.formula ?? cell?.value ?? "";
          })
        );
      case "rowIndex":
        return e.row;
      case "columnIndex":
        return e.col;
      case "rowCount":
        return e.rows;
      case "columnCount":
        return e.cols;
      default:
        throw new Error(`test: range property '${prop}' not modelled`);
    }
  }
  get values(): Raw[][] {
    return this.get<Raw[][]>("values");
  }
  set values(matrix: Raw[][]) {
    this.ctx.enqueue({
      kind: "range.values",
      sheet: () => this.sheetName(),
      requestCells: matrix.length * (matrix[0]?.length ?? 0),
      run: () => {
        const e = this.entity();
        if (
          matrix.some((row) => row.some((v) => typeof v === "string" && v.length > MAX_CELL_TEXT))
        )
          throw new RichApiError("InvalidArgument", "a text is longer than a cell can hold");
        checkMatrix(e, matrix, "values").forEach((row, r) =>
          row.forEach((value, c) => {
            const at = [e.row + r, e.col + c] as const;
            const format = e.sheet.cell(...at)?.format ?? "General";
            if (typeof value === "string" && value !== "" && format !== "@") {
              // What Excel does with typed text in a General cell: formulas and numbers are converted.
              if (/^[=+-]/.test(value) && value.length > 1 && !/^[+-]?\d+(\.\d+)?$/.test(value)) {
                e.sheet.setCell(...at, "#FORMULA");
                e.sheet.cell(...at)!.formula = value;
                return;
              }
              if (/^[+-]?\d+(\.\d+)?$/.test(value)) return e.sheet.setCell(...at, Number(value));
            }
            e.sheet.setCell(...at, value as Raw);
          })
        );
      },
    });
  }
  get valueTypes(): ValueType[][] {
    return this.get<ValueType[][]>("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.get<string[][]>("numberFormat");
  }
  set numberFormat(matrix: string[][]) {
    this.ctx.enqueue({
      kind: "range.numberFormat",
      sheet: () => this.sheetName(),
      requestCells: matrix.length * (matrix[0]?.length ?? 0),
      run: () => {
        const e = this.entity();
        checkMatrix(e, matrix, "numberFormat").forEach((row, r) =>
          row.forEach((format, c) => {
            const existing = e.sheet.cell(e.row + r, e.col + c);
            if (existing) existing.format = String(format);
            else
              e.sheet.cells.set(`${e.row + r},${e.col + c}`, {
                value: "",
                type: "Empty",
                format: String(format),
              });
          })
        );
      },
    });
  }
  get rowIndex(): number {
    return this.get<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.get<number>("columnIndex");
  }
  get rowCount(): number {
    return this.get<number>("rowCount");
  }
  get columnCount(): number {
    return this.get<number>("columnCount");
  }
  get format(): any {
    const record: Recorded = {};
    this.ctx.enqueue({
      kind: "range.format",
      run: () => void this.entity().sheet.formats.push({ rect: this.rect(), record }),
    });
    return recorder(this.ctx, record, () => this.sheetName());
  }
  group(option: string): void {
    this.ctx.enqueue({
      kind: "range.group",
      sheet: () => this.sheetName(),
      run: () => void this.entity().sheet.groups.push({ rect: this.rect(), option }),
    });
  }
  private validation: Recorded | null = null;
  /** One record per range object, however often the property is read (as one Office object). */
  get dataValidation(): any {
    if (!this.validation) {
      const record: Recorded = {};
      this.validation = record;
      this.ctx.enqueue({
        kind: "range.dataValidation",
        sheet: () => this.sheetName(),
        run: () => void this.entity().sheet.dataValidations.push({ rect: this.rect(), record }),
      });
    }
    return recorder(this.ctx, this.validation, () => this.sheetName());
  }
  get conditionalFormats(): { add: (type: string) => any } {
    return {
      add: (type: string) => {
        const record: Recorded = {};
        this.ctx.enqueue({
          kind: "conditionalFormats.add",
          sheet: () => this.sheetName(),
          run: () =>
            void this.entity().sheet.conditionalFormats.push({ rect: this.rect(), type, record }),
        });
        return recorder(this.ctx, record, () => this.sheetName());
      },
    };
  }
  get formulas(): unknown[][] {
    return this.get<unknown[][]>("formulas");
  }
  calculate(): void {
    this.ctx.enqueue({
      kind: "range.calculate",
      sheet: () => this.sheetName(),
      run: () => void this.ctx.excel.calculations.push(this.rect()),
    });
  }
  /** Only "Formulas" is modelled: the formula cells inside the range, one area per run down a column. */
  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    if (type !== "Formulas") throw new Error(`test: special cells '${type}' not modelled`);
    const proxy = new RangeAreasProxy(this.ctx, () => {
      const e = this.entity();
      const areas = formulaRuns(e);
      return areas.length > 0 ? areas : null;
    });
    proxy.bind();
    return proxy;
  }
  private derived(make: (e: RangeEntity) => RangeEntity): RangeProxy {
    return new RangeProxy(this.ctx, () => make(this.entity()), false);
  }
  getCell(row: number, col: number): RangeProxy {
    return this.derived((e) => ({
      sheet: e.sheet,
      row: e.row + row,
      col: e.col + col,
      rows: 1,
      cols: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.derived((e) => ({ ...e, rows: e.rows + deltaRows, cols: e.cols + deltaCols }));
  }
  getOffsetRange(rows: number, cols: number): RangeProxy {
    return this.derived((e) => ({ ...e, row: e.row + rows, col: e.col + cols }));
  }
}

/** The formula cells of a range as runs down each column (Excel groups them its own way). */
function formulaRuns(range: RangeEntity): RangeEntity[] {
  const cells = [...range.sheet.cells.entries()]
    .filter(([, cell]) => cell.formula !== undefined)
    .map(([key]) => key.split(",").map(Number))
    .filter(
      ([r, c]) =>
        r >= range.row && r < range.row + range.rows && c >= range.col && c < range.col + range.cols
    )
    .sort(([r1, c1], [r2, c2]) => c1 - c2 || r1 - r2);
  const runs: RangeEntity[] = [];
  for (const [row, col] of cells) {
    const last = runs[runs.length - 1];
    if (last && last.col === col && last.row + last.rows === row)
      runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    else runs.push({ sheet: range.sheet, row, col, rows: 1, cols: 1 });
  }
  return runs;
}

/** RangeAreas: its `areas` loaded as ranges with the properties asked for ("areas/items/..."). */
class RangeAreasProxy extends ClientObject<RangeEntity[]> {
  constructor(ctx: FakeContext, resolver: () => RangeEntity[] | null) {
    super(ctx, resolver, true, "range areas");
  }
  bind(): void {
    this.queueBind("range.getSpecialCells");
  }
  get areas(): { items: RangeProxy[] } {
    return { items: this.get<RangeProxy[]>("areas") };
  }
  override load(spec: string): this {
    this.ctx.enqueue({
      kind: "load",
      run: () => {
        if (this.isNullObject) return;
        const props = parseLoad(spec).map((p) => p.replace(/^areas\/items\//, ""));
        const areas = this.entity().map((area) => {
          const proxy = new RangeProxy(this.ctx, () => area, false);
          proxy.loadNow(props);
          return proxy;
        });
        this.loaded.set("areas", areas);
      },
    });
    return this;
  }
  protected read(): unknown {
    return undefined;
  }
}

function checkTableName(book: FakeWorkbook, name: string, except?: FakeTable): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
    throw new RichApiError("InvalidArgument", `invalid table name '${name}'`);
  const key = name.toUpperCase();
  const clash = book.allTables().find((t) => t.name.toUpperCase() === key && t !== except);
  if (clash || book.definedNames.some((n) => n.toUpperCase() === key)) {
    throw new RichApiError("InvalidArgument", `the name '${name}' is already used in the workbook`);
  }
}

class TableCollectionProxy extends ClientObject<FakeTable[]> {
  constructor(
    ctx: FakeContext,
    private readonly list: () => FakeTable[],
    private readonly sheet?: WorksheetProxy
  ) {
    super(ctx, list, false, "tables");
  }
  get items(): TableProxy[] {
    return this.get<TableProxy[]>("items");
  }
  override load(spec: string): this {
    this.ctx.enqueue({
      kind: "load",
      run: () => {
        const props = parseLoad(spec).map((p) => p.replace(/^items\//, ""));
        this.loaded.set(
          "items",
          this.list().map((table) => {
            const proxy = new TableProxy(this.ctx, () => table, false);
            proxy.loadNow(props);
            return proxy;
          })
        );
      },
    });
    return this;
  }
  protected read(): unknown {
    return undefined;
  }
  getItem(name: string): TableProxy {
    const proxy = new TableProxy(
      this.ctx,
      () => this.list().find((t) => t.name.toUpperCase() === name.toUpperCase()) ?? null,
      false
    );
    proxy.bind();
    return proxy;
  }
  getItemOrNullObject(name: string): TableProxy {
    const proxy = new TableProxy(
      this.ctx,
      () => this.list().find((t) => t.name.toUpperCase() === name.toUpperCase()) ?? null,
      true
    );
    proxy.bind();
    return proxy;
  }
  add(source: RangeProxy, hasHeaders: boolean): TableProxy {
    let created: FakeTable | null = null;
    const proxy = new TableProxy(this.ctx, () => created, false);
    this.ctx.enqueue({
      kind: "tables.add",
      sheet: () => this.sheet?.sheetName(),
      run: () => {
        if (!hasHeaders) throw new Error("test: tables are always added with headers here");
        const rect = source.entity();
        const book = this.ctx.excel.workbook;
        created = new FakeTable(
          `Table${book.allTables().length + 1}`,
          rect.sheet,
          rect.row,
          rect.col,
          rect.rows,
          rect.cols
        );
        renameHeadersAsExcelDoes(rect.sheet, rect.row, rect.col, rect.cols);
        rect.sheet.tables.push(created);
      },
    });
    return proxy;
  }
}

/** Excel makes a new table's headers unique itself: a blank one "Column3", a repeat "Revenue2". */
function renameHeadersAsExcelDoes(sheet: FakeSheet, row: number, col: number, cols: number): void {
  const used = new Set<string>();
  for (let c = 0; c < cols; c++) {
    const given = String(sheet.value(row, col + c));
    let header = given === "" ? `Column${c + 1}` : given;
    for (let n = 2; used.has(header.toLowerCase()); n++) header = `${given}${n}`;
    used.add(header.toLowerCase());
    if (header !== given) sheet.setCell(row, col + c, header);
  }
}

class TableProxy extends ClientObject<FakeTable> {
  constructor(ctx: FakeContext, resolver: () => FakeTable | null, orNull: boolean) {
    super(ctx, resolver, orNull, "table");
  }
  bind(): void {
    this.queueBind("tables.get");
  }
  loadNow(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.read(prop));
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.entity().name;
    throw new Error(`test: table property '${prop}' not modelled`);
  }
  get name(): string {
    return this.get<string>("name");
  }
  set name(value: string) {
    this.ctx.enqueue({
      kind: "table.name",
      sheet: () => this.entity().sheet.name,
      run: () => {
        checkTableName(this.ctx.excel.workbook, value, this.entity());
        this.entity().name = value;
      },
    });
  }
  set style(value: string) {
    this.ctx.enqueue({ kind: "table.style", run: () => void (this.entity().style = value) });
  }
  get worksheet(): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, () => this.entity().sheet, false);
    return proxy;
  }
  /** Rows added at the table's end (index null); nothing below the table is modelled. */
  get rows(): { add: (index?: number | null, values?: Raw[][]) => void } {
    return {
      add: (index, values) =>
        this.ctx.enqueue({
          kind: "tableRows.add",
          sheet: () => this.entity().sheet.name,
          requestCells: values ? values.length * (values[0]?.length ?? 0) : 0,
          run: () => {
            const t = this.entity();
            if (index !== undefined && index !== null)
              throw new Error("test: only rows added at the end are modelled");
            const matrix = values ?? [Array.from({ length: t.cols }, () => "")];
            checkMatrix(
              {
                sheet: t.sheet,
                row: t.row + t.rows,
                col: t.col,
                rows: matrix.length,
                cols: t.cols,
              },
              matrix,
              "rows.add"
            );
            matrix.forEach((row, r) =>
              row.forEach((value, c) => t.sheet.setCell(t.row + t.rows + r, t.col + c, value))
            );
            t.rows += matrix.length;
          },
        }),
    };
  }
  private range(make: (t: FakeTable) => RangeEntity): RangeProxy {
    return new RangeProxy(this.ctx, () => make(this.entity()), false);
  }
  getRange(): RangeProxy {
    return this.range((t) => ({
      sheet: t.sheet,
      row: t.row,
      col: t.col,
      rows: t.rows,
      cols: t.cols,
    }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ sheet: t.sheet, row: t.row, col: t.col, rows: 1, cols: t.cols }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((t) => ({
      sheet: t.sheet,
      row: t.row + 1,
      col: t.col,
      rows: t.rows - 1,
      cols: t.cols,
    }));
  }
  get columns(): { getItem: (header: string) => { getDataBodyRange: () => RangeProxy } } {
    return {
      getItem: (header: string) => ({
        getDataBodyRange: () =>
          this.range((t) => {
            const index = t.sheet.values(t.row, t.col, 1, t.cols)[0].findIndex((h) => h === header);
            if (index < 0)
              throw new RichApiError("ItemNotFound", `table column '${header}' not found`);
            return {
              sheet: t.sheet,
              row: t.row + 1,
              col: t.col + index,
              rows: t.rows - 1,
              cols: 1,
            };
          }),
      }),
    };
  }
}

class NamesProxy extends ClientObject<string[]> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.workbook.definedNames, false, "names");
  }
  get items(): { name: string }[] {
    return this.get<{ name: string }[]>("items");
  }
  override load(): this {
    this.ctx.enqueue({
      kind: "load",
      run: () =>
        void this.loaded.set(
          "items",
          this.entity().map((name) => ({ name }))
        ),
    });
    return this;
  }
  protected read(): unknown {
    return undefined;
  }
}

class SettingsProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    // Office stores settings as JSON: what comes back is a copy, never the same object.
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.ctx.enqueue({
      kind: "settings.add",
      run: () => void this.ctx.excel.workbook.settings.set(key, copy),
    });
  }
  getItemOrNullObject(key: string): SettingProxy {
    const settings = this.ctx.excel.workbook.settings;
    const proxy = new SettingProxy(this.ctx, () =>
      settings.has(key) ? { key, value: settings.get(key) } : null
    );
    proxy.bind();
    return proxy;
  }
}

class SettingProxy extends ClientObject<{ key: string; value: unknown }> {
  constructor(ctx: FakeContext, resolver: () => { key: string; value: unknown } | null) {
    super(ctx, resolver, true, "setting");
  }
  bind(): void {
    this.queueBind("settings.get");
  }
  protected read(prop: string): unknown {
    return (this.entity() as Record<string, unknown>)[prop];
  }
  get value(): unknown {
    return this.get<unknown>("value");
  }
  delete(): void {
    this.ctx.enqueue({
      kind: "settings.delete",
      run: () => void this.ctx.excel.workbook.settings.delete(this.entity().key),
    });
  }
}
