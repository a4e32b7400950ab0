// The replay report's plots for a multi-arm session: one section per arm, headed by the arm's name,
// each with its own setpoint-vs-reference position, tracking error, speed and state plots drawn from
// that arm's trace (not arm 0's); the link's plots once; a one-arm report keeps its plots as before.
// A small synthetic session (three traces on one tick grid) stands in for a recording.
import { describe, expect, it } from 'vitest';
import { motionFigures, plotSeries, safetyEvents, stateChanges, stateTimes, trackingFigures } from './figures.js';
import { renderHtml } from './html.js';
import { armPlots, type ArmReproduction, type ReplayReport, type RunSummary } from './report.js';
import { Trace } from './trace.js';

const N = 500;
const TICK_NS = 1e6;
type V3 = [number, number, number];

/** A 0.5 s trace at 1 kHz: FOLLOWING, the tip at p(t), measured = setpoint. */
function trace(p: (s: number) => V3, state: (s: number) => string = () => 'FOLLOWING'): Trace {
  const t = new Trace(N);
  for (let i = 0; i < N; i++) {
    const s = i * 1e-3;
    const pose = { position: p(s), orientation: [0, 0, 0, 1] as [number, number, number, number] };
    t.push(1000 + i, 5e9 + i * TICK_NS, pose, 0.3, pose, state(s), state(s) === 'HOLDING' ? 'LINK_STALE' : 'ENGAGED', i);
  }
  return t;
}

const LIMITS = { maxLinearSpeedMps: 0.1, maxAngularSpeedRadps: 3 };

function summary(t: Trace): RunSummary {
  return { motion: motionFigures(t, LIMITS), time: stateTimes(t), events: safetyEvents(t), eventCounts: {}, stateChanges: stateChanges(t), coreLink: null, loopSeconds: 0.01, speedX: 50 };
}

/** The report a replay of these arms builds (replay.ts replayArms): figures for arm 0, `arms` per arm. */
function report(runs: Trace[], refs: Trace[], names: Array<[string, 'INSTRUMENT' | 'CAMERA']>, perArm: boolean): ReplayReport {
  const tr = trackingFigures(runs[0]!, refs[0]!);
  const arms: ArmReproduction[] = names.map(([name, kind], k) => ({
    armId: k, name, kind, identical: k !== 1, ticksCompared: N, ticksDiffering: k === 1 ? 3 : 0, firstDifference: null,
    summary: k === 1 ? 'differs at tick 1100' : `identical: ${N} ticks`,
    ...(perArm ? { plots: armPlots(runs[k]!, refs[k]!) } : {}),
  }));
  return {
    format: 'farhand-replay-report', version: 1, generatedBy: 'farhand replay test',
    session: {
      file: 's.mcap', sizeBytes: 1, sessionId: 's-test', agentVersion: '0', protocol: '1.1', wallClockIso: '', armDriver: 'sim', simSeed: 7, ticks: N, firstTick: 1000,
      lastTick: 1000 + N - 1, durationS: (N - 1) * 1e-3, frames: 0, framesRefused: 0, clockSamples: 0, commands: 0, commandsToCore: 0, controlChanges: 0, recordedEvents: 0, damage: null,
    },
    config: { changes: [], notes: [], motionScale: 0.2, maxLinearSpeedMps: 0.1, maxLinearAccelMps2: 1, maxAngularSpeedRadps: 3, playoutDelayMinS: 0.01, playoutDelayMaxS: 0.2 },
    reproduction: { identical: false, ticksCompared: N, ticksDiffering: 3, firstDifference: null, summary: 'PSM2 differs' },
    ...(names.length > 1 ? { arms } : {}),
    link: { impaired: false, description: 'as recorded', params: null, frames: null, commandsRetransmitted: 0, probesSent: 0, probesCompleted: 0, arrivedAfterEnd: 0, clockRelations: [] },
    tracking: { ...tr, run: 'replay with the recorded timing', reference: 'the recording' },
    run: summary(runs[0]!),
    reference: null,
    seeds: null,
    performance: { loadSeconds: 0.01, realTimeS: 0.5 },
    series: { run: plotSeries(runs[0]!, refs[0]!), reference: plotSeries(refs[0]!, null), runStates: [], referenceStates: [], linkDelay: null, coreLink: [] },
  };
}

// PSM1 moves along x, PSM2 along y (and its replay drifts 0.4 mm from its recording, then holds), the ECM stands still.
const PSM1 = (s: number): V3 => [0.01 * s, 0, -0.1];
const PSM2 = (s: number): V3 => [0, 0.04 * s, -0.12];
const ECM = (): V3 => [0, 0, -0.05];
const runs = [trace(PSM1), trace((s) => [0.0004, 0.04 * s, -0.12], (s) => (s > 0.3 ? 'HOLDING' : 'FOLLOWING')), trace(ECM)];
const refs = [trace(PSM1), trace(PSM2), trace(ECM)];
const NAMES: Array<[string, 'INSTRUMENT' | 'CAMERA']> = [['PSM1', 'INSTRUMENT'], ['PSM2', 'INSTRUMENT'], ['ECM', 'CAMERA']];

