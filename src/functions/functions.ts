/// <reference types="custom-functions-runtime" />
/*
 * PLACEHOLDER so that webpack and the custom-functions metadata build today. The real custom
 * functions (measures usable in worksheet formulas) replace this file; keep the JSDoc
 * `@customfunction` tags, from which custom-functions-metadata-plugin writes functions.json and
 * appends the `CustomFunctions.associate(...)` calls. (A plain comment, not JSDoc, so the
 * metadata generator does not take it for the first function's description.)
 */

/**
 * The version of the Unprofitable Account Agent add-in, as =UAA.VERSION().
 * @customfunction VERSION
 * @returns The add-in's version.
 */
export function version(): string {
  return "0.1.0";
}
