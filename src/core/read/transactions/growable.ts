/**
 * Typed arrays that grow by doubling while rows arrive in blocks of unknown count, so a million
 * rows cost a few dozen reallocations instead of a million boxed numbers. When the host knows
 * the sheet's row count, the first array is that size: no reallocation, and no copy at the end
 * when every row was kept.
 */

const INITIAL_CAPACITY = 1024;
/**
 * A row count hint beyond Excel's rows is not trusted for the first allocation (a sheet's
 * dimension tag can lie); the arrays still grow to any size.
 */
const MAX_HINTED_CAPACITY = 1_048_576;

/** The first capacity for an expected row count (0 or absent: unknown). */
export function initialCapacity(expectedRows = 0): number {
  if (!(expectedRows > INITIAL_CAPACITY)) return INITIAL_CAPACITY;
  return Math.min(Math.ceil(expectedRows), MAX_HINTED_CAPACITY);
}

/** The capacity holding `needed` values: `capacity` doubled as often as it takes. */
function reserveFor(capacity: number, needed: number): number {
  let grown = capacity;
  while (grown < needed) grown *= 2;
  return grown;
}

export class GrowableFloat64 {
  private data: Float64Array;
  length = 0;

  constructor(expectedRows = 0) {
    this.data = new Float64Array(initialCapacity(expectedRows));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }

  /** Room for `count` more values, by doubling (see reserveFor). */
  reserve(count: number): void {
    const capacity = reserveFor(this.data.length, this.length + count);
    if (capacity === this.data.length) return;
    const bigger = new Float64Array(capacity);
    bigger.set(this.data);
    this.data = bigger;
  }

  /**
   * Appends within the room made by reserve(), without checking it. Small enough to be inlined
   * wherever it is called, so a number written per row is never boxed on the way (issue 14).
   */
  append(value: number): void {
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /**
   * The values pushed so far, right-sized: the array itself when it is exactly full (the
   * builder hands it over and is done), else a copy.
   */
  toArray(): Float64Array {
    return this.length === this.data.length ? this.data : this.data.slice(0, this.length);
  }
}

/**
 * GrowableFloat64 for whole numbers. Two classes, not one over either array type: V8 keeps type
 * feedback per function, so one shared append() would see both arrays, store polymorphically
 * and no longer compile to a plain typed-array write on the parser's per-row path (issue 14).
 */
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(expectedRows = 0) {
    this.data = new Int32Array(initialCapacity(expectedRows));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }

  /** As GrowableFloat64.reserve. */
  reserve(count: number): void {
    const capacity = reserveFor(this.data.length, this.length + count);
    if (capacity === this.data.length) return;
    const bigger = new Int32Array(capacity);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** As GrowableFloat64.append. */
  append(value: number): void {
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** As GrowableFloat64.toArray. */
  toArray(): Int32Array {
    return this.length === this.data.length ? this.data : this.data.slice(0, this.length);
  }
}
