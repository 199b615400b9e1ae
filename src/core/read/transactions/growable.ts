/**
 * Typed arrays that grow by doubling while rows arrive in blocks of unknown count, so a million
 * rows cost a few dozen reallocations instead of a million boxed numbers.
 */

const INITIAL_CAPACITY = 1024;

export class GrowableFloat64 {
  private data = new Float64Array(INITIAL_CAPACITY);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** A right-sized copy of the values pushed so far. */
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableInt32 {
  private data = new Int32Array(INITIAL_CAPACITY);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
