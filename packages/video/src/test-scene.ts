// The synthetic endoscope picture for the simulator and the tests: a tissue-like background, the tool's
// shaft and jaws drawn where the camera sees the tool (same pinhole as the console's overlay), a marker
// on the tool tip, and the capture timecode in the top-left corner. Deterministic: the same pose, jaw and
// time give the same pixels, so a test can say exactly where the tip must be.
import { project, type Camera, type Quat, type Vec3 } from './camera.js';
import { createI420, drawLine, fillDisc, rgbToYuv, type I420Frame } from './i420.js';
import { cellSizeFor, stampLuma, type StripGeometry, type Timecode } from './timecode.js';

export interface ToolState {
  /** Tool tip pose in the PSM base (RCM) frame. */
  position: Vec3;
  orientation: Quat;
  /** Jaw opening, rad. */
  jawRad: number;
}

/** Where the timecode strip sits in a frame of this width: top-left, 4 px margin. */
export function timecodeGeometry(width: number): StripGeometry {
  return { x: 4, y: 4, cellPx: cellSizeFor(width) };
}

const SHAFT = rgbToYuv(70, 74, 80);
const JAW = rgbToYuv(200, 204, 210);
const TIP = rgbToYuv(40, 220, 90);
/** Shaft length drawn behind the tip, m (the instrument passes through the RCM at the base frame's origin). */
const SHAFT_DRAWN_M = 0.08;
const JAW_LENGTH_M = 0.01;

/** Deterministic value noise in [0, 1) for the background. */
function hash(x: number, y: number): number {
  let h = (x * 374761393 + y * 668265263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function smoothNoise(x: number, y: number, scale: number): number {
  const gx = x / scale;
  const gy = y / scale;
  const x0 = Math.floor(gx);
  const y0 = Math.floor(gy);
  const fx = gx - x0;
  const fy = gy - y0;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const a = hash(x0, y0) + (hash(x0 + 1, y0) - hash(x0, y0)) * sx;
  const b = hash(x0, y0 + 1) + (hash(x0 + 1, y0 + 1) - hash(x0, y0 + 1)) * sx;
  return a + (b - a) * sy;
}

export class TestScene {
  readonly width: number;
  readonly height: number;
  readonly timecode: StripGeometry;
  readonly #background: Uint8Array;

  constructor(
    readonly camera: Camera,
  ) {
    this.width = camera.intrinsics.width;
    this.height = camera.intrinsics.height;
    this.timecode = timecodeGeometry(this.width);
    const bg = createI420(this.width, this.height);
    // Tissue: pink with soft mottling and a few darker vessels; texture gives the encoder real work.
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        const n = 0.6 * smoothNoise(x, y, 48) + 0.3 * smoothNoise(x + 1000, y, 12) + 0.1 * hash(x, y);
        const vessel = Math.abs(Math.sin(x / 37 + 2 * smoothNoise(x, y + 500, 90) * Math.PI)) < 0.04 ? 0.55 : 1;
        const c = rgbToYuv(Math.round((170 + 60 * n) * vessel), Math.round((80 + 40 * n) * vessel), Math.round((90 + 40 * n) * vessel));
        bg.data[y * this.width + x] = c.y;
        if (x % 2 === 0 && y % 2 === 0) {
          const cw = this.width >> 1;
          const ci = (y >> 1) * cw + (x >> 1);
          bg.data[this.width * this.height + ci] = c.u;
          bg.data[this.width * this.height + (this.height >> 1) * cw + ci] = c.v;
        }
      }
    }
    this.#background = bg.data;
  }

  /** The tip's pixel, or null when the camera does not see it (what a test compares the overlay with). */
  tipPixel(tool: ToolState): { u: number; v: number } | null {
    const p = project(this.camera, tool.position);
    return p && { u: p.u, v: p.v };
  }

  /** Draws one frame into `out` (allocated if absent) and returns it. */
  render(tool: ToolState, timecode: Timecode, out?: I420Frame): I420Frame {
    const f = out ?? createI420(this.width, this.height);
    f.data.set(this.#background);
    const tip = project(this.camera, tool.position);
    if (tip) {
      // Shaft: from the tip back towards the RCM (the base frame's origin), where the instrument enters.
      const p = tool.position;
      const n = Math.hypot(p[0], p[1], p[2]) || 1;
      const back: Vec3 = [p[0] - (p[0] / n) * SHAFT_DRAWN_M, p[1] - (p[1] / n) * SHAFT_DRAWN_M, p[2] - (p[2] / n) * SHAFT_DRAWN_M];
      const b = project(this.camera, back);
      const shaftPx = Math.max(3, (this.camera.intrinsics.fx * 0.008) / tip.depthM);
      if (b) drawLine(f, b.u, b.v, tip.u, tip.v, shaftPx, SHAFT);
      // Jaws: two blades opening by jawRad about the shaft's direction in the picture.
      const dir = b ? Math.atan2(tip.v - b.v, tip.u - b.u) : 0;
      const lenPx = (this.camera.intrinsics.fx * JAW_LENGTH_M) / tip.depthM;
      const half = Math.max(0, tool.jawRad) / 2;
      for (const s of [-1, 1]) {
        const a = dir + s * half;
        drawLine(f, tip.u, tip.v, tip.u + Math.cos(a) * lenPx, tip.v + Math.sin(a) * lenPx, Math.max(2, shaftPx / 2), JAW);
      }
      fillDisc(f, tip.u, tip.v, Math.max(3, shaftPx * 0.6), TIP);
    }
    stampLuma(f.data, this.width, this.height, timecode, this.timecode);
    return f;
  }
}
