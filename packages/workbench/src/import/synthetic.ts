// The synthetic session around imported motion, shared by the one-arm (build.ts) and the multi-arm
// (build-arms.ts) import: when each frame is sent, the tick grid, the clock probes and the three
// commands, on the agent clock (tick 0 at 100 ms). build.ts describes the session; this file only
// times it. Both builders feed these to the runtime they drive and write the same records.
import type { ClockSample, Pose } from '@farhand/latency-core';
import { farhand } from '@farhand/protocol';
import type { TickGrid } from '../replay/engine.js';
import { tickIndexAt } from '../replay/retime.js';
import type { Trace } from '../replay/trace.js';
import { STATES } from '../replay/trace.js';
import type { ImportInput, ImportRecord } from './session-file.js';

export class ImportError extends Error {
  override name = 'ImportError';
}

export const T0_NS = 100e6;
export const CONSOLE_AHEAD_NS = 4e9;
const PROBE_EVERY_NS = 100e6;
const PROBE_TURNAROUND_NS = 20e3;
const FRAMES_START_NS = 10e6;
export const MAX_IMPORT_S = 6 * 3600;

export interface TimelineOptions {
  /** One-way delay of the ideal network, ns. */
  delayNs: number;
  leadNs: number;
  tailNs: number;
  controlRateHz: number;
}

/** One frame to send: at `atNs` (agent clock), carrying sample `sample`; `lead`: a lead-in frame (first pose, no clutch, operator present). */
export interface Send {
  atNs: number;
  sample: number;
  lead: boolean;
}

