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
 * Rows with these keys, in this order, each null until set. Adding keys one by one to tens of
 * thousands of rows (`row[name] = value`, a new key each time) is several times slower in V8
 * than copying a row that has them all and setting their values; the copy gets the rows'
 * prototype back, so it finds no inherited name, as newResultRow().
 */
export function rowMaker(keys: readonly string[]): () => ResultRow {
  const template = newResultRow();
  for (const key of keys) template[key] = null;
  return () => Object.setPrototypeOf({ ...template }, NO_INHERITED_NAMES) as ResultRow;
}

/**
 * A copier of rows that makes each copy with `keys` read from the row (in that order) and
 * `added` keys, null until the caller sets them, all present from the start. Setting a key
 * a copy's template lacks (`copy.Flagged = ...` after the copy) leaves V8's shared map
 * transitions for objects whose prototype was set, and cost several times the copy itself
 * over the join's 20,000 rows. A key the row lacks stays out of the copy. A sheet copies every
 * account's row this way, taking only the columns it writes (result sheets are built only for
 * what is written).
 */
export function rowCopier(
  keys: readonly string[],
  added: readonly string[] = []
): (row: ResultRow) => ResultRow {
  const make = rowMaker([...keys, ...added]);
  return (row) => {
    const copy = make();
    let missing = false;
    for (let k = 0; k < keys.length; k++) {
      const value = row[keys[k]];
      if (value === undefined) missing = true;
      else copy[keys[k]] = value;
    }
    if (!missing) return copy;
    // Rare: a row without some column; rebuilt without those keys, so no key reads null.
    const sparse = newResultRow();
    for (const key of keys) if (row[key] !== undefined) sparse[key] = row[key];
    for (const key of added) sparse[key] = null;
    return sparse;
  };
}

/** A copy of a row with every own key and one more, kept free of inherited names. */
export function withResultValue(row: ResultRow, key: string, value: ResultValue): ResultRow {
  const copy = newResultRow();
  for (const name in row) copy[name] = row[name];
  copy[key] = value;
  return copy;
}
