// I420 (YUV 4:2:0 planar) frames, the layout libwebrtc's video source and ffmpeg's rawvideo yuv420p both
// use: a full-size luma plane, then quarter-size U and V planes. Just enough drawing for the synthetic
// scene (fills, discs, thick lines), in BT.601 video range.

export interface I420Frame {
  width: number;
  height: number;
  /** Y plane (width*height), then U and V ((width/2)*(height/2) each). */
  data: Uint8Array;
}

export interface Yuv {
  y: number;
  u: number;
  v: number;
}

export function createI420(width: number, height: number): I420Frame {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2 || width % 2 || height % 2) {
    throw new RangeError(`${width}x${height}: an I420 frame needs an even width and height of at least 2 px`);
  }
  return { width, height, data: new Uint8Array((width * height * 3) / 2) };
}

export function i420Bytes(width: number, height: number): number {
  return (width * height * 3) / 2;
}

/** BT.601 video-range YUV of an sRGB colour given as 0..255 components. */
export function rgbToYuv(r: number, g: number, b: number): Yuv {
  return {
    y: Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255),
    u: Math.round(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255),
    v: Math.round(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255),
  };
}

/** Sets one pixel (and its 2x2 chroma block). */
export function setPixel(f: I420Frame, x: number, y: number, c: Yuv): void {
  if (x < 0 || y < 0 || x >= f.width || y >= f.height) return;
  const w = f.width;
  f.data[y * w + x] = c.y;
  const cw = w >> 1;
  const ci = (y >> 1) * cw + (x >> 1);
  const uOff = w * f.height;
  f.data[uOff + ci] = c.u;
  f.data[uOff + (f.height >> 1) * cw + ci] = c.v;
}

/** A filled disc of radius r px centred at (cx, cy). */
export function fillDisc(f: I420Frame, cx: number, cy: number, r: number, c: Yuv): void {
  const x0 = Math.max(0, Math.floor(cx - r));
  const x1 = Math.min(f.width - 1, Math.ceil(cx + r));
  const y0 = Math.max(0, Math.floor(cy - r));
  const y1 = Math.min(f.height - 1, Math.ceil(cy + r));
  const r2 = r * r;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r2) setPixel(f, x, y, c);
}

/** A line of the given thickness, px, from (x0, y0) to (x1, y1). */
export function drawLine(f: I420Frame, x0: number, y0: number, x1: number, y1: number, thickness: number, c: Yuv): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  const steps = Math.max(1, Math.ceil(len));
  // Bounded work even for a wild projection: at most a few thousand discs per line.
  const n = Math.min(steps, 4096);
  for (let i = 0; i <= n; i++) fillDisc(f, x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n, thickness / 2, c);
}
