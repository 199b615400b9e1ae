/** "row" or "rows" as `count` asks; an irregular plural is given ("entry", "entries"). */
export function nounFor(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return count === 1 ? noun : pluralNoun;
}

/** "1 row", "3 rows". */
export function plural(count: number, noun: string, pluralNoun?: string): string {
  return `${count} ${nounFor(count, noun, pluralNoun)}`;
}
