import { describe, expect, it } from 'vitest';
import { MasterToolMapping, gripToJaw } from './mapping.js';
import { qAngleBetween, qFromRotVec, qMul } from './math/quat.js';
import type { Pose } from './types.js';

describe('master -> tool mapping', () => {
  const tool: Pose = { position: [0.01, 0.02, -0.12], orientation: qFromRotVec([0.3, 0.2, 0.1]) };

  it('relative translation with motion scaling; absolute orientation with the residual offset', () => {
    const m = new MasterToolMapping({ scale: 0.2, registration: [0, 0, 0, 1], alignmentToleranceRad: 0.1 });
    const master: Pose = { position: [0.4, -0.1, 0.9], orientation: qMul(qFromRotVec([0, 0, 0.03]), tool.orientation) };
    expect(m.isAligned(master, tool.orientation)).toBe(true);
    m.anchor(master, tool);
    const same = m.target(master);
    expect(same.position).toEqual(tool.position);
    expect(qAngleBetween(same.orientation, tool.orientation)).toBeLessThan(1e-12);
    expect(m.offsetAngleRad).toBeCloseTo(0.03, 12);
    const moved: Pose = { position: [0.45, -0.1, 0.8], orientation: qMul(qFromRotVec([0.5, 0, 0]), master.orientation) };
    const t = m.target(moved);
    expect(t.position[0]).toBeCloseTo(0.01 + 0.2 * 0.05, 15);
    expect(t.position[2]).toBeCloseTo(-0.12 - 0.2 * 0.1, 15);
    // Orientation is not scaled: the tool turns by the hand's rotation.
    expect(qAngleBetween(t.orientation, tool.orientation)).toBeCloseTo(0.5, 2);
  });

  it('refuses alignment beyond the tolerance and applies the registration rotation', () => {
    const reg = qFromRotVec([0, 0, Math.PI / 2]);
    const m = new MasterToolMapping({ scale: 0.5, registration: reg, alignmentToleranceRad: (5 * Math.PI) / 180 });
    const master: Pose = { position: [0, 0, 0], orientation: tool.orientation };
    expect(m.misalignmentRad(master, tool.orientation)).toBeCloseTo(Math.PI / 2, 9);
    expect(m.isAligned({ position: [0, 0, 0], orientation: qMul(qFromRotVec([0, 0, -Math.PI / 2]), tool.orientation) }, tool.orientation)).toBe(true);
    m.anchor({ position: [0, 0, 0], orientation: qMul(qFromRotVec([0, 0, -Math.PI / 2]), tool.orientation) }, tool);
    const t = m.target({ position: [0.1, 0, 0], orientation: qMul(qFromRotVec([0, 0, -Math.PI / 2]), tool.orientation) });
    // Console x is tool y after a 90 deg registration about z.
    expect(t.position[0]).toBeCloseTo(0.01, 12);
    expect(t.position[1]).toBeCloseTo(0.02 + 0.05, 12);
  });

  it('grip to jaw is linear and clamped', () => {
    const o = { openRad: 1, closedRad: -0.1 };
    expect(gripToJaw(0, o)).toBe(1);
    expect(gripToJaw(1, o)).toBeCloseTo(-0.1, 15);
    expect(gripToJaw(0.5, o)).toBeCloseTo(0.45, 15);
    expect(gripToJaw(7, o)).toBeCloseTo(-0.1, 15);
  });

  it('a new registration while anchored keeps the target where it was and maps further motion through the new one', () => {
    const m = new MasterToolMapping({ scale: 0.2, registration: [0, 0, 0, 1], alignmentToleranceRad: 0.1 });
    const master: Pose = { position: [0.1, 0.2, 0.3], orientation: qFromRotVec([0.1, 0, 0]) };
    m.anchor(master, tool);
    const moved: Pose = { position: [0.15, 0.2, 0.3], orientation: master.orientation };
    const before = m.target(moved);
    const quarter = qFromRotVec([0, 0, Math.PI / 2]);
    m.setRegistration(quarter, moved);
    const after = m.target(moved);
    for (let i = 0; i < 3; i++) expect(after.position[i]).toBeCloseTo(before.position[i]!, 15);
    expect(qAngleBetween(after.orientation, before.orientation)).toBeLessThan(1e-12);
    // 5 cm along the console x now moves the tool 1 cm along its base y (rotated a quarter turn about z).
    const further = m.target({ position: [0.2, 0.2, 0.3], orientation: master.orientation });
    expect(further.position[1] - after.position[1]).toBeCloseTo(0.01, 12);
    expect(further.position[0] - after.position[0]).toBeCloseTo(0, 12);
    expect(m.registration).toEqual(quarter);
  });
});
