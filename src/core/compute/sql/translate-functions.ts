/**
 * The formula language's functions that SQL can compute exactly as the engine does
 * (src/core/expr/functions.ts), one entry each; any other function is refused by name.
 */
import type { Dialect } from "./dialect";
import { comparison } from "./comparison";
import {
  asDouble,
  FALSE_SQL,
  fromPredicate,
  holds,
  nullOf,
  unionOf,
  type SqlValue,
} from "./sql-value";

type Refuse = (reason: string) => never;
type Translation = (args: readonly SqlValue[], dialect: Dialect, refuse: Refuse) => SqlValue;

/** A call whose arguments are already translated; `name` is the function's canonical name. */
export function translateCall(
  name: string,
  args: readonly SqlValue[],
  dialect: Dialect,
  refuse: Refuse
): SqlValue {
  const translation = TRANSLATIONS[name];
  if (!translation)
    return refuse(`${name} has no exact SQL translation (see the README, "The agent as SQL")`);
  return translation(args, dialect, refuse);
}

const numeric = (v: SqlValue) => v.type === "number" || v.type === "boolean";

/** IF / IFNULL / COALESCE: the branches must be of one kind, as a column has one type. */
function commonType(values: readonly SqlValue[], refuse: Refuse): SqlValue["type"] {
  let type: SqlValue["type"] = "null";
  for (const v of values) {
    const next = unionOf(type, v.type);
    if (next === null) refuse(`its values are of different kinds (${type} and ${v.type})`);
    type = next;
  }
  return type;
}

function firstNonBlank(args: readonly SqlValue[], _d: Dialect, refuse: Refuse): SqlValue {
  const type = commonType(args, refuse);
  return { sql: `COALESCE(${args.map((a) => a.sql).join(", ")})`, type };
}

/** MIN / MAX skip blanks: each argument falls back to the others, so only all-blank is blank. */
function extreme(fn: "LEAST" | "GREATEST"): Translation {
  return (args, dialect) => {
    if (args.some((a) => a.type === "string")) return nullOf("number", dialect);
    const values = args.filter(numeric).map((a) => asDouble(a, dialect));
    if (values.length === 0) return nullOf("number", dialect);
    if (values.length === 1) return { sql: values[0], type: "number" };
    const fallbacks = values.map(
      (v, i) => `COALESCE(${[v, ...values.filter((_, j) => j !== i)].join(", ")})`
    );
    return { sql: `${fn}(${fallbacks.join(", ")})`, type: "number" };
  };
}

/** SUM / AVERAGE of values: blanks skipped, blank when nothing is left, added left to right. */
function total(average: boolean): Translation {
  return (args, dialect) => {
    if (args.some((a) => a.type === "string")) return nullOf("number", dialect);
    const values = args.filter(numeric).map((a) => asDouble(a, dialect));
    if (values.length === 0) return nullOf("number", dialect);
    const sum = values.map((v) => `COALESCE(${v}, 0)`).join(" + ");
    const count = values.map((v) => `CASE WHEN ${v} IS NULL THEN 0 ELSE 1 END`).join(" + ");
    const allBlank = values.map((v) => `${v} IS NULL`).join(" AND ");
    const value = average ? `(${sum}) / (${count})` : `(${sum})`;
    return { sql: `CASE WHEN ${allBlank} THEN NULL ELSE ${value} END`, type: "number" };
  };
}

const TRANSLATIONS: Readonly<Record<string, Translation>> = {
  IF: (args, dialect, refuse) => {
    const [condition, then, otherwise = nullOf("null", dialect)] = args;
    const type = commonType([then, otherwise], refuse);
    return {
      sql: `CASE WHEN ${holds(condition)} THEN ${then.sql} ELSE ${otherwise.sql} END`,
      type,
    };
  },
  AND: (args) => fromPredicate(args.map((a) => `(${holds(a)})`).join(" AND ")),
  OR: (args) => fromPredicate(args.map((a) => `(${holds(a)})`).join(" OR ")),
  NOT: ([x], dialect) => {
    if (x.type === "boolean") return { sql: `(1 - ${x.sql})`, type: "boolean" };
    if (x.type !== "number") return nullOf("boolean", dialect);
    return {
      sql: `CASE WHEN ${x.sql} = 0 THEN 1 WHEN ${x.sql} IS NOT NULL THEN 0 END`,
      type: "boolean",
    };
  },
  BETWEEN: ([x, low, high], _d, refuse) => {
    const atLeast = comparison(">=", x, low, refuse);
    const atMost = comparison("<=", x, high, refuse);
    if (atLeast === FALSE_SQL || atMost === FALSE_SQL) return FALSE_SQL;
    return fromPredicate(`${atLeast.sql} = 1 AND ${atMost.sql} = 1`);
  },
  IN: ([x, ...options], _d, refuse) => {
    const tests = options.map((o) => comparison("=", x, o, refuse)).filter((t) => t !== FALSE_SQL);
    return tests.length === 0
      ? FALSE_SQL
      : fromPredicate(tests.map((t) => `${t.sql} = 1`).join(" OR "));
  },
  // Errors are blanks in the engine, so IFERROR is IFNULL.
  IFERROR: firstNonBlank,
  IFNULL: firstNonBlank,
  COALESCE: firstNonBlank,
  ISBLANK: ([x]) => fromPredicate(`${x.sql} IS NULL`),
  ISNUMBER: ([x]) => (x.type === "number" ? fromPredicate(`${x.sql} IS NOT NULL`) : FALSE_SQL),
  ISTEXT: ([x]) => (x.type === "string" ? fromPredicate(`${x.sql} IS NOT NULL`) : FALSE_SQL),
  ABS: ([x], dialect) =>
    numeric(x)
      ? { sql: `ABS(${asDouble(x, dialect)})`, type: "number" }
      : nullOf("number", dialect),
  SIGN: ([x], dialect) =>
    numeric(x)
      ? { sql: `CAST(SIGN(${asDouble(x, dialect)}) AS ${dialect.double})`, type: "number" }
      : nullOf("number", dialect),
  // A negative number has no square root: blank, as in the engine.
  SQRT: ([x], dialect) => {
    if (!numeric(x)) return nullOf("number", dialect);
    const v = asDouble(x, dialect);
    return { sql: `CASE WHEN ${v} >= 0 THEN SQRT(${v}) END`, type: "number" };
  },
  MIN: extreme("LEAST"),
  MAX: extreme("GREATEST"),
  SUM: total(false),
  AVERAGE: total(true),
};
