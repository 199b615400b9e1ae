/**
 * Text bound for the terminal, with every control character made visible. Messages quote the
 * user's own data (headers, names, config text): an escape sequence in a header would otherwise
 * clear the screen or rewrite what was printed, and a bidi override would reorder it. Newline and
 * tab stay (they lay messages out); everything else of C0, DEL, C1 and the bidi controls is shown
 * as `\u001b`, so the user sees what their file holds.
 */
/** C0 but tab and newline, DEL and C1, and the bidi marks, embeddings, overrides and isolates. */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code >= 0x7f && code <= 0x9f) return true;
  return (
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

export function terminalText(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Writes a message through `write` with its control characters made visible. */
export function print(write: (text: string) => void, text: string): void {
  write(terminalText(text));
}
