/// <reference types="office-js" />
/* global Office */
/**
 * What this Excel can do beyond the add-in's minimum, asked of Office.js at the moment of use:
 * comments that @mention people (ExcelApi 1.11) and opening the add-in with the workbook
 * (Office.addin.setStartupBehavior, SharedRuntime 1.1). Office may be absent (the task pane
 * opened in a plain browser), which answers "no" with the reason.
 */

export type Support =
  { readonly supported: true } | { readonly supported: false; readonly reason: string };

export const MENTIONS_UNSUPPORTED =
  "This Excel cannot add comments that @mention people (that needs ExcelApi 1.11: Microsoft 365, Excel 2021 or later, or Excel on the web), so assignees of new actions were not notified; tell them yourself or open the workbook in Excel on the web.";

export function mentionSupport(): Support {
  if (!isSetSupported("ExcelApi", "1.11"))
    return { supported: false, reason: MENTIONS_UNSUPPORTED };
  return { supported: true };
}

export function isSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return false;
  try {
    return requirements.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}
