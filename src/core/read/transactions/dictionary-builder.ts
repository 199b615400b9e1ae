/**
 * Builds a dictionary-encoded text column: each distinct key is stored once, in order of first
 * appearance, and each row holds its key's index.
 */
import type { CellValue } from "../../model/cells";
import type { DictionaryColumn } from "../../model/transactions";
import { keyText } from "./cell-text";
import { GrowableInt32 } from "./growable";

export class DictionaryBuilder {
  private readonly codeOfKey = new Map<string, number>();
  /** Numeric ids skip the number-to-text conversion after their first row. */
  private readonly codeOfNumber = new Map<number, number>();
  private readonly values: string[] = [];
  private readonly codes = new GrowableInt32();

  /** @param blankKey what a blank cell is stored as, e.g. "(blank)". */
  constructor(private readonly blankKey: string) {}

  /** Appends a row's cell (see keyText for how non-text cells become keys). */
  pushCell(cell: CellValue | undefined): void {
    if (typeof cell === "number") {
      let code = this.codeOfNumber.get(cell);
      if (code === undefined) {
        code = this.codeOf(keyText(cell));
        this.codeOfNumber.set(cell, code);
      }
      this.codes.push(code);
      return;
    }
    const key = typeof cell === "string" ? cell.trim() : keyText(cell);
    this.codes.push(this.codeOf(key.length === 0 ? this.blankKey : key));
  }

  private codeOf(key: string): number {
    let code = this.codeOfKey.get(key);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(key);
      this.codeOfKey.set(key, code);
    }
    return code;
  }

  build(): DictionaryColumn {
    return { kind: "dictionary", codes: this.codes.toArray(), values: this.values.slice() };
  }
}
