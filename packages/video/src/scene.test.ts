// The synthetic endoscope picture: the camera model puts points where a pinhole must, and the frame shows
// the tool tip marker exactly at the tip's projection, with a readable timecode; same inputs, same pixels.
import { describe, expect, it } from 'vitest';
import { intrinsicsForFov, lookAt, project, type Camera } from './camera.js';
import { TestScene } from './test-scene.js';
import { readLuma } from './timecode.js';

const camera: Camera = { intrinsics: intrinsicsForFov(640, 480, (70 * Math.PI) / 180), pose: lookAt([0, -0.08, -0.05], [0, 0, -0.12], [0, 0, 1]) };

describe('endoscope camera', () => {
  it('the target of lookAt lands on the principal point; points behind are not drawn', () => {
    const c = project(camera, [0, 0, -0.12])!;
    expect(c.u).toBeCloseTo(320, 9);
    expect(c.v).toBeCloseTo(240, 9);
    expect(project(camera, [0, -0.2, 0.1])).toBeNull();
  });

  it('image right and down follow the up vector given', () => {
    // +z is up in the picture here, so a point higher in z is higher (smaller v).
    const a = project(camera, [0, 0, -0.12])!;
    const b = project(camera, [0, 0, -0.11])!;
    expect(b.v).toBeLessThan(a.v);
    const r = project(camera, [0.01, 0, -0.12])!;
    expect(Math.abs(r.u - 320)).toBeGreaterThan(10);
  });
});

describe('synthetic scene', () => {
  const scene = new TestScene(camera);
  const tool = { position: [0.01, 0.005, -0.12] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number], jawRad: 0.5 };

  it('draws the tip marker at the tip projection and stamps a readable timecode', () => {
    const f = scene.render(tool, { captureTimeNs: 42e9, frameNumber: 9 });
    const tip = scene.tipPixel(tool)!;
    const x = Math.round(tip.u);
    const y = Math.round(tip.v);
    // The marker is green: U and V below neutral, bright luma.
    const cw = 320;
    const u = f.data[640 * 480 + (y >> 1) * cw + (x >> 1)]!;
    const v = f.data[640 * 480 + 240 * cw + (y >> 1) * cw + (x >> 1)]!;
    expect(f.data[y * 640 + x]).toBeGreaterThan(120);
    expect(u).toBeLessThan(110);
    expect(v).toBeLessThan(110);
    expect(readLuma(f.data, 640, scene.timecode)).toEqual({ captureTimeNs: 42e9, frameNumber: 9 });
  });

  it('is deterministic', () => {
    const a = scene.render(tool, { captureTimeNs: 1e9, frameNumber: 1 });
    const b = new TestScene(camera).render(tool, { captureTimeNs: 1e9, frameNumber: 1 });
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });
});
