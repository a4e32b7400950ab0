// The shape of every semantic refusal: a stable code (for counters, logs, CommandAck.reason), the field
// it concerns and a sentence that says what was wrong and what is accepted.

export type RefusalCode =
  /** A required field is absent (or at its proto3 default, which is the same thing on the wire). */
  | 'MISSING'
  /** NaN or an infinity where a finite number is required. */
  | 'NOT_FINITE'
  /** A number outside its accepted range. */
  | 'OUT_OF_RANGE'
  /** Orientation is not a unit quaternion within tolerance. */
  | 'BAD_QUATERNION'
  /** An enum value this version does not know (or the UNSPECIFIED zero where a value is required). */
  | 'UNKNOWN_ENUM'
  /** arm_id is not one of the agent's arms. */
  | 'UNKNOWN_ARM'
  /** A two-handed frame that breaks the rules of `hands` (both forms at once, two hands for one arm, a hand for the camera). */
  | 'BAD_HANDS'
  /** A string longer than its bound. */
  | 'TOO_LONG'
  /** Protocol major differs. */
  | 'VERSION_MISMATCH';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** The field concerned, as named in the .proto (dotted for nested fields, e.g. "orientation.w"). */
  field: string;
  /** A sentence for people: what was wrong and what is accepted. */
  message: string;
}

/** "CODE: sentence", the form CommandAck.reason and log lines use. */
export function reasonText(r: { code: string; message: string }): string {
  return `${r.code}: ${r.message}`;
}

export function refuse(code: RefusalCode, field: string, message: string): Refusal {
  return { ok: false, code, field, message };
}

/** Formats a number for a sentence: exact for integers, 6 significant digits otherwise. */
export function fmt(v: unknown): string {
  if (typeof v !== 'number') return v === undefined ? 'absent' : `${typeof v} ${String(v).slice(0, 40)}`;
  if (Number.isInteger(v)) return String(v);
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

/** Checks a value is a finite number; on a proto3 absent field (undefined/null) uses the default 0. */
export function finite(v: unknown, field: string, what: string): Refusal | number {
  const x = v ?? 0;
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    return refuse('NOT_FINITE', field, `${field} is ${fmt(x)}; ${what} must be a finite number.`);
  }
  return x;
}

/**
 * Checks a uint64 read as a JS number. Values above 2^53 arrive approximately (see README); for ids and
 * sequence numbers, which must compare exactly, they are refused.
 */
export function exactUint(v: unknown, field: string): Refusal | number {
  const x = v ?? 0;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) {
    return refuse('OUT_OF_RANGE', field, `${field} is ${fmt(x)}; it must be a non-negative integer.`);
  }
  if (x > Number.MAX_SAFE_INTEGER) {
    return refuse(
      'OUT_OF_RANGE',
      field,
      `${field} is ${fmt(x)}, above 2^53 - 1 (${Number.MAX_SAFE_INTEGER}); it must stay below that to compare exactly.`,
    );
  }
  return x;
}

/** A non-negative time in ns (uint64 on the wire). Large wall-clock values are accepted approximately. */
export function timeNs(v: unknown, field: string): Refusal | number {
  const x = v ?? 0;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
    return refuse('OUT_OF_RANGE', field, `${field} is ${fmt(x)}; a time in ns must be a finite non-negative number.`);
  }
  return x;
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && (x as Refusal).ok === false;
}

/** Length in Unicode code points (what people call characters), bounded work for long strings. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
