/** One CSV record's fields; a quoted field may hold commas ("Contoso, Ltd") and doubled quotes. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
    const raw = match[1];
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] === "") break;
  }
  return out;
}
