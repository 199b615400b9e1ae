/** A result row as it travels in AgentResult and its JSON: measure name -> value (blank is null). */
export type ResultValue = number | string | null;
export type ResultRow = Record<string, ResultValue>;

/**
 * The prototype of every result row: an empty object that itself has no prototype, so no name
 * a user gives a measure (`__proto__`, `constructor`, `toString`) finds anything inherited, and
 * assigning `__proto__` makes an own key like any other (the accessor lives on Object.prototype,
 * which is not in the chain). Frozen, so nothing can be added to every row at once.
 */
const NO_INHERITED_NAMES: object = Object.freeze(Object.create(null) as object);

/**
 * An empty row whose keys are the user's measure and column names, each a key like any other.
 * Not `Object.create(null)`: V8 keeps such objects in dictionary mode, which made building and
 * copying tens of thousands of rows several times slower; an object whose prototype is an empty
 * prototype-less object keeps V8's fast properties and the same behaviour for every name.
 */
export function newResultRow(): ResultRow {
  return Object.create(NO_INHERITED_NAMES) as ResultRow;
}

/**
 * A row holding only those of the given keys that `row` has, kept free of inherited
 * names like the row itself. A sheet copies every account's row this way, taking only the
 * columns it writes (result sheets are built only for what is written).
 */
export function pickResultValues(row: ResultRow, keys: readonly string[]): ResultRow {
  const copy = newResultRow();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = row[key];
    if (value !== undefined) copy[key] = value;
  }
  return copy;
}

/** A copy of a row with every own key and one more, kept free of inherited names. */
export function withResultValue(row: ResultRow, key: string, value: ResultValue): ResultRow {
  const copy = newResultRow();
  for (const name in row) copy[name] = row[name];
  copy[key] = value;
  return copy;
}
