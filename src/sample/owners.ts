/**
 * The sample's owners table (CustomerId -> owner, e-mail): a handful of sales leads sharing the
 * accounts, one of them owning only accounts the agent does not flag, and one flagged account
 * left without an owner, so the sales leads' workbooks show all three cases.
 */
import type { SampleTable } from "./contribution-sample";

export const SAMPLE_OWNERS: readonly { readonly name: string; readonly email: string }[] = [
  { name: "Maria Lopez", email: "maria.lopez@example.com" },
  { name: "Jonas Weber", email: "jonas.weber@example.com" },
  { name: "Aiko Tanaka", email: "aiko.tanaka@example.com" },
  { name: "Samuel Okafor", email: "samuel.okafor@example.com" },
];

/** Owns two accounts, neither of them flagged on the sample. */
export const OWNER_WITHOUT_FLAGS = { name: "Ines Carvalho", email: "ines.carvalho@example.com" };

/**
 * `accounts` in the sample's order; `flagged` the ids the sample agent flags. The first flagged
 * account gets no owner; the first two unflagged go to OWNER_WITHOUT_FLAGS; the rest take turns.
 */
export function sampleOwnersTable(
  accounts: readonly string[],
  flagged: ReadonlySet<string>
): SampleTable {
  const unowned = accounts.find((id) => flagged.has(id));
  const quiet = accounts.filter((id) => !flagged.has(id)).slice(0, 2);
  const rows = accounts
    .filter((id) => id !== unowned)
    .map((id, i) => {
      const owner = quiet.includes(id)
        ? OWNER_WITHOUT_FLAGS
        : SAMPLE_OWNERS[i % SAMPLE_OWNERS.length];
      return [id, owner.name, owner.email];
    });
  return { name: "Owners", headers: ["Customer Id", "Account Owner", "E-mail"], rows };
}