export interface Timeline {
  sends: Send[];
  periodNs: number;
  /** Agent time of the first recorded sample's frame. */
  motionStart: number;
  disengageAt: number;
  endNs: number;
  grid: TickGrid;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

/** Checks the timing options (before anything is read from the samples). */
export function checkTimingOptions(o: Pick<TimelineOptions, 'delayNs' | 'leadNs' | 'tailNs'>): void {
  if (!(o.delayNs >= 0 && o.leadNs >= 0.3e9 && o.tailNs >= 0)) throw new ImportError('network delay and tail must be >= 0, lead-in >= 0.3 s (the clocks must sync before ENGAGE)');
}

/**
 * Frames from 10 ms: the first pose held for the lead-in, then every sample at its recorded time, then
 * the last pose held for the tail, at the track's median period (1..20 ms); DISENGAGE one period after
 * the tail; ticks until 100 ms after the last message.
 */
export function planTimeline(timesNs: readonly number[], source: string, o: TimelineOptions): Timeline {
  checkTimingOptions(o);
  if (timesNs.length < 2) throw new ImportError(`${source}: needs at least 2 poses, has ${timesNs.length}`);
  const spanNs = (timesNs[timesNs.length - 1] as number) - (timesNs[0] as number);
  if (spanNs / 1e9 > MAX_IMPORT_S) throw new ImportError(`${source}: ${(spanNs / 3600e9).toFixed(1)} h of motion; at most ${MAX_IMPORT_S / 3600} h are imported at once`);
  const periods: number[] = [];
  for (let i = 1; i < timesNs.length; i++) periods.push((timesNs[i] as number) - (timesNs[i - 1] as number));
  const periodNs = Math.min(20e6, Math.max(1e6, median(periods)));

  const sends: Send[] = [];
  const t0 = timesNs[0] as number;
  const motionStart = T0_NS + FRAMES_START_NS + o.leadNs;
  for (let t = T0_NS + FRAMES_START_NS; t < motionStart; t += periodNs) sends.push({ atNs: t, sample: 0, lead: true });
  timesNs.forEach((s, i) => sends.push({ atNs: motionStart + (s - t0), sample: i, lead: false }));
  const motionEnd = motionStart + spanNs;
  const last = timesNs.length - 1;
  for (let t = motionEnd + periodNs; t <= motionEnd + o.tailNs; t += periodNs) sends.push({ atNs: t, sample: last, lead: false });
  const disengageAt = motionEnd + o.tailNs + periodNs;
  const endNs = disengageAt + o.delayNs + 100e6;

  const tickNs = 1e9 / o.controlRateHz;
  const n = Math.ceil((endNs - T0_NS) / tickNs) + 1;
  const grid: TickGrid = { length: n, tick: new Float64Array(n), timeNs: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    grid.tick[i] = i;
    grid.timeNs[i] = Math.round(T0_NS + i * tickNs);
  }
  return { sends, periodNs, motionStart, disengageAt, endNs, grid };
}

/** Agent-originated clock probes every 100 ms; the console clock runs 4 s ahead of the agent's. */
export function clockProbes(sessionId: string, t: Timeline, delayNs: number): Array<{ tick: number; sample: ClockSample; id: number }> {
  const out: Array<{ tick: number; sample: ClockSample; id: number }> = [];
  let probeId = 1;
  for (let t0 = T0_NS; t0 + 2 * delayNs + PROBE_TURNAROUND_NS < t.endNs; t0 += PROBE_EVERY_NS) {
    const t1 = t0 + CONSOLE_AHEAD_NS + delayNs;
    const t2 = t1 + PROBE_TURNAROUND_NS;
    const t3 = t2 - CONSOLE_AHEAD_NS + delayNs;
    const sample: ClockSample = { sourceId: sessionId, agentOriginated: true, t0Ns: t0, t1Ns: t1, t2Ns: t2, t3Ns: t3 };
    out.push({ tick: tickIndexAt(t.grid, t3), sample, id: probeId++ });
  }
  return out;
}

export type SyntheticCommandType = 'REQUEST_CONTROL' | 'ENGAGE' | 'DISENGAGE';

export interface SyntheticCommand {
  tick: number;
  receiveNs: number;
  type: SyntheticCommandType;
  id: number;
  /** REQUEST_CONTROL is answered by the agent (a control change), the others by the core. */
  toCore: boolean;
}

/** REQUEST_CONTROL at 5 ms, ENGAGE at 60% of the lead-in, DISENGAGE after the tail. */
export function syntheticCommands(t: Timeline, o: Pick<TimelineOptions, 'delayNs' | 'leadNs'>): SyntheticCommand[] {
  const command = (sendAt: number, type: SyntheticCommandType, id: number): SyntheticCommand => {
    const receiveNs = Math.round(sendAt + o.delayNs);
    return { tick: tickIndexAt(t.grid, receiveNs), receiveNs, type, id, toCore: type !== 'REQUEST_CONTROL' };
  };
  return [
    command(T0_NS + 5e6 - o.delayNs, 'REQUEST_CONTROL', 1),
    command(T0_NS + FRAMES_START_NS + 0.6 * o.leadNs, 'ENGAGE', 2),
    command(t.disengageAt, 'DISENGAGE', 3),
  ];
}

/** The control change, clock samples and frames as the agent hands them to its loop (for the recorder). */
export function syntheticInputs(
  sessionId: string,
  commands: readonly SyntheticCommand[],
  clocks: ReturnType<typeof clockProbes>,
  frames: ReadonlyArray<{ tick: number; receiveNs: number; envelope: Uint8Array }>,
): ImportInput[] {
  const inputs: ImportInput[] = [];
  for (const c of commands) {
    if (c.toCore) continue;
    inputs.push({ k: 'control', tick: c.tick, timeNs: c.receiveNs, controllerId: sessionId, previousId: '', reason: 'REQUESTED', grantedBy: '', masterKind: 'UNACTUATED' });
  }
  for (const c of clocks) {
    const s = c.sample;
    inputs.push({ k: 'clock', tick: c.tick, sessionId, probe: { id: c.id, t0_ns: s.t0Ns, t1_ns: s.t1Ns, t2_ns: s.t2Ns, t3_ns: s.t3Ns, reply: true }, agentOriginated: true });
  }
  for (const f of frames) {
    inputs.push({ k: 'frame', tick: f.tick, receiveTimeNs: f.receiveNs, sessionId, envelope: f.envelope, refused: false, refuseReason: '' });
  }
  return inputs;
}

/** Every command with the ack it got (the core's, from the run's trace; the agent's for REQUEST_CONTROL). */
export function commandRecords(sessionId: string, commands: readonly SyntheticCommand[], trace: Trace): Array<{ tick: number; record: ImportRecord }> {
  const acks = new Map(trace.acks.map((a) => [a.ack.id, a]));
  return commands.map((c) => {
    const ack = c.toCore ? acks.get(c.id)?.ack : { id: c.id, ok: true, reason: '' };
    const type = farhand.v1.CommandType[c.type];
    return {
      tick: c.tick,
      record: {
        k: 'command',
        tick: c.tick,
        receiveTimeNs: c.receiveNs,
        sessionId,
        role: farhand.v1.Role.SURGEON,
        command: { id: c.id, type },
        ack: { id: c.id, ok: ack?.ok ?? false, reason: ack?.reason ?? 'NO_ACK: the core did not answer', type },
        toCore: c.toCore,
      },
    };
  });
}

/** Seconds a trace spent FOLLOWING. */
export function followingSeconds(trace: Trace, grid: TickGrid): number {
  let s = 0;
  const FOLLOWING = STATES.indexOf('FOLLOWING');
  for (let i = 1; i < grid.length; i++) if (trace.state[i - 1] === FOLLOWING) s += ((grid.timeNs[i] as number) - (grid.timeNs[i - 1] as number)) / 1e9;
  return s;
}

/** The warnings an import reports: never followed (with ENGAGE's answer), alarms raised. */
export function runWarnings(trace: Trace, followingS: number, who = 'the tool'): string[] {
  const warnings: string[] = [];
  if (followingS === 0) {
    const engageAck = trace.acks.find((a) => a.ack.type === 'ENGAGE');
    warnings.push(`${who} never followed: ENGAGE was ${engageAck ? (engageAck.ack.ok ? 'accepted' : `refused (${engageAck.ack.reason})`) : 'not answered'}`);
  }
  return warnings;
}

/** The intended pose per tick: each send's target from its send time on (for the tracking figures). */
export function intendedPoses(t: Timeline, targetOf: (send: Send, index: number) => Pose): Pose[] {
  const out: Pose[] = [];
  let k = 0;
  for (let i = 0; i < t.grid.length; i++) {
    const at = t.grid.timeNs[i] as number;
    while (k + 1 < t.sends.length && (t.sends[k + 1] as Send).atNs <= at) k++;
    out.push(targetOf(t.sends[k] as Send, k));
  }
  return out;
}
