// The capture timecode: a strip of black and white cells stamped into a corner of every video frame at
// capture, carrying the capture time (agent clock, ns) and the frame number. The console reads it back
// from the frame it is about to show, so glass-to-glass delay is measured on the pixels themselves,
// whatever the encoder, the network and the decoder did on the way. Written to survive a lossy codec:
// large cells read at their centres, a black/white reference pair at each end that sets the threshold,
// and a CRC-8 over the payload so a smeared strip is rejected instead of misread.
//
// Layout, left to right, one row of CELL_COUNT cells: [white, black] reference, 88 payload bits (56-bit
// capture time in microseconds, 24-bit frame number, CRC-8), [black, white] reference.

/** Payload bits: 56 for the capture time (us), 24 for the frame number, 8 for the CRC. */
export const TIME_BITS = 56;
export const FRAME_BITS = 24;
export const CRC_BITS = 8;
export const PAYLOAD_BITS = TIME_BITS + FRAME_BITS + CRC_BITS;
/** Cells in the strip: two reference cells at each end around the payload. */
export const CELL_COUNT = PAYLOAD_BITS + 4;

export interface Timecode {
  /** Capture time on the agent's clock, ns, carried at 1 us resolution. */
  captureTimeNs: number;
  /** Frame number, modulo 2^24. */
  frameNumber: number;
}

export interface StripGeometry {
  /** Left edge of the strip, px. */
  x: number;
  /** Top edge, px. */
  y: number;
  /** Cell size, px (square cells). */
  cellPx: number;
}

/** The strip's size for a given cell size, px. */
export function stripSize(cellPx: number): { width: number; height: number } {
  return { width: CELL_COUNT * cellPx, height: cellPx };
}

/** Narrowest frame a source may deliver: the strip at its smallest cells (2 px) plus margins. */
export const MIN_VIDEO_WIDTH = 192;

/** The largest cell size whose strip fits `frameWidth` with a margin, at least 2 px. */
export function cellSizeFor(frameWidth: number): number {
  return Math.max(2, Math.min(8, Math.floor((frameWidth - 8) / CELL_COUNT)));
}

/** CRC-8 (polynomial 0x07, as in ATM HEC) over bits, most significant first. */
export function crc8(bits: readonly number[]): number {
  let crc = 0;
  for (const b of bits) {
    const top = ((crc >> 7) & 1) ^ (b & 1);
    crc = (crc << 1) & 0xff;
    if (top) crc ^= 0x07;
  }
  return crc;
}

function pushBits(out: number[], value: number, n: number): void {
  // Values up to 2^56 exceed 32-bit shifts: split with exact division.
  for (let i = n - 1; i >= 0; i--) out.push(Math.floor(value / 2 ** i) % 2);
}

function readBits(bits: readonly number[], from: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 2 + (bits[from + i] as number);
  return v;
}

/** The strip's cells, 1 = white, 0 = black, left to right. */
export function encodeTimecode(t: Timecode): number[] {
  if (!Number.isFinite(t.captureTimeNs) || t.captureTimeNs < 0) throw new RangeError(`captureTimeNs = ${t.captureTimeNs}: expected a finite time >= 0 ns`);
  if (!Number.isInteger(t.frameNumber) || t.frameNumber < 0) throw new RangeError(`frameNumber = ${t.frameNumber}: expected a whole number >= 0`);
  const payload: number[] = [];
  pushBits(payload, Math.round(t.captureTimeNs / 1000) % 2 ** TIME_BITS, TIME_BITS);
  pushBits(payload, t.frameNumber % 2 ** FRAME_BITS, FRAME_BITS);
  pushBits(payload, crc8(payload), CRC_BITS);
  return [1, 0, ...payload, 0, 1];
}

/** Reads cells (levels 0..255, e.g. luma at each cell's centre); null when the strip is not there or fails its CRC. */
export function decodeTimecodeLevels(levels: readonly number[]): Timecode | null {
  if (levels.length !== CELL_COUNT) return null;
  const white = ((levels[0] as number) + (levels[CELL_COUNT - 1] as number)) / 2;
  const black = ((levels[1] as number) + (levels[CELL_COUNT - 2] as number)) / 2;
  // The reference cells must be clearly apart, or this is not a strip (or it is washed out).
  if (!(white - black >= 64)) return null;
  const threshold = (white + black) / 2;
  const bits = levels.slice(2, 2 + PAYLOAD_BITS).map((l) => (l > threshold ? 1 : 0));
  const crc = readBits(bits, TIME_BITS + FRAME_BITS, CRC_BITS);
  if (crc !== crc8(bits.slice(0, TIME_BITS + FRAME_BITS))) return null;
  return { captureTimeNs: readBits(bits, 0, TIME_BITS) * 1000, frameNumber: readBits(bits, TIME_BITS, FRAME_BITS) };
}

/** Writes the strip into an 8-bit luma plane (row stride = width). Black 16, white 235 (video range). */
export function stampLuma(y: Uint8Array, width: number, height: number, t: Timecode, g: StripGeometry): void {
  const cells = encodeTimecode(t);
  const { width: w, height: h } = stripSize(g.cellPx);
  if (g.x < 0 || g.y < 0 || g.x + w > width || g.y + h > height) throw new RangeError(`the timecode strip (${w}x${h} px at ${g.x},${g.y}) does not fit a ${width}x${height} frame`);
  for (let c = 0; c < CELL_COUNT; c++) {
    const v = cells[c] ? 235 : 16;
    for (let row = 0; row < g.cellPx; row++) y.fill(v, (g.y + row) * width + g.x + c * g.cellPx, (g.y + row) * width + g.x + (c + 1) * g.cellPx);
  }
}

/** Reads the strip from a luma plane (the agent's own check, and tests). */
export function readLuma(y: Uint8Array, width: number, g: StripGeometry): Timecode | null {
  const levels: number[] = [];
  const mid = Math.floor(g.cellPx / 2);
  for (let c = 0; c < CELL_COUNT; c++) levels.push(y[(g.y + mid) * width + g.x + c * g.cellPx + mid] as number);
  return decodeTimecodeLevels(levels);
}

/**
 * Reads the strip from RGBA pixels (a browser canvas' getImageData), with the strip's geometry scaled to
 * the displayed size. Each cell is the mean luma of its central half, so a little blur or scaling is fine.
 */
export function readRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, g: StripGeometry): Timecode | null {
  const levels: number[] = [];
  const q = g.cellPx / 4;
  for (let c = 0; c < CELL_COUNT; c++) {
    let sum = 0;
    let n = 0;
    for (let yy = Math.floor(g.y + q); yy < Math.ceil(g.y + 3 * q); yy++) {
      for (let xx = Math.floor(g.x + c * g.cellPx + q); xx < Math.ceil(g.x + c * g.cellPx + 3 * q); xx++) {
        const i = (yy * width + xx) * 4;
        sum += 0.299 * (rgba[i] as number) + 0.587 * (rgba[i + 1] as number) + 0.114 * (rgba[i + 2] as number);
        n++;
      }
    }
    levels.push(n > 0 ? sum / n : 0);
  }
  return decodeTimecodeLevels(levels);
}
