#!/usr/bin/env node
// Print the simulator's fidelity figures (the ones in sim/README.md): the real PSM2 recording's
// setpoints driven through the simulator (default options: noise on, seed 1) vs the real measured
// joints, and the tool-tip tracking error at constant tip speeds.
// Usage (after `npm run build`): node sim/scripts/report.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JOINT_NAMES, measureTipTracking, replayJointSetpoints, rmsPerJoint } from '../dist/index.js';

const file = fileURLToPath(new URL('../test/fixtures/traj01_PSM2_js_positions.csv', import.meta.url));
const lines = readFileSync(file, 'utf8').trim().split('\n');
const header = lines[0].split(',');
const rows = lines.slice(1).map((l) => l.split(',').map(Number));
const si = header.indexOf('setpoint_header_stamp_s');
const mi = header.indexOf('measured_header_stamp_s');
const t0 = rows[0][mi];
const setpointTimeS = rows.map((r) => r[si] - t0);
const setpoint = rows.map((r) => r.slice(si + 1, si + 7));
const measuredTimeS = rows.map((r) => r[mi] - t0);
const measured = rows.map((r) => r.slice(mi + 1, mi + 7));

const out = await replayJointSetpoints({ setpointTimeS, setpoint, readTimeS: measuredTimeS, initialJoints: measured[0] });
const sim = rmsPerJoint(out.measured, measured, measuredTimeS, 1);
const raw = rmsPerJoint(setpoint, measured, measuredTimeS, 1);
console.log(`Recorded setpoints through the simulator (${rows.length} samples, ${measuredTimeS.at(-1).toFixed(1)} s, after the first 1 s); final state ${out.finalState}`);
console.log('| joint | RMS sim - real | RMS setpoint - real (no model) |');
console.log('|---|---|---|');
JOINT_NAMES.forEach((n, j) => console.log(`| ${n} | ${sim[j].toExponential(2)} ${j === 2 ? 'm' : 'rad'} | ${raw[j].toExponential(2)} |`));

console.log('\nTool-tip tracking error, servo_cp at 1 kHz along a line from [0, 0, 0.15, 0, 0, 0] (mm):');
console.log('| speed | direction | feed-forward | steady | peak | longest > 5 mm |');
console.log('|---|---|---|---|---|---|');
for (const speedMps of [0.05, 0.1]) {
  for (const [name, direction] of [['x (yaw)', [1, 0, 0]], ['y (pitch)', [0, 1, 0]], ['-z (insertion)', [0, 0, -1]]]) {
    for (const ff of [0, 1]) {
      const r = await measureTipTracking({ speedMps, direction, sim: { servo: { velocityFeedforward: ff } } });
      console.log(`| ${speedMps} m/s | ${name} | ${ff} | ${(r.steadyErrorM * 1e3).toFixed(2)} | ${(r.peakErrorM * 1e3).toFixed(2)} | ${(r.longestAbove5mmS * 1e3).toFixed(0)} ms${r.clamped ? ' (clamped)' : ''} |`);
    }
  }
}
