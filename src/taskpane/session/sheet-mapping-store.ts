/**
 * Where the pane keeps the field mappings it remembers per sheet signature (sheet-mappings.ts):
 * this browser's (or Excel's web view's) local storage. Where storage is refused, the mappings
 * are remembered for the session only.
 */
import type { SheetMappings } from "../state/sheet-mappings";

export const SHEET_MAPPINGS_KEY = "uaa.mapping.bySheet";

export function loadSheetMappings(
  storage: Pick<Storage, "getItem"> | null = safeStorage()
): SheetMappings {
  try {
    const text = storage?.getItem(SHEET_MAPPINGS_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as SheetMappings)
      : {};
  } catch {
    return {};
  }
}

export function saveSheetMappings(
  mappings: SheetMappings,
  storage: Pick<Storage, "setItem"> | null = safeStorage()
): void {
  try {
    storage?.setItem(SHEET_MAPPINGS_KEY, JSON.stringify(mappings));
  } catch {
    // Private modes refuse storage: the mapping is picked again next time.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