/** The polyline points of the line named `legend` in one <svg> (the chart's series, in its pixels). */
function sections(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<section class="arm" data-arm="([^"]+)">([\s\S]*?)<\/section>/g)) out.set(m[1]!, m[2]!);
  return out;
}

describe('replay HTML report, several arms', () => {
  it('has one section per arm, headed by its name, with that arm\'s four plots', () => {
    const r = report(runs, refs, NAMES, true);
    const html = renderHtml(r);
    const s = sections(html);
    expect([...s.keys()]).toEqual(['PSM1', 'PSM2', 'ECM']);
    for (const [name, body] of s) {
      expect(body).toMatch(new RegExp(`^<h3>${name} <span class="dim">\\(arm \\d, (instrument|camera); (reproduced|differs)\\)</span></h3>`));
      // Position, tracking error, speed (line charts) and the state timeline, each titled with the arm.
      expect(body.match(/<figure>/g)?.length, name).toBe(4);
      expect(body).toContain(`${name}: tip setpoint position`);
      expect(body).toContain(`${name}: tracking error, replay with the recorded timing vs the recording`);
      expect(body).toContain(`${name}: tip setpoint speed`);
      expect(body).toContain(`${name}: supervisor state`);
    }
    expect(s.get('PSM2')).toMatch(/\(arm 1, instrument; differs\)/);
    expect(s.get('ECM')).toMatch(/\(arm 2, camera; reproduced\)/);
    // Each arm's figures line is its own: PSM2's replay is 0.4 mm off its recording, the others are not.
    expect(s.get('PSM1')).toMatch(/tracking RMS 0\.000 mm, max 0\.000 mm/);
    expect(s.get('PSM2')).toMatch(/tracking RMS 0\.400 mm, max 0\.400 mm/);
    // Each arm's plots are drawn from its own trace: the three position plots differ.
    const positionSvg = (name: string) => s.get(name)!.split('</figure>')[0]!;
    expect(positionSvg('PSM1')).not.toBe(positionSvg('PSM2').replaceAll('PSM2', 'PSM1'));
    expect(positionSvg('PSM2')).not.toBe(positionSvg('ECM').replaceAll('ECM', 'PSM2'));
    // PSM2 held from 0.3 s: its timeline shows HOLDING, PSM1's does not.
    expect(s.get('PSM2')).toMatch(/<title>HOLDING 0\.30\d-0\.499 s<\/title>/);
    expect(s.get('PSM1')).not.toMatch(/<title>HOLDING/);
    // No arm-0-only plots outside the sections, and the arms table says where the plots are.
    expect(html.match(/<figure>/g)?.length).toBe(12);
    expect(html).toContain('<h2>Plots per arm</h2>');
    expect(html).toContain('the plots are each arm\'s, under its name');
  });

  it('matches the arm plots to the replay: each arm\'s tracking, lag and states in `plots`', () => {
    const p = report(runs, refs, NAMES, true).arms!.map((a) => a.plots!);
    expect(p.map((x) => Math.round(x.tracking.maxM * 1e6))).toEqual([0, 400, 0]);
    expect(p[1]!.run.errorM.every((e) => Math.abs(e - 0.0004) < 1e-12)).toBe(true);
    expect(p[1]!.runStates.map((x) => x.state)).toEqual(['FOLLOWING', 'HOLDING']);
    expect(p[1]!.referenceStates.map((x) => x.state)).toEqual(['FOLLOWING']);
    // Speeds per arm: PSM1 10 mm/s, PSM2 40 mm/s, the ECM still.
    expect(Math.max(...p[0]!.run.speedMps)).toBeCloseTo(0.01, 6);
    expect(Math.max(...p[1]!.run.speedMps)).toBeCloseTo(0.04, 6);
    expect(Math.max(...p[2]!.run.speedMps)).toBe(0);
  });

  it('keeps a one-arm report\'s plots as they were (no arm sections, untitled by arm)', () => {
    const html = renderHtml(report(runs.slice(0, 1), refs.slice(0, 1), NAMES.slice(0, 1), false));
    expect(sections(html).size).toBe(0);
    expect(html).not.toContain('Plots per arm');
    expect(html).toContain('Tool tip setpoint position (RCM frame)');
    expect(html).toContain('Tracking error: replay with the recorded timing vs the recording (peak per bucket)');
    expect(html.match(/<figure>/g)?.length).toBe(4);
  });

  it('falls back to arm 0\'s plots for a multi-arm report without per-arm plots (and says so)', () => {
    const html = renderHtml(report(runs, refs, NAMES, false));
    expect(sections(html).size).toBe(0);
    expect(html).toContain('The figures and plots below are arm 0\'s (PSM1)');
    expect(html.match(/<figure>/g)?.length).toBe(4);
  });
});
