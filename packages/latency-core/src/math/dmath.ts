// Deterministic elementary functions.
//
// Why: the core promises bit-identical outputs in Node and in the browser. IEEE 754 makes + - * / and
// sqrt correctly rounded, so they agree everywhere; Math.sin, cos, atan2, exp, log, pow are NOT required to
// be, and they differ in the last bit between V8 builds (measured here: Node 20 vs Chromium 156 disagree
// on 3-18 % of inputs). These are fdlibm's algorithms (Sun Microsystems, freely redistributable; the same
// ones most libms start from) written with only basic arithmetic and exact bit manipulation, so every
// engine computes the same bits. Accuracy is within about 1 ulp of the true value, ample for control.

const buf = new DataView(new ArrayBuffer(8));

function highWord(x: number): number {
  buf.setFloat64(0, x);
  return buf.getInt32(0);
}

/** 2^k as a double for -1022 <= k <= 1023 (exact). */
function pow2(k: number): number {
  buf.setInt32(0, (k + 1023) << 20);
  buf.setInt32(4, 0);
  return buf.getFloat64(0);
}

/** x * 2^k, exact while the result is a normal number. */
function scalbn(x: number, k: number): number {
  if (k > 1023) return x * pow2(1023) * pow2(k - 1023 > 1023 ? 1023 : k - 1023);
  if (k < -1022) return x * pow2(-1022) * pow2(k + 1022 < -1022 ? -1022 : k + 1022);
  return x * pow2(k);
}

// ---------------------------------------------------------------------------------------------
// sin, cos, tan

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

/** sin on [-pi/4, pi/4]. */
function kSin(x: number): number {
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + v * (S1 + z * r);
}

/** cos on [-pi/4, pi/4]. */
function kCos(x: number): number {
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  const hz = 0.5 * z;
  const w = 1 - hz;
  // fdlibm's correction term keeps the error below 1 ulp where 1 - z/2 loses bits.
  return w + (1 - w - hz + z * r);
}

// pi/2 split into 33-bit pieces: n * piece is exact for |n| < 2^20, so the reduction is exact to ~2^-100.
const PIO2_1 = 1.57079632673412561417e0;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;
const INV_PIO2 = 6.36619772367581382433e-1;

// reduce() hands back r here rather than in a tuple: sin and cos run several times per control tick,
// and the tuple was an allocation per call.
let reducedR = 0;

/** Reduce x to r in [-pi/4, pi/4] with x = n*pi/2 + r; returns n mod 4, r in reducedR. */
function reduce(x: number): number {
  if (x > -0.7853981633974483 && x < 0.7853981633974483) {
    reducedR = x;
    return 0;
  }
  const n = Math.floor(x * INV_PIO2 + 0.5);
  reducedR = x - n * PIO2_1 - n * PIO2_2 - n * PIO2_3 - n * PIO2_3T;
  return ((n % 4) + 4) % 4;
}

export function dsin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const q = reduce(x);
  const r = reducedR;
  switch (q) {
    case 0:
      return kSin(r);
    case 1:
      return kCos(r);
    case 2:
      return -kSin(r);
    default:
      return -kCos(r);
  }
}

export function dcos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const q = reduce(x);
  const r = reducedR;
  switch (q) {
    case 0:
      return kCos(r);
    case 1:
      return -kSin(r);
    case 2:
      return -kCos(r);
    default:
      return kSin(r);
  }
}

export function dtan(x: number): number {
  return dsin(x) / dcos(x);
}

// ---------------------------------------------------------------------------------------------
// atan, atan2, asin, acos

const ATANHI = [4.63647609000806093515e-1, 7.85398163397448278999e-1, 9.82793723247329054082e-1, 1.57079632679489655800e0];
const ATANLO = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17];
const AT = [
  3.33333333333329318027e-1, -1.99999999998764832476e-1, 1.42857142725034663711e-1, -1.11111104054623557880e-1,
  9.09088713343650656196e-2, -7.69187620504482999495e-2, 6.66107313738753120669e-2, -5.83357013379057348645e-2,
  4.97687799461593236017e-2, -3.65315727442169155270e-2, 1.62858201153657823623e-2,
] as const;

