/**
 * Renames unquoted words of a statement (the compiler's own CTE names), leaving everything inside
 * quotes alone: a column "lines" or a value 'flagged' from the user's data is never touched. The
 * statements it reads are the executed dialects' (DuckDB, PostgreSQL): text in single quotes and
 * names in double quotes, a quote inside written twice.
 */
export function renameWords(sql: string, renames: ReadonlyMap<string, string>): string {
  return mapWords(sql, (word) => renames.get(word) ?? word);
}

/** The unquoted words of a statement: its keywords and the names of the CTEs it reads. */
export function unquotedWords(sql: string): Set<string> {
  const words = new Set<string>();
  mapWords(sql, (word) => {
    words.add(word);
    return word;
  });
  return words;
}

function mapWords(sql: string, replace: (word: string) => string): string {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const end = quotedEnd(sql, i, c);
      out += sql.slice(i, end);
      i = end;
    } else if (/[A-Za-z_]/.test(c)) {
      let end = i + 1;
      while (end < sql.length && /\w/.test(sql[end])) end++;
      const word = sql.slice(i, end);
      out += replace(word);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index just past a quoted run starting at `start`; a doubled quote stays inside. */
function quotedEnd(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] !== quote) i++;
    else if (sql[i + 1] === quote) i += 2;
    else return i + 1;
  }
  throw new Error("A quoted name or text is not closed.");
}
