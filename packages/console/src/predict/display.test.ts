import { describe, expect, it } from 'vitest';
import { decayedTravelS, type Pose } from '@farhand/latency-core';
import { PredictiveDisplay } from './display.js';

const OFFSET_NS = 5e9; // agent clock = console clock + 5 s
const ori: Pose['orientation'] = [0, 0, 0, 1];

/** Feeds console-originated probes over a symmetric 20 ms link, so ClockSync knows the offset. */
function synced(d: PredictiveDisplay, fromConsoleNs: number, n = 12): void {
  for (let i = 0; i < n; i++) {
    const t0 = fromConsoleNs + i * 200e6;
    const t1 = t0 + 10e6 + OFFSET_NS;
    d.addClockSample({ sourceId: 's', agentOriginated: false, t0Ns: t0, t1Ns: t1, t2Ns: t1, t3Ns: t0 + 20e6 });
  }
}

describe('PredictiveDisplay', () => {
  it('in flight: the hand motion since the played master pose, once it is worth drawing', () => {
    const d = new PredictiveDisplay();
    const setpoint: Pose = { position: [0, 0, -0.1], orientation: ori };
    d.addTelemetry({ agentTimeNs: 1e9, state: 'FOLLOWING', setpoint, master: { position: [0, 0, 0], orientation: ori }, motionScale: 0.2 });
    expect(d.ghost(0, { position: [0.001, 0, 0], orientation: ori }, false, 0.12, null)).toBeNull(); // 0.2 mm: inside the arm
    const g = d.ghost(0, { position: [0.05, 0, 0], orientation: ori }, false, 0.12, null)!;
    expect(g.kind).toBe('in-flight');
    expect(g.pose.position[0]).toBeCloseTo(0.01, 12);
    expect(g.aheadS).toBe(0.12);
    expect(d.ghost(0, { position: [0.05, 0, 0], orientation: ori }, true, 0.12, null)).toBeNull(); // clutched
  });

  it('catch-up: a commanded motion (e.g. homing) carried forward to the agent now by clock sync and the predictor', () => {
    const d = new PredictiveDisplay(0.1);
    synced(d, 0);
    const consoleNow = 12 * 200e6 + 50e6;
    // Setpoints moving at 20 mm/s along x on the agent clock, the newest one 60 ms old at consoleNow.
    const newestAgentNs = consoleNow + OFFSET_NS - 60e6;
    for (let k = 10; k >= 0; k--) {
      const t = newestAgentNs - k * 10e6;
      d.addTelemetry({ agentTimeNs: t, state: 'IDLE', setpoint: { position: [0.02 * (t * 1e-9), 0, -0.1], orientation: ori }, master: null, motionScale: 0.2 });
    }
    expect(d.telemetryAgeS(consoleNow)).toBeCloseTo(0.06, 4);
    const g = d.ghost(consoleNow, { position: [0, 0, 0], orientation: ori }, false, NaN, null)!;
    expect(g.kind).toBe('catch-up');
    const expected = 0.02 * decayedTravelS(0.06, 0.1);
    expect(g.pendingM).toBeCloseTo(expected, 6);
    expect(g.aheadS).toBeCloseTo(0.06, 4);
  });

  it('shows no catch-up ghost before the clocks are synced, for a still arm, or after reset', () => {
    const d = new PredictiveDisplay();
    d.addTelemetry({ agentTimeNs: 1e9, state: 'IDLE', setpoint: { position: [0, 0, -0.1], orientation: ori }, master: null, motionScale: 0.2 });
    expect(d.ghost(0, { position: [0, 0, 0], orientation: ori }, false, NaN, null)).toBeNull();
    synced(d, 0);
    for (let k = 0; k < 5; k++) d.addTelemetry({ agentTimeNs: 2e9 + k * 1e7, state: 'IDLE', setpoint: { position: [0, 0, -0.1], orientation: ori }, master: null, motionScale: 0.2 });
    expect(d.ghost(3e9, { position: [0, 0, 0], orientation: ori }, false, NaN, null)).toBeNull();
    d.reset();
    expect(d.rttS()).toBeNaN();
  });
});