export function datan(x0: number): number {
  if (Number.isNaN(x0)) return NaN;
  const neg = x0 < 0;
  let x = neg ? -x0 : x0;
  if (x >= 7.378697629483821e19) return neg ? -1.5707963267948966 : 1.5707963267948966;
  let id = -1;
  if (x < 0.4375) {
    if (x < 7.450580596923828e-9) return x0;
  } else if (x < 1.1875) {
    if (x < 0.6875) {
      id = 0;
      x = (2 * x - 1) / (2 + x);
    } else {
      id = 1;
      x = (x - 1) / (x + 1);
    }
  } else if (x < 2.4375) {
    id = 2;
    x = (x - 1.5) / (1 + 1.5 * x);
  } else {
    id = 3;
    x = -1 / x;
  }
  const z = x * x;
  const w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) {
    const r = x - x * (s1 + s2);
    return neg ? -r : r;
  }
  const r = ATANHI[id]! - (x * (s1 + s2) - ATANLO[id]! - x);
  return neg ? -r : r;
}

const PI = 3.1415926535897931160e0;
const PI_LO = 1.2246467991473531772e-16;

export function datan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (y === 0) {
    if (x > 0 || Object.is(x, 0)) return y; // +-0
    return Object.is(y, -0) || y < 0 ? -PI : PI;
  }
  if (x === 0) return y > 0 ? PI / 2 : -PI / 2;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    // Rare in control code; the exact quadrant answers need no transcendental.
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    let r: number;
    if (ax === Infinity && ay === Infinity) r = x > 0 ? PI / 4 : (3 * PI) / 4;
    else if (ax === Infinity) r = x > 0 ? 0 : PI;
    else r = PI / 2;
    return y < 0 ? -r : r;
  }
  const z = datan(Math.abs(y / x));
  if (x > 0) return y < 0 ? -z : z;
  const r = PI - (z - PI_LO);
  return y < 0 ? -r : r;
}

export function dasin(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  return datan2(x, Math.sqrt((1 - x) * (1 + x)));
}

export function dacos(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  return datan2(Math.sqrt((1 - x) * (1 + x)), x);
}

// ---------------------------------------------------------------------------------------------
// exp, log, pow and friends

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e0;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

export function dexp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893383973096) return Infinity;
  if (x < -745.13321910194110842) return 0;
  if (x > -3.725290298461914e-9 && x < 3.725290298461914e-9) return 1 + x;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return scalbn(y, k);
}

const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

export function dlog(x0: number): number {
  if (Number.isNaN(x0) || x0 < 0) return NaN;
  if (x0 === 0) return -Infinity;
  if (x0 === Infinity) return Infinity;
  let x = x0;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: bring subnormals into the normal range
    k -= 54;
  }
  let hx = highWord(x);
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  // Normalise the mantissa into [sqrt(2)/2, sqrt(2)).
  const i = (hx + 0x95f64) & 0x100000;
  buf.setFloat64(0, x);
  buf.setInt32(0, hx | (i ^ 0x3ff00000));
  const m = buf.getFloat64(0);
  k += i >> 20;
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
}

const LN10 = 2.302585092994045684;

export function dlog10(x: number): number {
  return dlog(x) / LN10;
}

/** x^y for x > 0 (what filter design needs); x <= 0 only for integer y. */
export function dpow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x > 0) return dexp(y * dlog(x));
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (Number.isInteger(y)) {
    const r = dexp(y * dlog(-x));
    return y % 2 === 0 ? r : -r;
  }
  return NaN;
}

export function dsinh(x: number): number {
  if (x > -0.5 && x < 0.5) {
    // e - 1/e cancels for small x; the Taylor series to x^15 is exact to ~1e-17 here.
    const z = x * x;
    return x * (1 + (z / 6) * (1 + (z / 20) * (1 + (z / 42) * (1 + (z / 72) * (1 + (z / 110) * (1 + (z / 156) * (1 + z / 210)))))));
  }
  const e = dexp(x);
  return 0.5 * (e - 1 / e);
}

export function dcosh(x: number): number {
  const e = dexp(x);
  return 0.5 * (e + 1 / e);
}

export function dasinh(x: number): number {
  const a = Math.abs(x);
  const r = dlog(a + Math.sqrt(a * a + 1));
  return x < 0 ? -r : r;
}
