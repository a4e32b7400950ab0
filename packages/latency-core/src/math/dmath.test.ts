import { describe, expect, it } from 'vitest';
import { dacos, dasin, dasinh, datan, datan2, dcos, dcosh, dexp, dlog, dlog10, dpow, dsin, dsinh, dtan } from './dmath.js';

// A seeded generator so the sample is the same every run.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

function maxRelError(f: (x: number) => number, g: (x: number) => number, lo: number, hi: number, n = 20000): number {
  const rnd = lcg(7);
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const x = lo + (hi - lo) * rnd();
    const want = g(x);
    const rel = Math.abs(f(x) - want) / Math.max(Math.abs(want), 1e-300);
    worst = Math.max(worst, rel);
  }
  return worst;
}

describe('deterministic elementary functions agree with the platform libm to ~1 ulp', () => {
  const cases: Array<[string, (x: number) => number, (x: number) => number, number, number, number]> = [
    ['sin', dsin, Math.sin, -50, 50, 1e-15],
    ['cos', dcos, Math.cos, -50, 50, 1e-15],
    ['tan', dtan, Math.tan, -1.5, 1.5, 2e-15],
    ['atan', datan, Math.atan, -100, 100, 1e-15],
    ['asin', dasin, Math.asin, -1, 1, 1e-15],
    ['acos', dacos, Math.acos, -1, 1, 1e-15],
    ['exp', dexp, Math.exp, -700, 700, 1e-15],
    ['log', dlog, Math.log, 1e-12, 1e12, 1e-15],
    ['log10', dlog10, Math.log10, 1e-6, 1e6, 1e-15],
    ['sinh', dsinh, Math.sinh, -5, 5, 1e-15],
    ['cosh', dcosh, Math.cosh, -5, 5, 1e-15],
    ['asinh', dasinh, Math.asinh, -5, 5, 1e-11],
  ];
  for (const [name, f, g, lo, hi, tol] of cases) {
    it(`${name} on [${lo}, ${hi}] within ${tol} relative`, () => {
      expect(maxRelError(f, g, lo, hi)).toBeLessThan(tol);
    });
  }

  it('atan2 covers every quadrant and the signed zeros', () => {
    const rnd = lcg(11);
    for (let i = 0; i < 20000; i++) {
      const y = -5 + 10 * rnd();
      const x = -5 + 10 * rnd();
      expect(Math.abs(datan2(y, x) - Math.atan2(y, x))).toBeLessThan(1e-15);
    }
    expect(datan2(0, -1)).toBe(Math.PI);
    expect(datan2(-0, -1)).toBe(-Math.PI);
    expect(Object.is(datan2(-0, 1), -0)).toBe(true);
    expect(datan2(1, 0)).toBe(Math.PI / 2);
    expect(datan2(-1, 0)).toBe(-Math.PI / 2);
    expect(datan2(1, -Infinity)).toBe(Math.PI);
    expect(Number.isNaN(datan2(NaN, 1))).toBe(true);
  });

  it('pow and the edges', () => {
    expect(Math.abs(dpow(10, 0.3) - Math.pow(10, 0.3))).toBeLessThan(1e-15);
    expect(dpow(-2, 3)).toBeCloseTo(-8, 12);
    expect(Number.isNaN(dpow(-2, 0.5))).toBe(true);
    expect(dexp(1000)).toBe(Infinity);
    expect(dexp(-1000)).toBe(0);
    expect(dlog(0)).toBe(-Infinity);
    expect(Number.isNaN(dlog(-1))).toBe(true);
    expect(Math.abs(dlog(Number.MIN_VALUE) - Math.log(Number.MIN_VALUE))).toBeLessThan(1e-12);
    expect(Number.isNaN(dsin(Infinity))).toBe(true);
    expect(Number.isNaN(dasin(1.5))).toBe(true);
  });
});
