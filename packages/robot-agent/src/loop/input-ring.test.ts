import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpscByteRing } from './input-ring.js';

const bytes = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (seed * 31 + i * 7) & 0xff);

describe('SpscByteRing', () => {
  it('rounds the capacity up to a power of two and refuses bad sizes with a clear error', () => {
    expect(new SpscByteRing(SpscByteRing.allocate(100)).capacity).toBe(128);
    expect(() => SpscByteRing.allocate(10)).toThrow(/64 .. 2\^30, got 10/);
    expect(() => SpscByteRing.allocate(1.5e3 + 0.5)).toThrow(/integer/);
    expect(() => new SpscByteRing(new SharedArrayBuffer(100))).toThrow(/not a ring buffer: 100 bytes/);
  });

  it('hands records back in order, across many wrap-arounds (a model queue as the oracle)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }).map((n) => ({ w: n })), fc.constant({ r: 1 })), { maxLength: 400 }), (ops) => {
        const ring = new SpscByteRing(SpscByteRing.allocate(128));
        const model: Uint8Array[] = [];
        let seed = 0;
        for (const op of ops) {
          if ('w' in op) {
            const p = bytes(op.w, seed++);
            const used = ring.usedBytes;
            const ok = ring.tryWrite(p);
            if (ok) model.push(p);
            else expect(ring.usedBytes).toBe(used); // a refused write changes nothing
          } else {
            const got = ring.read();
            const want = model.shift();
            if (want === undefined) expect(got).toBeUndefined();
            else expect(Array.from(got!)).toEqual(Array.from(want));
            ring.release();
          }
        }
        for (let got = ring.read(); got !== undefined; got = ring.read()) expect(Array.from(got)).toEqual(Array.from(model.shift()!));
        expect(model).toEqual([]);
        expect(ring.usedBytes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('when full, refuses (never overwrites, never grows) until the consumer releases', () => {
    const ring = new SpscByteRing(SpscByteRing.allocate(64));
    expect(ring.maxRecordBytes).toBe(28);
    expect(() => ring.tryWrite(new Uint8Array(29))).toThrow(/larger than the ring's maximum of 28/);
    let n = 0;
    while (ring.tryWrite(bytes(12, n))) n++;
    expect(n).toBe(4); // 4 records of 16 bytes fill 64
    expect(ring.usedBytes).toBe(64);
    expect(Array.from(ring.read()!)).toEqual(Array.from(bytes(12, 0)));
    // Not released yet: still full.
    expect(ring.tryWrite(bytes(12, 9))).toBe(false);
    ring.release();
    expect(ring.tryWrite(bytes(12, 4))).toBe(true); // wraps to offset 0
    for (let i = 1; i <= 4; i++) expect(Array.from(ring.read()!)).toEqual(Array.from(bytes(12, i)));
    expect(ring.read()).toBeUndefined();
  });

  it('a record that does not fit before the end starts at 0; the skipped bytes count until read past', () => {
    const ring = new SpscByteRing(SpscByteRing.allocate(64));
    expect(ring.tryWrite(bytes(20, 1))).toBe(true); // 24 B at 0
    expect(ring.tryWrite(bytes(20, 2))).toBe(true); // 24 B at 24
    ring.read();
    ring.read();
    ring.release(); // read = write = 48
    // 16 B left before the end, a 24 B record needs a wrap: 16 + 24 = 40 <= 64 free.
    expect(ring.tryWrite(bytes(20, 3))).toBe(true);
    expect(ring.usedBytes).toBe(40);
    expect(Array.from(ring.read()!)).toEqual(Array.from(bytes(20, 3)));
    ring.release();
    expect(ring.usedBytes).toBe(0);
  });

  it('an empty record is a record', () => {
    const ring = new SpscByteRing(SpscByteRing.allocate(64));
    expect(ring.tryWrite(new Uint8Array(0))).toBe(true);
    expect(ring.read()!.byteLength).toBe(0);
    expect(ring.read()).toBeUndefined();
  });

  // Real threads: a producer and a consumer worker share a small ring (many wraps, many full moments).
  // Each record carries its index, its length and bytes derived from both: a torn or stale read (bytes
  // from before the producer's write, or overwritten before release) would fail the check.
  const dist = fileURLToPath(new URL('../../dist/loop/input-ring.js', import.meta.url));
  it.skipIf(!existsSync(dist))('producer and consumer on two threads: every record arrives once, in order, intact', async () => {
    const sab = SpscByteRing.allocate(1024);
    const N = 30_000;
    const common = `
      import { workerData, parentPort } from 'node:worker_threads';
      import { SpscByteRing } from ${JSON.stringify(pathToFileURL(dist).href)};
      const ring = new SpscByteRing(workerData.sab);
      const body = (i, len, k) => (i * 131 + k * 17 + len) & 0xff;
      // On a busy 2-core machine a spinning peer would starve the other: yield a little when waiting.
      const idle = new Int32Array(new SharedArrayBuffer(4));
      const nap = () => Atomics.wait(idle, 0, 0, 0.02);`;
    const producer = `${common}
      let full = 0;
      for (let i = 0; i < ${N}; i++) {
        const len = 4 + ((i * 7919) % 180);
        const p = new Uint8Array(len);
        new DataView(p.buffer).setUint32(0, i, true);
        for (let k = 4; k < len; k++) p[k] = body(i, len, k);
        while (!ring.tryWrite(p)) { full++; if (full % 64 === 0) nap(); }
      }
      parentPort.postMessage({ full });`;
    const consumer = `${common}
      let next = 0, bad = 0, empty = 0;
      while (next < ${N}) {
        const p = ring.read();
        if (p === undefined) { if (++empty % 64 === 0) nap(); continue; }
        const i = new DataView(p.buffer, p.byteOffset, p.byteLength).getUint32(0, true);
        const len = 4 + ((i * 7919) % 180);
        let ok = i === next && p.byteLength === len;
        for (let k = 4; ok && k < len; k++) ok = p[k] === body(i, len, k);
        if (!ok) bad++;
        next = i + 1;
        ring.release();
      }
      parentPort.postMessage({ next, bad, empty });`;
    const run = (code: string): Promise<Record<string, number>> =>
      new Promise((resolve, reject) => {
        const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { sab } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const [p, c] = await Promise.all([run(producer), run(consumer)]);
    expect(c).toMatchObject({ next: N, bad: 0 });
    // Both sides had to wait for each other at times (the ring was full, then empty): the test exercised the edges.
    expect(p!.full).toBeGreaterThan(0);
    expect(c!.empty).toBeGreaterThan(0);
  }, 30_000);
});
