/**
 * A stable fingerprint of the agent document, so a change to the definition after approval is
 * noticed (SPEC, "Summary": an agent is active only as submitted and approved, so a later change
 * puts it back to Draft). Canonical JSON (keys sorted, undefined dropped) hashed with 64-bit
 * FNV-1a: not cryptographic, which is fine for noticing edits; the history keeps who approved
 * what, not a signature.
 */
import type { AgentDocument } from "../model/document";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * The anchor date is left out: it is a run parameter ("default today"), and a command line that
 * passes --anchor-date on every run has not changed what was approved.
 */
export function documentHash(doc: AgentDocument): string {
  return fnv1a64(canonicalJson({ ...doc, anchorDate: undefined }));
}

/** JSON with object keys in code-point order at every depth, so equal documents give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** FNV-1a over the text's UTF-16 code units (low byte, then high byte), as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  const step = (byte: number) => {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    step(unit & 0xff);
    step(unit >> 8);
  }
  return hash.toString(16).padStart(16, "0");
}
