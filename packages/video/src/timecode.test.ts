// The timecode strip survives what a lossy codec and a scaled canvas do to it (noise, blur, scaling),
// refuses what it cannot read (washed out, a flipped bit), and carries time to 1 us.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_COUNT, crc8, decodeTimecodeLevels, encodeTimecode, readLuma, readRgba, stampLuma, stripSize } from './timecode.js';

const W = 640;
const H = 480;

function lumaFrame(): Uint8Array {
  const y = new Uint8Array(W * H);
  for (let i = 0; i < y.length; i++) y[i] = 40 + ((i * 7919) % 150); // busy background
  return y;
}

describe('capture timecode', () => {
  it('round-trips any time (1 us resolution) and frame number through a luma plane', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 43 }) /* 101 days in us: the agent clock's exact range in ns */, fc.integer({ min: 0, max: 2 ** 24 - 1 }), (us, frame) => {
        const y = lumaFrame();
        const g = { x: 4, y: 4, cellPx: 6 };
        stampLuma(y, W, H, { captureTimeNs: us * 1000 + 321, frameNumber: frame }, g);
        expect(readLuma(y, W, g)).toEqual({ captureTimeNs: us * 1000, frameNumber: frame });
      }),
      { numRuns: 500 },
    );
  });

  it('reads through codec-like noise and a 1.5x bilinear-ish upscale on an RGBA canvas', () => {
    const g = { x: 4, y: 4, cellPx: 6 };
    const y = lumaFrame();
    stampLuma(y, W, H, { captureTimeNs: 123_456_789_000, frameNumber: 4242 }, g);
    const s = 1.5;
    const w2 = Math.round(W * s);
    const h2 = Math.round(H * s);
    const rgba = new Uint8ClampedArray(w2 * h2 * 4);
    let seed = 1;
    const noise = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 50;
    for (let yy = 0; yy < h2; yy++) {
      for (let xx = 0; xx < w2; xx++) {
        // Average of the two nearest source columns: a soft edge like a scaler's.
        const sx = Math.min(W - 1, Math.floor(xx / s));
        const sx2 = Math.min(W - 1, sx + 1);
        const v = ((y[Math.floor(yy / s) * W + sx] as number) * 0.7 + (y[Math.floor(yy / s) * W + sx2] as number) * 0.3) + noise();
        const i = (yy * w2 + xx) * 4;
        rgba[i] = v;
        rgba[i + 1] = v;
        rgba[i + 2] = v;
        rgba[i + 3] = 255;
      }
    }
    expect(readRgba(rgba, w2, { x: g.x * s, y: g.y * s, cellPx: g.cellPx * s })).toEqual({ captureTimeNs: 123_456_789_000, frameNumber: 4242 });
  });

  it('refuses a washed-out strip, a strip with one flipped payload bit, and the wrong cell count', () => {
    const cells = encodeTimecode({ captureTimeNs: 5e9, frameNumber: 7 });
    expect(cells).toHaveLength(CELL_COUNT);
    const levels = cells.map((c) => (c ? 235 : 16));
    expect(decodeTimecodeLevels(levels)).toEqual({ captureTimeNs: 5e9, frameNumber: 7 });
    expect(decodeTimecodeLevels(cells.map((c) => (c ? 140 : 120)))).toBeNull();
    for (let i = 2; i < CELL_COUNT - 2; i++) {
      const flipped = levels.slice();
      flipped[i] = flipped[i] === 235 ? 16 : 235;
      expect(decodeTimecodeLevels(flipped)).toBeNull();
    }
    expect(decodeTimecodeLevels(levels.slice(1))).toBeNull();
  });

  it('CRC-8 matches the standard check value (poly 0x07, "123456789" -> 0xF4)', () => {
    const bits: number[] = [];
    for (const ch of '123456789') for (let i = 7; i >= 0; i--) bits.push((ch.charCodeAt(0) >> i) & 1);
    expect(crc8(bits)).toBe(0xf4);
  });

  it('refuses to stamp outside the frame or a negative time', () => {
    const y = lumaFrame();
    expect(() => stampLuma(y, W, H, { captureTimeNs: 1, frameNumber: 1 }, { x: W - stripSize(6).width + 1, y: 0, cellPx: 6 })).toThrow(/does not fit a 640x480 frame/);
    expect(() => encodeTimecode({ captureTimeNs: -1, frameNumber: 0 })).toThrow(/expected a finite time >= 0 ns/);
  });
});
