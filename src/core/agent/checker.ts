/**
 * A small structural checker for JSON documents: each check records a problem with the path it
 * was found at (`series[0].measures[2].aggregation`) instead of stopping at the first one, so a
 * user fixing a document sees every problem at once.
 */
export interface DocumentIssue {
  readonly path: string;
  readonly message: string;
}

export class Checker {
  readonly issues: DocumentIssue[] = [];

  report(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> | null {
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.report(path, `must be an object, found ${describe(value)}`);
    return null;
  }

  array(value: unknown, path: string, options: { nonEmpty?: boolean } = {}): unknown[] {
    if (!Array.isArray(value)) {
      this.report(path, `must be a list, found ${describe(value)}`);
      return [];
    }
    if (options.nonEmpty && value.length === 0) this.report(path, "must not be empty");
    return value;
  }

  text(value: unknown, path: string, options: { nonEmpty?: boolean } = { nonEmpty: true }): string {
    if (typeof value !== "string") {
      this.report(path, `must be text, found ${describe(value)}`);
      return "";
    }
    if (options.nonEmpty && value.trim() === "") this.report(path, "must not be empty");
    return value;
  }

  number(
    value: unknown,
    path: string,
    options: { min?: number; max?: number; integer?: boolean } = {}
  ): number {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.report(path, `must be a number, found ${describe(value)}`);
      return 0;
    }
    if (options.integer && !Number.isInteger(value))
      this.report(path, `must be a whole number, found ${value}`);
    if (options.min !== undefined && value < options.min)
      this.report(path, `must be at least ${options.min}, found ${value}`);
    if (options.max !== undefined && value > options.max)
      this.report(path, `must be at most ${options.max}, found ${value}`);
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== "boolean")
      this.report(path, `must be true or false, found ${describe(value)}`);
    return value === true;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value))
      return value as T;
    this.report(path, `must be one of ${allowed.join(", ")}, found ${describe(value)}`);
    return allowed[0];
  }

  /** Reports keys the document does not know, which are usually typos of known ones. */
  knownKeys(value: Record<string, unknown>, path: string, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.report(`${path}.${key}`, `is not a known setting (known here: ${known.join(", ")})`);
    }
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}
