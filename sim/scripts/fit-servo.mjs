#!/usr/bin/env node
// Fit the simulated PSM's servo parameters (omega, zeta per joint) to the real PSM2 recording in
// sim/test/fixtures/traj01_PSM2_js_positions.csv: drive the recorded setpoints through the simulator
// exactly as the fidelity test does (replayJointSetpoints: 1 kHz servo_jp, read before write) and
// minimise the RMS between simulated and really measured joints, after the first second (the
// simulator starts at rest while the real arm was already moving). Noise off: we fit the dynamics.
//
// Usage (after `npm run build`): node sim/scripts/fit-servo.mjs
// Prints the fitted table to paste into sim/src/servo.ts (DVRK_PSM_SERVO) and the RMS figures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DVRK_PSM_SERVO, JOINT_NAMES, replayJointSetpoints, rmsPerJoint } from '../dist/index.js';

const file = fileURLToPath(new URL('../test/fixtures/traj01_PSM2_js_positions.csv', import.meta.url));
const lines = readFileSync(file, 'utf8').trim().split('\n');
const header = lines[0].split(',');
const rows = lines.slice(1).map((l) => l.split(',').map(Number));
const si = header.indexOf('setpoint_header_stamp_s');
const mi = header.indexOf('measured_header_stamp_s');
const t0 = rows[0][mi];
const bag = {
  setpointTimeS: rows.map((r) => r[si] - t0),
  setpoint: rows.map((r) => r.slice(si + 1, si + 7)),
  measuredTimeS: rows.map((r) => r[mi] - t0),
  measured: rows.map((r) => r.slice(mi + 1, mi + 7)),
};
const SKIP_S = 1;

async function rms(channels) {
  const out = await replayJointSetpoints({
    setpointTimeS: bag.setpointTimeS,
    setpoint: bag.setpoint,
    readTimeS: bag.measuredTimeS,
    initialJoints: bag.measured[0],
    sim: { noise: { enabled: false }, servo: { channels } },
  });
  return rmsPerJoint(out.measured, bag.measured, bag.measuredTimeS, SKIP_S);
}

// Nelder-Mead on (ln omega, zeta), bounded: omega in [5, 400] rad/s, zeta in [0.3, 2] (keeps the
// 4 kHz semi-implicit integration accurate: 2 zeta omega h <= 1).
function clampParams([lw, z]) {
  return [Math.min(Math.log(400), Math.max(Math.log(5), lw)), Math.min(2, Math.max(0.3, z))];
}
async function nelderMead(f, x0, step, iters = 60) {
  let simplex = [x0, [x0[0] + step[0], x0[1]], [x0[0], x0[1] + step[1]]].map(clampParams);
  let values = [];
  for (const x of simplex) values.push(await f(x));
  for (let it = 0; it < iters; it++) {
    const order = [0, 1, 2].sort((a, b) => values[a] - values[b]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    const c = [(simplex[0][0] + simplex[1][0]) / 2, (simplex[0][1] + simplex[1][1]) / 2];
    const along = (t) => clampParams([c[0] + t * (simplex[2][0] - c[0]), c[1] + t * (simplex[2][1] - c[1])]);
    const xr = along(-1);
    const fr = await f(xr);
    if (fr < values[0]) {
      const xe = along(-2);
      const fe = await f(xe);
      if (fe < fr) { simplex[2] = xe; values[2] = fe; } else { simplex[2] = xr; values[2] = fr; }
    } else if (fr < values[1]) {
      simplex[2] = xr; values[2] = fr;
    } else {
      const xc = along(0.5);
      const fc = await f(xc);
      if (fc < values[2]) { simplex[2] = xc; values[2] = fc; }
      else {
        for (let i = 1; i < 3; i++) {
          simplex[i] = clampParams([(simplex[0][0] + simplex[i][0]) / 2, (simplex[0][1] + simplex[i][1]) / 2]);
          values[i] = await f(simplex[i]);
        }
      }
    }
    if (Math.abs(values[2] - values[0]) < 1e-9 * Math.max(1e-12, values[0])) break;
  }
  const best = values.indexOf(Math.min(...values));
  return { x: simplex[best], value: values[best] };
}

const raw = rmsPerJoint(bag.setpoint, bag.measured, bag.measuredTimeS, SKIP_S);
const fitted = DVRK_PSM_SERVO.map((p) => ({ ...p }));
for (let j = 0; j < 6; j++) {
  const f = async ([lw, z]) => {
    const ch = fitted.map((p) => ({ ...p }));
    ch[j] = { ...ch[j], omegaRadPerS: Math.exp(lw), dampingRatio: z };
    return (await rms(ch))[j];
  };
  const { x, value } = await nelderMead(f, [Math.log(50), 1], [0.4, 0.3]);
  fitted[j] = { ...fitted[j], omegaRadPerS: Number(Math.exp(x[0]).toFixed(2)), dampingRatio: Number(x[1].toFixed(3)) };
  process.stdout.write(`${JOINT_NAMES[j]}: omega ${fitted[j].omegaRadPerS} rad/s, zeta ${fitted[j].dampingRatio}, ramp lag ${(2e3 * fitted[j].dampingRatio / fitted[j].omegaRadPerS).toFixed(1)} ms, RMS ${value.toExponential(3)} (setpoint vs measured ${raw[j].toExponential(3)})\n`);
}
// jaw takes the wrist-yaw parameters (shared actuators)
fitted[6] = { ...fitted[6], omegaRadPerS: fitted[5].omegaRadPerS, dampingRatio: fitted[5].dampingRatio };
const final = await rms(fitted);
console.log('\nfinal RMS per joint:', final.map((v) => v.toExponential(3)).join(', '));
console.log('\nDVRK_PSM_SERVO = [');
for (const p of fitted) console.log(`  { omegaRadPerS: ${p.omegaRadPerS}, dampingRatio: ${p.dampingRatio}, maxVelocity: ${p.maxVelocity}, maxAcceleration: ${p.maxAcceleration} },`);
console.log('];');
