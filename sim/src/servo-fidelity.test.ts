// The simulated servo against the real arm: the PSM2 recording's setpoints driven through the
// simulator (exactly as the agent drives it), compared with what the real arm measured.
import { describe, expect, it } from 'vitest';
import { replayJointSetpoints, rmsPerJoint } from './replay-joints.js';
import { measureTipTracking } from './tip-tracking.js';
import { JOINT_NAMES } from './tools.js';
import { loadBagJs } from '../test/fixtures.js';

describe('servo model vs the real dVRK recording', () => {
  it('reproduces the real arm\'s measured joints from its recorded setpoints (RMS per joint)', async () => {
    const bag = loadBagJs();
    expect(bag.measured).toHaveLength(3420);
    const out = await replayJointSetpoints({
      setpointTimeS: bag.setpointTimeS,
      setpoint: bag.setpoint,
      readTimeS: bag.measuredTimeS,
      initialJoints: bag.measured[0]!,
    });
    expect(out.finalState).toBe('ENABLED');
    expect(out.measured).toHaveLength(3420);
    // The simulator starts at rest while the real arm was already moving: skip the first second.
    const sim = rmsPerJoint(out.measured, bag.measured, bag.measuredTimeS, 1);
    const noModel = rmsPerJoint(bag.setpoint, bag.measured, bag.measuredTimeS, 1);
    console.log(
      'RMS sim - real per joint (rad, insertion m), vs setpoint - real:\n' +
        JOINT_NAMES.map((n, j) => `  ${n.padEnd(18)} ${sim[j]!.toExponential(2)}   ${noModel[j]!.toExponential(2)}`).join('\n'),
    );
    // Figures of sim/README.md (fit: sim/scripts/fit-servo.mjs), with a little room for the noise.
    const expected = [1.43e-3, 6.97e-4, 1.29e-4, 1.09e-3, 4.14e-3, 2.39e-3];
    for (let j = 0; j < 6; j++) {
      expect(sim[j]).toBeLessThan(expected[j]! * 1.02);
      // The model explains most of the real lag: at least 40% (wrist pitch) to 94% (yaw) less error
      // than assuming the arm is where it was told to be.
      expect(sim[j]).toBeLessThan(noModel[j]! * 0.6);
    }
    expect(sim[0]).toBeLessThan(noModel[0]! * 0.1);
  });

  it('tool-tip tracking error at 0.05 and 0.1 m/s matches the real arm\'s ~47 ms lag', async () => {
    const fig: Record<string, number> = {};
    for (const speedMps of [0.05, 0.1]) {
      for (const [name, direction] of [['x', [1, 0, 0]], ['y', [0, 1, 0]], ['z', [0, 0, -1]]] as const) {
        const r = await measureTipTracking({ speedMps, direction: [...direction] });
        expect(r.clamped).toBe(false);
        fig[`${speedMps}/${name}`] = r.steadyErrorM;
        // steady error = speed * lag, lag 46-50 ms (yaw, pitch, insertion fitted lags)
        expect(r.steadyErrorM / speedMps).toBeGreaterThan(0.044);
        expect(r.steadyErrorM / speedMps).toBeLessThan(0.052);
      }
    }
    console.log('tip tracking steady error (mm):', Object.entries(fig).map(([k, v]) => `${k} ${(v * 1e3).toFixed(2)}`).join(', '));
    // 0.05 m/s stays well inside the core's 5 mm rule; 0.1 m/s is at it, as on the real arm
    // (recording: 4.3 mm mean at 0.08-0.1 m/s, 5.1 mm at 0.1-0.12 m/s).
    expect(Math.max(fig['0.05/x']!, fig['0.05/y']!, fig['0.05/z']!)).toBeLessThan(0.0026);
    expect(Math.max(fig['0.1/x']!, fig['0.1/y']!, fig['0.1/z']!)).toBeGreaterThan(0.0045);
  });

  it('velocity feed-forward (setpoint velocity from successive writes) removes the steady lag', async () => {
    const r = await measureTipTracking({ speedMps: 0.1, direction: [0, 1, 0], sim: { servo: { velocityFeedforward: 1 } } });
    expect(r.steadyErrorM).toBeLessThan(2e-4);
    expect(r.longestAbove5mmS).toBe(0);
  });
});
