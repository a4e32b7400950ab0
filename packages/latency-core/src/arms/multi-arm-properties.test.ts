// Property test of MultiArmCore: random two-handed motion, per-hand clutch, grip, camera presses, and an
// e-stop or a fault on a random arm. Bounded: 12 cases of 2 s at 1 kHz (a few seconds).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArmsHarness } from '../testing/arms-harness.js';
import { insideWorkspace } from '../config.js';
import { qAngleBetween } from '../math/quat.js';
import { vDist, vNorm } from '../math/vec3.js';
import type { Vec3 } from '../types.js';

interface Segment {
  ms: number;
  v: [Vec3, Vec3];
  clutch: [boolean, boolean];
  grip: [number, number];
  camera: boolean;
}

const vel = fc.tuple(fc.double({ min: -0.15, max: 0.15, noNaN: true }), fc.double({ min: -0.15, max: 0.15, noNaN: true }), fc.double({ min: -0.15, max: 0.15, noNaN: true }));
const segment: fc.Arbitrary<Segment> = fc.record({
  ms: fc.integer({ min: 30, max: 500 }),
  v: fc.tuple(vel, vel),
  // Each hand's own clutch pressed in about one segment in six.
  clutch: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).map(([a, b]) => [a === 0, b === 0] as [boolean, boolean]),
  grip: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  camera: fc.boolean(),
});
const stop = fc.option(fc.record({ atMs: fc.integer({ min: 600, max: 1800 }), kind: fc.constantFrom('ESTOP', 'FAULT_PSM1', 'FAULT_PSM2', 'FAULT_ECM') }), { nil: null });

const TICK_S = 1e-3;
const EPS = 1e-9;

describe('MultiArmCore properties', () => {
  it('random hands, clutches and camera presses: no jump on camera release, every limit holds for every arm, e-stop and faults hold all', () => {
    // What the cases exercised (so that a generator that never reaches camera mode cannot pass).
    const seen = { cameraTicks: 0, releasesAfterRest: 0, halts: 0, ecmMovedM: 0 };
    fc.assert(
      fc.property(fc.array(segment, { minLength: 4, maxLength: 12 }), stop, (segments, halt) => {
        const h = new ArmsHarness();
        h.engage();
        const c = h.core.config;
        const lim = c.core.limits;
        const cam = c.camera;
        let prev = h.last.arms.map((a) => a.setpoint_cp);
        let prevStep = [0, 0];
        let cameraHeldMs = 0;
        let sinceReleaseMs = Infinity;
        let t = 0;
        let haltedAt = -1;
        for (const s of segments) {
          for (let k = 0; k < s.ms && t < 2000; k++, t++) {
            if (halt && t === halt.atMs) {
              haltedAt = t;
              seen.halts++;
              if (halt.kind === 'ESTOP') h.command('ESTOP', { sourceId: 'bedside' });
              else {
                const i = halt.kind === 'FAULT_PSM1' ? 0 : halt.kind === 'FAULT_PSM2' ? 1 : 2;
                h.arms[i]!.state = 'FAULT';
                h.arms[i]!.fault = 'ARM_JOINT_STUCK';
              }
            }
            h.hands.forEach((hand, i) => {
              hand.position = [hand.position[0] + s.v[i]![0] * TICK_S, hand.position[1] + s.v[i]![1] * TICK_S, hand.position[2] + s.v[i]![2] * TICK_S];
              hand.clutch = s.clutch[i]!;
              hand.grip = s.grip[i]!;
            });
            h.camera = s.camera;
            const wasCamera = h.last.cameraMode;
            const o = h.tick();
            if (wasCamera && !o.cameraMode) {
              sinceReleaseMs = 0;
              if (cameraHeldMs >= 300) seen.releasesAfterRest++;
            }
            else sinceReleaseMs++;
            if (o.cameraMode) seen.cameraTicks++;
            seen.ecmMovedM += vDist(o.arms[2]!.setpoint_cp.position, prev[2]!.position);
            cameraHeldMs = o.cameraMode ? cameraHeldMs + 1 : wasCamera ? cameraHeldMs : 0;
            for (let i = 0; i < 2; i++) {
              const sp = o.arms[i]!.setpoint_cp;
              const step = vDist(sp.position, prev[i]!.position);
              expect(insideWorkspace(sp.position, lim.workspace)).toBe(true);
              expect(step).toBeLessThanOrEqual(lim.maxLinearSpeedMps * TICK_S + EPS);
              expect(qAngleBetween(prev[i]!.orientation, sp.orientation)).toBeLessThanOrEqual(lim.maxAngularSpeedRadps * TICK_S + EPS);
              // Camera release: a tool at rest (held >= its stop time) starts from rest, never jumps.
              if (sinceReleaseMs <= 20 && cameraHeldMs >= 300) expect(step).toBeLessThanOrEqual(1e-4);
              // Anywhere: velocity changes within the acceleration limit (no jump, ever).
              expect(Math.abs(step - prevStep[i]!)).toBeLessThanOrEqual(lim.maxLinearAccelMps2 * TICK_S * TICK_S * 1.001 + EPS);
              prevStep[i] = step;
            }
            const e = o.arms[2]!.setpoint_cp;
            const ins = vNorm(e.position);
            expect(ins).toBeGreaterThanOrEqual(cam.insertionMinM - EPS);
            expect(ins).toBeLessThanOrEqual(cam.insertionMaxM + EPS);
            expect(Math.abs(ins - vNorm(prev[2]!.position))).toBeLessThanOrEqual(cam.maxInsertionSpeedMps * TICK_S + 1e-9);
            expect(qAngleBetween(prev[2]!.orientation, e.orientation)).toBeLessThanOrEqual(cam.maxAngularSpeedRadps * TICK_S + 1e-9);
            expect(Math.acos(Math.min(1, e.position[2] / ins))).toBeLessThanOrEqual(cam.coneHalfAngleRad + 1e-6);
            // A halt holds every instrument (the tick after at the latest), and the camera.
            if (haltedAt >= 0 && t >= haltedAt + 1) {
              for (let i = 0; i < 3; i++) expect(['FOLLOWING', 'CLUTCHED', 'HOLDING', 'ENGAGING']).not.toContain(o.arms[i]!.state);
              expect(o.cameraMode).toBe(false);
            }
            if (haltedAt >= 0 && t >= haltedAt + 300) {
              for (let i = 0; i < 3; i++) expect(vDist(o.arms[i]!.setpoint_cp.position, prev[i]!.position)).toBe(0);
            }
            prev = o.arms.map((a) => a.setpoint_cp);
          }
        }
      }),
      { numRuns: 12, seed: 1515 },
    );
    expect(seen.cameraTicks).toBeGreaterThan(1000);
    expect(seen.releasesAfterRest).toBeGreaterThanOrEqual(5);
    expect(seen.halts).toBeGreaterThan(3);
    expect(seen.ecmMovedM).toBeGreaterThan(0.05);
    console.info(`arms property: ${JSON.stringify(seen)}`);
  }, 60_000);
});
