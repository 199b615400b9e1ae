/**
 * Columns beyond the known fields that the agent uses (group-by levels, dimension filters,
 * measures over other numeric columns). They never cause a row to be skipped: a dimension
 * stores blanks as "(blank)" (as Excel's pivot tables show them) and error cells as their
 * literal; a number column stores NaN where a cell is blank or not a number. Numbers are taken
 * as they are, without currency conversion, since the sheet does not say which ones are money.
 */
import type { CellRow } from "../../model/cells";
import type { Column } from "../../model/transactions";
import { AgentInputError } from "../../model/errors";
import { findColumn, listHeaders, type SheetColumn } from "../mapping/header-label";
import { KNOWN_FIELDS } from "../mapping/field-mapping";
import { DictionaryBuilder } from "./dictionary-builder";
import { GrowableFloat64 } from "./growable";
import { parseNumber } from "./number";

export const BLANK_TEXT = "(blank)";

interface ExtraDimension {
  readonly label: string;
  readonly column: number;
  readonly builder: DictionaryBuilder;
}

interface ExtraNumber {
  readonly label: string;
  readonly column: number;
  readonly values: GrowableFloat64;
}

export class ExtraColumnsBuilder {
  private readonly dimensions: ExtraDimension[] = [];
  private readonly numbers: ExtraNumber[] = [];

  /**
   * Labels naming a known field (`CustomerSegment`) are not extra columns: the table has them
   * already. A label in both lists is kept as a dimension. An unknown label is an input error.
   */
  constructor(
    sheet: string,
    columns: readonly SheetColumn[],
    dimensionLabels: readonly string[],
    numberLabels: readonly string[],
    /** The sheet's row count when known (growable.ts). */
    private readonly expectedRows = 0
  ) {
    const taken = new Set<string>();
    const resolve = (label: string): number | null => {
      if ((KNOWN_FIELDS as readonly string[]).includes(label) || taken.has(label)) return null;
      const column = findColumn(columns, label);
      if (column === undefined) {
        throw new AgentInputError(
          `The agent uses the column "${label}", but sheet '${sheet}' has no such header. ` +
            `Headers found: ${listHeaders(columns)}. Fix the agent's series or filters.`
        );
      }
      taken.add(label);
      return column.index;
    };
    for (const label of dimensionLabels) {
      const column = resolve(label);
      if (column !== null)
        this.dimensions.push({
          label,
          column,
          builder: new DictionaryBuilder(BLANK_TEXT, expectedRows),
        });
    }
    for (const label of numberLabels) {
      const column = resolve(label);
      if (column !== null)
        this.numbers.push({ label, column, values: new GrowableFloat64(expectedRows) });
    }
  }

  pushRow(row: CellRow): void {
    for (const dimension of this.dimensions) dimension.builder.pushCell(row[dimension.column]);
    for (const measure of this.numbers) {
      const cell = row[measure.column];
      if (typeof cell === "number") {
        measure.values.push(cell);
        continue;
      }
      const parsed = parseNumber(cell, "number");
      measure.values.push(typeof parsed === "number" ? parsed : Number.NaN);
    }
  }

  build(): Map<string, Column> {
    const extra = new Map<string, Column>();
    for (const dimension of this.dimensions) extra.set(dimension.label, dimension.builder.build());
    for (const measure of this.numbers)
      extra.set(measure.label, { kind: "number", values: measure.values.toArray() });
    return extra;
  }
}
