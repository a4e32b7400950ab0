import { describe, expect, it } from 'vitest';
import type { Pose } from '@farhand/latency-core';
import { qAngleBetween as qangle, qMul as qmul } from '@farhand/latency-core';
import { qAxisAngle as qaxisAngle } from '../geom.js';
import { predictGhost, type GhostInputs } from './ghost.js';

const tool: Pose = { position: [0.01, -0.02, -0.11], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] };
const master: Pose = { position: [0.1, 0.2, 0.3], orientation: qaxisAngle([0, 0, 1], 0.4) };

function inputs(over: Partial<GhostInputs> = {}): GhostInputs {
  return { state: 'FOLLOWING', setpoint: tool, masterPlayed: master, motionScale: 0.2, hand: master, clutch: false, ...over };
}

describe('predictGhost (the motion still in flight)', () => {
  it('sits on the setpoint when nothing is in flight', () => {
    const g = predictGhost(inputs())!;
    expect(g.pendingM).toBe(0);
    expect(g.pose.position).toEqual(tool.position);
    expect(qangle(g.pose.orientation, tool.orientation)).toBeLessThan(1e-12);
  });

  it('adds the hand motion since the played master pose, times the scale', () => {
    const hand = { position: [0.15, 0.2, 0.28] as [number, number, number], orientation: master.orientation };
    const g = predictGhost(inputs({ hand }))!;
    expect(g.pose.position[0]).toBeCloseTo(0.01 + 0.2 * 0.05, 12);
    expect(g.pose.position[2]).toBeCloseTo(-0.11 - 0.2 * 0.02, 12);
    expect(g.pendingM).toBeCloseTo(0.2 * Math.hypot(0.05, 0.02), 12);
  });

  it('turns the tool by the hand rotation since the played master pose', () => {
    const turn = qaxisAngle([1, 0, 0], 0.3);
    const g = predictGhost(inputs({ hand: { position: master.position, orientation: qmul(turn, master.orientation) } }))!;
    expect(qangle(g.pose.orientation, qmul(turn, tool.orientation))).toBeLessThan(1e-9);
  });

  it('applies the registration and clamps to the workspace', () => {
    const reg = qaxisAngle([0, 0, 1], Math.PI / 2);
    const hand = { position: [0.2, 0.2, 0.3] as [number, number, number], orientation: master.orientation };
    const g = predictGhost(inputs({ hand, registration: reg }))!;
    // +x on the console is +y on the tool base after a 90 deg registration about z.
    expect(g.pose.position[1]).toBeCloseTo(-0.02 + 0.02, 12);
    const c = predictGhost(inputs({ hand: { position: [2, 0.2, 0.3], orientation: master.orientation }, workspace: { min: [-0.05, -0.05, -0.2], max: [0.05, 0.05, -0.03] } }))!;
    expect(c.clamped).toBe(true);
    expect(c.pose.position[0]).toBe(0.05);
  });

  it('shows nothing when no motion will land', () => {
    for (const state of ['IDLE', 'HOLDING', 'CLUTCHED', 'FAULT', 'ESTOPPED']) expect(predictGhost(inputs({ state }))).toBeNull();
    expect(predictGhost(inputs({ clutch: true }))).toBeNull();
    expect(predictGhost(inputs({ masterPlayed: null }))).toBeNull();
    expect(predictGhost(inputs({ motionScale: 0 }))).toBeNull();
    expect(predictGhost(inputs({ hand: { position: [NaN, 0, 0], orientation: master.orientation } }))).toBeNull();
  });
});
