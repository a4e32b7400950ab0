// A single-producer, single-consumer ring of byte records in a SharedArrayBuffer: how main hands the loop
// thread its inputs without either thread ever waiting for the other. A MessagePort cannot promise that:
// posting and receiving take the port's mutex (and the receiver's libuv wake-up), so a SCHED_FIFO loop
// reading its port could wait for a main thread that was preempted (by a browser, by a GC) while holding it.
// Here the producer only ever writes bytes the consumer has released and then publishes its write index
// with Atomics.store; the consumer only reads bytes below the write index it loaded with Atomics.load and
// then publishes its read index. Neither takes a lock, neither blocks, neither calls Atomics.notify (V8's
// futex emulation is one process-wide mutex: the loop sleeps in Atomics.wait on it). Full is the
// producer's to handle (tryWrite returns false; the ring never overwrites and never grows).
//
// Layout: Int32 header [write, read] (byte counters mod 2^32; the capacity, a power of two, divides 2^32
// so counter & mask is the offset), then the data. Record: u32 length (little endian) + payload, padded
// to 4 bytes. A record never wraps: when it does not fit before the end, the producer writes a WRAP
// marker there and the record starts at offset 0 (the skipped bytes count as used until read past).

const HEADER_BYTES = 16;
const W = 0;
const R = 1;
const LEN_BYTES = 4;
const WRAP = 0xffffffff;

const align4 = (n: number): number => (n + 3) & ~3;

export class SpscByteRing {
  /** Data bytes (a power of two). */
  readonly capacity: number;
  readonly #mask: number;
  readonly #head: Int32Array;
  readonly #data: Uint8Array;
  readonly #view: DataView;

  /** A ring for `capacityBytes` (rounded up to a power of two, 64 B .. 1 GiB). */
  static allocate(capacityBytes: number): SharedArrayBuffer {
    if (!Number.isInteger(capacityBytes) || capacityBytes < 64 || capacityBytes > 2 ** 30) {
      throw new RangeError(`ring capacity must be an integer number of bytes in 64 .. 2^30, got ${capacityBytes}`);
    }
    const cap = 2 ** Math.ceil(Math.log2(capacityBytes));
    return new SharedArrayBuffer(HEADER_BYTES + cap);
  }

  constructor(sab: SharedArrayBuffer) {
    const cap = sab.byteLength - HEADER_BYTES;
    if (!(cap >= 64) || (cap & (cap - 1)) !== 0) throw new RangeError(`not a ring buffer: ${sab.byteLength} bytes (expected 16 + a power of two >= 64)`);
    this.capacity = cap;
    this.#mask = cap - 1;
    this.#head = new Int32Array(sab, 0, 4);
    this.#data = new Uint8Array(sab, HEADER_BYTES, cap);
    this.#view = new DataView(sab, HEADER_BYTES, cap);
  }

  /** The largest payload a record may carry (half the ring: two always fit around a wrap). */
  get maxRecordBytes(): number {
    return this.capacity / 2 - LEN_BYTES;
  }

  /** Bytes written and not yet released by the consumer (wrap padding included). */
  get usedBytes(): number {
    return (Atomics.load(this.#head, W) - Atomics.load(this.#head, R)) >>> 0;
  }

  /**
   * Producer: appends one record, or returns false (and changes nothing) when it does not fit now.
   * Throws for a payload larger than maxRecordBytes, which could never fit.
   */
  tryWrite(payload: Uint8Array): boolean {
    const len = payload.byteLength;
    if (len > this.maxRecordBytes) throw new RangeError(`record of ${len} bytes is larger than the ring's maximum of ${this.maxRecordBytes}`);
    const w = Atomics.load(this.#head, W) >>> 0;
    const r = Atomics.load(this.#head, R) >>> 0;
    const free = this.capacity - ((w - r) >>> 0);
    const need = align4(LEN_BYTES + len);
    let pos = w & this.#mask;
    const toEnd = this.capacity - pos;
    const skip = need > toEnd ? toEnd : 0;
    if (skip + need > free) return false;
    if (skip > 0) {
      this.#view.setUint32(pos, WRAP, true);
      pos = 0;
    }
    this.#view.setUint32(pos, len, true);
    this.#data.set(payload, pos + LEN_BYTES);
    // Publishes the record: everything written above happens-before a consumer's load that sees this.
    Atomics.store(this.#head, W, (w + skip + need) | 0);
    return true;
  }

  /**
   * Consumer: the next record's payload, a view into the ring valid until release() (or the next
   * read()), or undefined when the ring is empty. read() releases the record it returned before.
   */
  read(): Uint8Array | undefined {
    this.release();
    const r = Atomics.load(this.#head, R) >>> 0;
    const w = Atomics.load(this.#head, W) >>> 0;
    if (r === w) return undefined;
    let pos = r & this.#mask;
    let len = this.#view.getUint32(pos, true);
    let skip = 0;
    if (len === WRAP) {
      skip = this.capacity - pos;
      pos = 0;
      len = this.#view.getUint32(0, true);
    }
    if (len > this.maxRecordBytes || skip + align4(LEN_BYTES + len) > ((w - r) >>> 0)) {
      throw new Error(`input ring corrupt: record of ${len} bytes at offset ${pos} (read ${r}, write ${w})`);
    }
    this.#pendingRelease = (r + skip + align4(LEN_BYTES + len)) | 0;
    return this.#data.subarray(pos + LEN_BYTES, pos + LEN_BYTES + len);
  }

  #pendingRelease: number | null = null;

  /** Consumer: gives the bytes of the record last returned by read() back to the producer. */
  release(): void {
    if (this.#pendingRelease === null) return;
    Atomics.store(this.#head, R, this.#pendingRelease);
    this.#pendingRelease = null;
  }
}
