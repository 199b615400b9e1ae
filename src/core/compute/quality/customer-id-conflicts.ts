import type { CustomerIdConflict, CustomerIdVariant } from "../../model/data-quality";
import type { TransactionTable } from "../../model/transactions";

interface Tally {
  firstRow: number;
  rows: number;
}

/**
 * Customer ids that the usable lines give more than one name or segment. Series group by
 * CustomerId with the name and segment (like a pivot table, docs/decisions.md), so such an id
 * becomes several accounts, each with part of its revenue: a typo in a name splits a customer
 * and can flag one half. The agent keeps grouping as it does; the Data Quality sheet lists them.
 */
export function customerIdConflicts(table: TransactionTable): CustomerIdConflict[] {
  const ids = table.CustomerId;
  const names = table.CustomerName;
  const segments = table.CustomerSegment;
  const nameCount = names.values.length + 1;
  const pairOf = (r: number) => segments.codes[r] * nameCount + names.codes[r];

  // First pass, no allocation per row: which ids meet a second name / segment pair at all.
  // Every line is read here, so the columns are locals and the pair is computed inline.
  const firstPair = new Float64Array(ids.values.length).fill(-1);
  const split = new Uint8Array(ids.values.length);
  const idCodes = ids.codes;
  const nameCodes = names.codes;
  const segmentCodes = segments.codes;
  let anySplit = false;
  for (let r = 0; r < table.rowCount; r++) {
    const id = idCodes[r];
    const pair = segmentCodes[r] * nameCount + nameCodes[r];
    const first = firstPair[id];
    if (first < 0) firstPair[id] = pair;
    else if (first !== pair) {
      split[id] = 1;
      anySplit = true;
    }
  }
  if (!anySplit) return [];
  const pairsOfId = new Map<number, Map<number, Tally>>();
  for (let r = 0; r < table.rowCount; r++) {
    const id = ids.codes[r];
    if (!split[id]) continue;
    let pairs = pairsOfId.get(id);
    if (!pairs) pairsOfId.set(id, (pairs = new Map()));
    const tally = pairs.get(pairOf(r));
    if (tally) tally.rows++;
    else pairs.set(pairOf(r), { firstRow: table.sourceRow[r], rows: 1 });
  }

  const conflicts: CustomerIdConflict[] = [];
  for (const [id, pairs] of pairsOfId) {
    const variants = [...pairs].map(([pair, tally]): CustomerIdVariant => ({
      name: names.values[pair % nameCount],
      segment: segments.values[Math.floor(pair / nameCount)],
      ...tally,
    }));
    conflicts.push({ customerId: ids.values[id], variants });
  }
  return orderedConflicts(conflicts);
}

/**
 * Ids in order of their first line, and each id's names and segments too. Where rows have no
 * number (a database table on the SQL path), ids in the order of their text and an id's
 * variants most lines first, so every engine lists them alike.
 */
export function orderedConflicts(conflicts: readonly CustomerIdConflict[]): CustomerIdConflict[] {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const variantOrder = (a: CustomerIdVariant, b: CustomerIdVariant) =>
    (a.firstRow ?? 0) - (b.firstRow ?? 0) ||
    b.rows - a.rows ||
    byText(a.name, b.name) ||
    byText(a.segment, b.segment);
  const ordered = conflicts.map((c) => ({ ...c, variants: [...c.variants].sort(variantOrder) }));
  return ordered.sort(
    (a, b) =>
      (a.variants[0].firstRow ?? 0) - (b.variants[0].firstRow ?? 0) ||
      byText(a.customerId, b.customerId)
  );
}

/** The note above the Data Quality table, whose rows list each id. */
export function conflictWarnings(conflicts: readonly CustomerIdConflict[]): string[] {
  if (conflicts.length === 0) return [];
  const ids = conflicts.length === 1 ? "customer id appears" : "customer ids appear";
  return [
    `${conflicts.length} ${ids} with more than one name or segment, so each pair is a separate ` +
      `account ("Same customer id, several accounts" below); correct the sheet to merge them.`,
  ];
}
