import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput, InputEncoder } from './input-codec.js';

/** Deep equality where numbers compare by Object.is (so -0 and NaN count) and key order counts. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a instanceof Float64Array) return b instanceof Float64Array && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.double(),
    fc.constantFrom(-0, 0, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53 + 2, NaN, Infinity),
    fc.string({ unit: 'binary' }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.float64Array({ maxLength: 7 }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('input codec', () => {
  it('decodes what was encoded, bit for bit, as a structured clone would (fast-check)', () => {
    const enc = new InputEncoder();
    fc.assert(
      fc.property(plain, (v) => {
        const bytes = enc.encode(v).slice();
        const got = decodeInput(bytes);
        expect(same(got, structuredClone(v))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('an ArrivedFrame keeps -0, subnormals and its key order', () => {
    const f = { frame: { armId: 0, seq: 7, captureTimeNs: 1.5e18, position: [-0, 5e-324, 0.1 + 0.2], orientation: [0, 0, 0, 1], grip: 0.3, clutch: false, operatorPresent: true }, receiveTimeNs: 123456789.5, sourceId: 's-Ω✓' };
    const got = decodeInput(new InputEncoder().encode({ k: 'frame', seq: 1, frame: f }).slice()) as { frame: typeof f };
    expect(Object.is(got.frame.frame.position[0], -0)).toBe(true);
    expect(got.frame.frame.position[1]).toBe(5e-324);
    expect(got.frame.frame.position[2]).toBe(0.1 + 0.2);
    expect(Object.keys(got.frame.frame)).toEqual(Object.keys(f.frame));
    expect(got.frame.sourceId).toBe('s-Ω✓');
  });

  it('grows its buffer mid-object (a snapshot larger than the first 1 KiB) and keeps the counts right', () => {
    const big = { samples: { periodNs: Array.from({ length: 300 }, (_, i) => i * 1.5) }, tail: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, `v${i}`])) };
    const got = decodeInput(new InputEncoder().encode(big).slice());
    expect(same(got, big)).toBe(true);
  });

  it('refuses what is not plain data, saying what it got', () => {
    const enc = new InputEncoder();
    expect(() => enc.encode({ a: 1n })).toThrow('loop inputs are plain data; got a bigint');
    expect(() => enc.encode(new Float32Array(2))).toThrow('got a Float32Array');
    expect(() => enc.encode(new Map())).toThrow('got a Map');
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => enc.encode(cyc)).toThrow(/nested deeper than 32 levels/);
  });

  it('says a damaged record is damaged', () => {
    expect(() => decodeInput(Uint8Array.of(99))).toThrow('input ring record corrupt: tag 99 at byte 0 of 1');
    expect(() => decodeInput(Uint8Array.of(1, 1))).toThrow('1 bytes after the value');
    // A length that runs past the record, even where the ring's buffer goes on after it.
    const enc = new InputEncoder();
    const whole = enc.encode({ key: 'value', list: [1, 2, 3] }).slice();
    const ring = new Uint8Array(whole.length + 64);
    ring.set(whole, 16);
    expect(same(decodeInput(ring.subarray(16, 16 + whole.length)), { key: 'value', list: [1, 2, 3] })).toBe(true);
    expect(() => decodeInput(ring.subarray(16, 16 + whole.length - 3))).toThrow(/input ring record corrupt: it ends inside a value \(byte \d+ of \d+/);
    const hugeArray = Uint8Array.of(6, 0xff, 0xff, 0xff, 0x7f);
    expect(() => decodeInput(hugeArray)).toThrow('input ring record corrupt: it ends inside a value (byte 5 of 5, 2147483647 more needed)');
  });

  it('hands out repeated strings (keys, kinds) from its table, and strings that share a hash as themselves', () => {
    const enc = new InputEncoder();
    const a = decodeInput(enc.encode({ k: 'frame', captureTimeNs: 1 })) as Record<string, unknown>;
    const b = decodeInput(enc.encode({ k: 'frame', captureTimeNs: 2 })) as Record<string, unknown>;
    expect(a.k).toBe('frame');
    expect(b.k).toBe('frame');
    // "Aa" and "BB" have the same 31-polynomial hash: the second must not come back as the first.
    expect(decodeInput(enc.encode(['Aa', 'BB', 'Aa', 'BB']))).toEqual(['Aa', 'BB', 'Aa', 'BB']);
    // Long strings are not kept, and still decode.
    const long = 'x'.repeat(500);
    expect(decodeInput(enc.encode(long))).toBe(long);
  });
});
