/**
 * Who a workbook user is, for the four-eyes rule (SPEC, "Summary": approved by another user).
 * People type themselves as "Ann Lee <ann@example.com>", "ann@example.com" or "Ann Lee"; a name
 * copied from an e-mail client may carry invisible characters (zero-width spaces, bidi marks,
 * soft hyphens). docs/decisions.md, "Identities": with an e-mail address, the address decides
 * (case-insensitive); otherwise the name, with case and runs of spaces ignored.
 */

/** Format and control characters (Unicode Cf, Cc): invisible, so never part of who someone is. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
const EMAIL = /[^\s<>"',;()[\]]+@[^\s<>"',;()[\]]+/u;

/** The text as a person meant it: invisible characters removed, compatibility forms folded, spaces tidied. */
export function visibleName(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}

/** The key two identities compare by: the e-mail address when there is one, else the name. */
export function identityKey(text: string): string {
  const visible = visibleName(text);
  const email = EMAIL.exec(visible);
  return (email ? email[0] : visible).toLowerCase();
}

/** True when both texts name the same person (an empty text is nobody). */
export function sameUser(a: string, b: string): boolean {
  const key = identityKey(a);
  return key !== "" && key === identityKey(b);
}
