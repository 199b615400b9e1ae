/**
 * The command line's options for sales leads' workbooks: splitting the report by owner, the
 * owners table, and collecting returned workbooks into the master Actions sheet.
 */

export const OWNERS_USAGE = `Workbooks for sales leads:
  --split-by owner      Also write one workbook per account owner (their accounts only) into --out-dir
  --out-dir DIR         Folder for the owners' workbooks (created if missing)
  --owners-sheet NAME   Owners table (customer id, owner, e-mail): a sheet of the input workbook, or
                        NAME.csv beside a CSV input (default: "Owners", when there is one). Owners
                        also come from an owner column (Account Owner, Sales Rep) or the action's assignee
  --collect             Merge returned owners' workbooks (files or folders given instead of the input)
                        into the Actions sheet of the --out report: npm run analyze -- --collect packs/*.xlsx --out report.xlsx`;

export const OWNERS_OPTIONS = {
  "split-by": { type: "string" },
  "out-dir": { type: "string" },
  "owners-sheet": { type: "string" },
  collect: { type: "boolean" },
} as const;

export interface OwnersArguments {
  /** The folder owners' workbooks go to; absent without --split-by. */
  readonly splitInto?: string;
  readonly ownersSheet?: string;
}

interface OwnersValues {
  readonly "split-by"?: string;
  readonly "out-dir"?: string;
  readonly "owners-sheet"?: string;
}

export function ownersArguments(
  values: OwnersValues,
  fail: (message: string) => never
): OwnersArguments {
  for (const name of ["split-by", "out-dir", "owners-sheet"] as const) {
    if (values[name] !== undefined && values[name].trim() === "") fail(`--${name} needs a value.`);
  }
  const split = values["split-by"]?.trim().toLowerCase();
  if (split !== undefined && split !== "owner")
    fail(`--split-by '${values["split-by"]}' is not supported; the report splits by owner.`);
  if (split !== undefined && values["out-dir"] === undefined)
    fail("--split-by owner needs --out-dir, the folder for the owners' workbooks.");
  if (split === undefined && values["out-dir"] !== undefined)
    fail("--out-dir goes with --split-by owner.");
  return {
    ...(split ? { splitInto: values["out-dir"] } : {}),
    ...(values["owners-sheet"] !== undefined ? { ownersSheet: values["owners-sheet"].trim() } : {}),
  };
}
