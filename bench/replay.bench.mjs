// Replay speed in multiples of real time, for a 10 minute session at 1 kHz (600,000 ticks): the design
// target is at least 500x. The session is made by importing a synthetic 10 minute hand motion (100 Hz
// poses) with `farhand import`'s builder, so it has real tick records from the real core and simulator;
// then it is replayed unimpaired (one run, checked bit for bit against the file) and over an impaired
// link (two runs: the unimpaired reference and the impaired one).
// Baseline (same run): the bare loop, core.step + sim read/write on the same schedule with nothing
// recorded or compared, i.e. the cost replay cannot go below.
//   node bench/replay.bench.mjs          (after `node scripts/build.mjs`)
//   FARHAND_BENCH_REPLAY_S=60 node bench/replay.bench.mjs   (shorter session)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSession } from '../packages/workbench/dist/import/build.js';
import { impairmentFromFlags } from '../packages/workbench/dist/link/options.js';
import { createRuntime } from '../packages/loop/dist/runtime.js';
import { runTick } from '../packages/loop/dist/tick.js';
import { applyOverrides } from '../packages/workbench/dist/replay/overrides.js';
import { recordedSchedule, replayFile } from '../packages/workbench/dist/replay/replay.js';
import { loadSession } from '../packages/workbench/dist/replay/session.js';
import { runIfMain } from './table.mjs';

const seconds = () => Number(process.hrtime.bigint()) / 1e9;

/** A smooth 10 minute hand motion at 100 Hz: sums of slow sines, a few cm, small wrist rotations. */
export function handTrack(durationS, rateHz = 100) {
  const samples = [];
  const n = Math.floor(durationS * rateHz) + 1;
  for (let i = 0; i < n; i++) {
    const t = i / rateHz;
    const s = (f, ph) => Math.sin(2 * Math.PI * f * t + ph);
    const position = [0.05 * s(0.13, 0) + 0.015 * s(0.71, 1), 0.04 * s(0.09, 2) + 0.01 * s(0.53, 0.5), 0.03 * s(0.11, 4) + 0.008 * s(0.47, 3)];
    // Wrist: +-2 deg about z, so the hand stays aligned with the tool within the 5 deg tolerance.
    const a = ((2 * Math.PI) / 180) * s(0.07, 0);
    const orientation = [0, 0, Math.sin(a / 2), Math.cos(a / 2)];
    samples.push({ timeNs: Math.round(t * 1e9), position, orientation, grip: 0.5 + 0.4 * s(0.05, 0), clutch: false, operatorPresent: true });
  }
  return { kind: 'hand', source: 'synthetic', frameId: '', samples, dropped: [] };
}

/** The bare loop on the session's recorded schedule: runtime + runTick, nothing recorded. */
async function bareLoop(session) {
  const { config } = applyOverrides(session.start.configJson, []);
  const grid = { length: session.ticks.length, tick: session.ticks.tick, timeNs: session.ticks.timeNs };
  const sch = recordedSchedule(session, grid);
  const { core, arm } = await createRuntime(config);
  const frames = [];
  const clockSamples = [];
  const commands = [];
  let controllerId = null;
  let fi = 0, ci = 0, mi = 0, li = 0;
  const t0 = seconds();
  for (let i = 0; i < grid.length; i++) {
    while (fi < sch.frames.length && sch.frames[fi].at <= i) frames.push(sch.frames[fi++].item);
    while (ci < sch.clocks.length && sch.clocks[ci].at <= i) clockSamples.push(sch.clocks[ci++].item);
    while (mi < sch.commands.length && sch.commands[mi].at <= i) commands.push(sch.commands[mi++].item);
    while (li < sch.controls.length && sch.controls[li].at <= i) controllerId = sch.controls[li++].item;
    runTick(core, arm, grid.timeNs[i], { frames, clockSamples, commands, controllerId });
    frames.length = 0;
    clockSamples.length = 0;
    commands.length = 0;
  }
  return seconds() - t0;
}

export default async function run() {
  const durationS = Number(process.env.FARHAND_BENCH_REPLAY_S ?? 600);
  const dir = mkdtempSync(join(tmpdir(), 'farhand-bench-replay-'));
  try {
    const file = join(dir, 'session.mcap');
    const track = handTrack(durationS);
    const ti = seconds();
    const imported = await buildSession(track, file, { scale: 0.2 });
    const importS = seconds() - ti;
    const sizeMb = statSync(file).size / 1e6;
    const realS = imported.durationS;

    // The bare loop before and after the first replay (the JIT warms up on the first): the faster counts.
    const session = await loadSession(file);
    const bare1 = await bareLoop(session);
    const plain = await replayFile(file);
    const p = plain.report;
    const bareS = Math.min(bare1, await bareLoop(session));
    const link = impairmentFromFlags({ delay: '80ms', jitter: '15ms', loss: '1%', burst: '2', seed: '7' }).params;
    const imp = (await replayFile(file, { impairment: link })).report;
    const rows = [
      { case: 'bare loop (core.step + sim, no recording)', ticks: imported.ticks, session_s: realS, load_s: 0, loop_s: bareS, speed_x_loop: realS / bareS, speed_x_total: realS / bareS, bit_identical: '-' },
      {
        case: 'replay, unimpaired (1 run + compare)',
        ticks: p.session.ticks,
        session_s: realS,
        load_s: p.performance.loadSeconds,
        loop_s: p.run.loopSeconds,
        speed_x_loop: p.run.speedX,
        speed_x_total: realS / (p.performance.loadSeconds + p.run.loopSeconds),
        bit_identical: p.reproduction.identical ? 'yes' : `NO: ${p.reproduction.summary}`,
      },
      {
        case: 'replay, impaired 80ms/15ms/1% (2 runs)',
        ticks: imp.session.ticks,
        session_s: realS,
        load_s: imp.performance.loadSeconds,
        loop_s: imp.run.loopSeconds + (imp.reference?.loopSeconds ?? 0),
        speed_x_loop: realS / (imp.run.loopSeconds + (imp.reference?.loopSeconds ?? 0)),
        speed_x_total: realS / (imp.performance.loadSeconds + imp.run.loopSeconds + (imp.reference?.loopSeconds ?? 0)),
        bit_identical: imp.reproduction.identical ? 'yes' : 'NO',
      },
      { case: 'import (build + write the session)', ticks: imported.ticks, session_s: realS, load_s: 0, loop_s: importS, speed_x_loop: realS / importS, speed_x_total: realS / importS, bit_identical: '-' },
    ];
    return {
      title: `Replay speed, ${(realS / 60).toFixed(1)} min session at 1 kHz (${imported.ticks} ticks, ${sizeMb.toFixed(1)} MB MCAP)`,
      rows,
      notes: [
        'speed_x = session duration / wall time; loop = the replay loop alone, total = file load + loop(s). Design target: >= 500x.',
        `the bare loop is the floor set by the core and the simulator: replay adds ${(((p.run.loopSeconds - bareS) / bareS) * 100).toFixed(0)}% on top of it (trace, events, link samples)`,
        `impaired run: tracking RMS ${(imp.tracking.rmsM * 1e3).toFixed(2)} mm against the unimpaired run, lag ${(imp.tracking.lagS * 1e3).toFixed(0)} ms, frames lost ${((imp.link.frames?.lossRatio ?? 0) * 100).toFixed(2)}%`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, run);
