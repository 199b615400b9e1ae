/**
 * Who is at the keyboard, as they last typed it (Excel has no reliable current-user API): the
 * name or email for approval steps and manual runs, kept in this browser's (or Excel's web view's)
 * local storage. Nothing is remembered where the storage is refused.
 */
export const USER_STORAGE_KEY = "uaa.lifecycle.user";

export function rememberedUser(storage: Pick<Storage, "getItem"> | null = safeStorage()): string {
  try {
    return storage?.getItem(USER_STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberUser(
  name: string,
  storage: Pick<Storage, "setItem"> | null = safeStorage()
): void {
  try {
    storage?.setItem(USER_STORAGE_KEY, name.trim());
  } catch {
    // Private modes refuse storage: the name is typed again next time.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
