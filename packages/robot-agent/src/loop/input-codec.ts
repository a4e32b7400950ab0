// The byte form of what crosses the loop's rings (inputs, and outputs: loop-outputs.ts): plain data
// (objects, arrays, Float64Arrays, numbers, strings, booleans, null, undefined), each number as its
// float64 bits and each string as its UTF-16 code units,
// so what the loop decodes is the value main encoded, bit for bit (-0 included), with its keys in order:
// what a structured clone through the port delivers, for the data the loop is handed. Decoding allocates
// only the result (v8.deserialize would allocate a deserializer object per input in the loop's heap).
// Anything else (bigint, typed arrays, Map, Date, functions, cycles) is refused with a TypeError.

const UNDEF = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
const NUM = 4;
const STR = 5;
const ARR = 6;
const OBJ = 7;
const F64 = 8;
const MAX_DEPTH = 32;

/** Encodes into a reusable buffer; encode() returns a view of it, valid until the next encode(). */
export class InputEncoder {
  #buf = new Uint8Array(1024);
  #view = new DataView(this.#buf.buffer);
  #n = 0;

  encode(value: unknown): Uint8Array {
    this.#n = 0;
    this.#value(value, 0);
    return this.#buf.subarray(0, this.#n);
  }

  #room(bytes: number): void {
    if (this.#n + bytes <= this.#buf.byteLength) return;
    const next = new Uint8Array(Math.max(this.#buf.byteLength * 2, this.#n + bytes));
    next.set(this.#buf.subarray(0, this.#n));
    this.#buf = next;
    this.#view = new DataView(next.buffer);
  }

  #u8(v: number): void {
    this.#room(1);
    this.#buf[this.#n++] = v;
  }

  #u32(v: number): void {
    this.#room(4);
    this.#view.setUint32(this.#n, v, true);
    this.#n += 4;
  }

  #str(s: string): void {
    this.#u32(s.length);
    this.#room(2 * s.length);
    for (let i = 0; i < s.length; i++) this.#view.setUint16(this.#n + 2 * i, s.charCodeAt(i), true);
    this.#n += 2 * s.length;
  }

  #value(v: unknown, depth: number): void {
    if (depth > MAX_DEPTH) throw new TypeError(`loop input nested deeper than ${MAX_DEPTH} levels (a cycle?)`);
    switch (typeof v) {
      case 'undefined':
        return this.#u8(UNDEF);
      case 'boolean':
        return this.#u8(v ? TRUE : FALSE);
      case 'number':
        this.#u8(NUM);
        this.#room(8);
        this.#view.setFloat64(this.#n, v, true);
        this.#n += 8;
        return;
      case 'string':
        this.#u8(STR);
        return this.#str(v);
      case 'object': {
        if (v === null) return this.#u8(NULL);
        if (v instanceof Float64Array) {
          this.#u8(F64);
          this.#u32(v.length);
          this.#room(8 * v.length);
          for (let i = 0; i < v.length; i++) this.#view.setFloat64(this.#n + 8 * i, v[i]!, true);
          this.#n += 8 * v.length;
          return;
        }
        if (Array.isArray(v)) {
          this.#u8(ARR);
          this.#u32(v.length);
          for (let i = 0; i < v.length; i++) this.#value(v[i], depth + 1);
          return;
        }
        const proto = Object.getPrototypeOf(v) as unknown;
        if (proto !== Object.prototype && proto !== null) throw new TypeError(`loop inputs are plain data; got a ${(v as object).constructor?.name ?? 'non-plain object'}`);
        // for-in with a count patched in afterwards: no array of keys per object (this runs on the loop
        // thread for every snapshot; less garbage, fewer scavenges).
        this.#u8(OBJ);
        this.#room(4);
        const at = this.#n;
        this.#n += 4;
        let count = 0;
        for (const k in v) {
          if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
          this.#str(k);
          this.#value((v as Record<string, unknown>)[k], depth + 1);
          count++;
        }
        this.#view.setUint32(at, count, true);
        return;
      }
      default:
        throw new TypeError(`loop inputs are plain data; got a ${typeof v}`);
    }
  }
}

// Decoder state (module-level: decoding is synchronous and never re-entered). The loop decodes every
// input of every tick, so the decoder allocates nothing but the result: no DataView per record (one per
// ring buffer), no closures, and the strings that repeat (keys, kinds, ids) come from a bounded table
// instead of being rebuilt code unit by code unit. Only the loop thread's heap sees this (scavenges).
let view: DataView = new DataView(new ArrayBuffer(0));
let viewOf: ArrayBufferLike | null = null;
let o = 0;
let start = 0;
let end = 0;
const INTERN_MAX_CHARS = 64;
const INTERN_MAX_ENTRIES = 1024;
const interned = new Map<number, string>();

function need(bytes: number): void {
  if (o + bytes > end) throw new Error(`input ring record corrupt: it ends inside a value (byte ${o - start} of ${end - start}, ${bytes} more needed)`);
}

function str(): string {
  need(4);
  const n = view.getUint32(o, true);
  o += 4;
  need(2 * n);
  let h = n;
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + view.getUint16(o + 2 * i, true)) | 0;
  if (n <= INTERN_MAX_CHARS) {
    const hit = interned.get(h);
    if (hit !== undefined && hit.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = hit.charCodeAt(i) === view.getUint16(o + 2 * i, true);
      if (same) {
        o += 2 * n;
        return hit;
      }
    }
  }
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(view.getUint16(o + 2 * i, true));
  o += 2 * n;
  if (n <= INTERN_MAX_CHARS && interned.size < INTERN_MAX_ENTRIES && !interned.has(h)) interned.set(h, s);
  return s;
}

function value(): unknown {
  need(1);
  const tag = view.getUint8(o++);
  switch (tag) {
    case UNDEF:
      return undefined;
    case NULL:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case NUM: {
      need(8);
      const v = view.getFloat64(o, true);
      o += 8;
      return v;
    }
    case STR:
      return str();
    case ARR: {
      need(4);
      const n = view.getUint32(o, true);
      o += 4;
      need(n);
      const a: unknown[] = [];
      for (let i = 0; i < n; i++) a.push(value());
      return a;
    }
    case F64: {
      need(4);
      const n = view.getUint32(o, true);
      o += 4;
      need(8 * n);
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) a[i] = view.getFloat64(o + 8 * i, true);
      o += 8 * n;
      return a;
    }
    case OBJ: {
      need(4);
      const n = view.getUint32(o, true);
      o += 4;
      need(5 * n);
      const r: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        const k = str();
        r[k] = value();
      }
      return r;
    }
    default:
      throw new Error(`input ring record corrupt: tag ${tag} at byte ${o - 1 - start} of ${end - start}`);
  }
}

/** Decodes one record (a view into the ring; nothing of it is kept). */
export function decodeInput(bytes: Uint8Array): unknown {
  if (viewOf !== bytes.buffer) {
    view = new DataView(bytes.buffer);
    viewOf = bytes.buffer;
  }
  start = bytes.byteOffset;
  end = start + bytes.byteLength;
  o = start;
  const v = value();
  if (o !== end) throw new Error(`input ring record corrupt: ${end - o} bytes after the value`);
  return v;
}
