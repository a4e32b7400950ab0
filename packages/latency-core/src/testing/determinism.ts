// The 60 s session of the determinism test: random hand motion over an impaired link, with clock
// offset and drift, an outage, clutching, a scale change, disengage / engage, an operator absence and
// an e-stop. Every output is serialised to one line; the test hashes the lines.
import type { CoreOutput } from '../types.js';
import { coreConfig } from '../config.js';
import { runScenario, type ScenarioOptions } from './scenario.js';
import { randomHand } from './motion.js';
import { HOME_POSE } from './harness.js';

export function determinismScenario(): ScenarioOptions {
  const between = (a: number, b: number) => (t: number) => t >= a && t < b;
  const absent = between(45, 46.5);
  return {
    seed: 20240607,
    durationS: 60,
    config: coreConfig({}),
    hand: randomHand(1, { origin: [0.1, 0, 0.2], orientation: HOME_POSE.orientation, amplitudeM: 0.2, rotationRad: 0.035, maxHz: 0.7, tremorM: 0.0005, startS: 0.8 }),
    initialTool: HOME_POSE,
    tickJitterS: 0.0003,
    frameRateHz: 250,
    up: { baseDelayS: 0.08, jitterS: 0.03, loss: 0.05, burstLen: 4, duplicate: 0.02, spikeProb: 0.01, spikeS: 0.2, outages: [{ startS: 30, durationS: 1.5 }], outageMode: 'hold' },
    down: { baseDelayS: 0.08, jitterS: 0.03, loss: 0.02, burstLen: 2 },
    agentStartNs: 9 * 3600e9 + 0.123456789e9,
    consoleStartNs: 2.5e9,
    driftPpm: 150,
    probeRateHz: 5,
    float32: true,
    clutchAt: between(10, 11),
    operatorPresentAt: (t) => !absent(t),
    commands: [
      { atS: 0.5, type: 'ENGAGE' },
      { atS: 20, type: 'SET_SCALE', scale: 0.35 },
      { atS: 40, type: 'DISENGAGE' },
      { atS: 40.5, type: 'ENGAGE' },
      { atS: 50, type: 'ESTOP', sourceId: 'observer' },
      { atS: 52, type: 'RESET_FAULT', sourceId: 'observer' },
      { atS: 53, type: 'ENGAGE' },
    ],
  };
}

/** One output as a line; numbers print in shortest round-trip form, so equal lines = equal bits. */
export function serializeOutput(o: CoreOutput): string {
  return JSON.stringify(o, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

export interface DeterminismSummary {
  ticks: number;
  following: number;
  transitions: string[];
}

export function runDeterminism(sink: (line: string) => void): DeterminismSummary {
  const s: DeterminismSummary = { ticks: 0, following: 0, transitions: [] };
  let last = '';
  runScenario(determinismScenario(), (r) => {
    sink(serializeOutput(r.output));
    s.ticks++;
    if (r.output.state === 'FOLLOWING') s.following++;
    if (r.output.state !== last) s.transitions.push(`${r.tS.toFixed(2)} ${r.output.state} ${r.output.reason}`);
    last = r.output.state;
  });
  return s;
}
