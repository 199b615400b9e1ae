/// <reference types="office-js" />
/* global Excel, btoa */
/**
 * The sales leads' workbooks opened as new workbooks of Excel, one each
 * (`Excel.createWorkbook(base64)`, ExcelApi 1.8). An Excel without that set gets them as a
 * download instead (the pane's choice; the reason is said to the user).
 */
import { isSetSupported } from "./host-support";

export const NEW_WORKBOOKS_UNSUPPORTED =
  "This Excel cannot open new workbooks from an add-in (that needs ExcelApi 1.8), so the sales leads' workbooks come as one zip to download.";

export function canOpenNewWorkbooks(): boolean {
  return isSetSupported("ExcelApi", "1.8");
}

/** Opens each file as a new workbook, in order; returns how many were opened. */
export async function openAsNewWorkbooks(
  files: readonly { readonly bytes: Uint8Array }[]
): Promise<number> {
  for (const file of files) await Excel.createWorkbook(toBase64(file.bytes));
  return files.length;
}

/** Base64 in chunks: one String.fromCharCode call over a whole workbook would overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
