// Re-impairment: "what if this session had run over that link". Every console's traffic is sent again,
// at the times it was sent in the recording, through a fresh impairment model (one per console and
// direction, seeded), and each input is handed to the core at the first tick at or after its new
// arrival. What travels:
//   up (console -> agent)    motion frames (unreliable, as recorded: refused frames never reached the
//                            core and are left out), commands (reliable: a lost one is sent again after
//                            a retransmission timeout, and commands stay in order, as over TCP), the
//                            console's probe requests and its replies to the agent's probes
//   down (agent -> console)  the agent's probe requests and its replies to the console's probes
// Clock probes are rebuilt from the new one-way times, so the core measures the new link as it would
// have. Send times on the console clock come from the recorded clock relation (clock-relation.ts);
// commands were not time-stamped by the console, so their send time is their receive time less the
// recorded median one-way delay. Control-lock changes caused by a command move with that command.
import type { ArrivedFrame, ClockSample, CoreCommand } from '@farhand/latency-core';
import { farhand } from '@farhand/protocol';
import { LinkImpairment, type ImpairmentParams } from '../link/impairment.js';
import { LinkStatsAccumulator, type LinkStats } from '../link/stats.js';
import { estimateClockRelation, toAgentNs, toConsoleNs, type ClockRelation } from './clock-relation.js';
import type { Schedule, Scheduled, TickGrid } from './engine.js';
import { masterKindsOf, type LoadedSession } from './session.js';

export interface RetimeResult {
  schedule: Schedule;
  /** What the link did to the motion frames of the console that sent the most (the surgeon's). */
  frameStats: LinkStats;
  /** Per console. */
  frameStatsBySource: Array<{ sessionId: string; stats: LinkStats }>;
  /** Per frame, in capture order: capture time (s from the first tick) and one-way delay (s; NaN lost). */
  frameDelays: { timeS: Float64Array; delayS: Float64Array };
  relations: Array<{ sessionId: string } & ClockRelation>;
  commandsRetransmitted: number;
  probesSent: number;
  probesCompleted: number;
  /** Inputs whose new arrival is after the last tick (never handed). */
  arrivedAfterEnd: number;
}

/**
 * How the console's traffic crosses the link. datagram: what the link does to a packet is what the message
 * gets (the WebRTC DataChannel for motion: unordered, never retransmitted). tcp: the WebSocket's behaviour, a
 * byte stream: nothing is lost or reordered, but a lost packet is sent again and every message behind it
 * in its direction waits for it (head-of-line blocking).
 */
export type StreamKind = 'datagram' | 'tcp';

/**
 * When TCP delivers a lost segment again: fast retransmit, one round trip plus the ~3 duplicate ACKs a
 * 100 Hz stream produces in ~30 ms. Measured in the link lab (bench/lab.bench.mjs: 50 ms one way, 2 % loss:
 * max 183 ms = 50 + 100 + 33; 150 ms: max 484-501 ms). A retransmission lost again would wait an RTO (>= 200
 * ms, doubling): attempt > 0.
 */
export function tcpRetransmitNs(p: ImpairmentParams, attempt: number): number {
  return attempt === 0 ? 2 * p.delayNs + 4 * p.jitterNs + 30e6 : Math.max(200e6, 2 * p.delayNs + 8 * p.jitterNs) * 2 ** (attempt - 1);
}

/** Retransmission timeout for a lost command (Linux TCP's minimum RTO is 200 ms). */
export function commandRetransmitNs(p: ImpairmentParams): number {
  return Math.max(200e6, 2 * p.delayNs + 8 * p.jitterNs);
}

/** First grid index whose time is at or after t; grid.length when none. */
export function tickIndexAt(grid: TickGrid, tNs: number): number {
  let lo = 0;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((grid.timeNs[mid] as number) < tNs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Packet =
  | { kind: 'frame'; index: number }
  | { kind: 'command'; index: number; attempt: number }
  | { kind: 'probe-request'; index: number }
  | { kind: 'probe-reply'; index: number };

interface Event {
  /** Send time, agent clock, ns: the global order of the simulation. */
  atNs: number;
  order: number;
  dir: 'up' | 'down';
  source: string;
  packet: Packet;
  sizeBytes: number;
}

/** Min-heap on (atNs, order). */
class EventQueue {
  private readonly h: Event[] = [];
  push(e: Event): void {
    const h = this.h;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i] as Event, h[p] as Event)) break;
      [h[i], h[p]] = [h[p] as Event, h[i] as Event];
      i = p;
    }
  }
  pop(): Event | undefined {
    const h = this.h;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l] as Event, h[m] as Event)) m = l;
        if (r < h.length && less(h[r] as Event, h[m] as Event)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as Event, h[i] as Event];
        i = m;
      }
    }
    return top;
  }
}
function less(a: Event, b: Event): boolean {
  return a.atNs < b.atNs || (a.atNs === b.atNs && a.order < b.order);
}

const ENVELOPE_BYTES = {
  command: farhand.v1.Envelope.encode({ command: { id: 123456, type: farhand.v1.CommandType.SET_SCALE, scale: 0.2 } }).len,
  probe: farhand.v1.Envelope.encode({ clock: { id: 123456, t0_ns: 1e15, t1_ns: 1e15, t2_ns: 1e15, reply: true } }).len,
};

/**
 * @param params the link to replay over; each console gets its own models (up: seed + 2k, down: seed + 2k + 1,
 *   k = the console's index in order of first appearance)
 */
export function retimeSession(session: LoadedSession, grid: TickGrid, params: ImpairmentParams, stream: StreamKind = 'datagram'): RetimeResult {
  const firstTick = grid.tick[0] as number;
  const indexOfRecordedTick = (tick: number) => Math.max(0, Math.min(grid.length, tick - firstTick));

  // Consoles in order of first appearance, with their clock relation.
  const sources: string[] = [];
  const seen = new Set<string>();
  const note = (s: string) => {
    if (!seen.has(s)) {
      seen.add(s);
      sources.push(s);
    }
  };
  for (const f of session.frames) note(f.arrived.sourceId);
  for (const c of session.commands) note(c.sessionId);
  for (const c of session.clocks) note(c.sample.sourceId);
  const relation = new Map<string, ClockRelation>();
  for (const s of sources) {
    relation.set(
      s,
      estimateClockRelation(
        session.clocks.filter((c) => c.sample.sourceId === s).map((c) => c.sample),
        session.frames.filter((f) => f.arrived.sourceId === s).map((f) => ({ captureNs: f.arrived.frame.captureTimeNs, receiveNs: f.arrived.receiveTimeNs })),
      ),
    );
  }
  const links = new Map<string, { up: LinkImpairment; down: LinkImpairment }>();
  sources.forEach((s, k) => {
    const origin = grid.timeNs[0] as number;
    links.set(s, {
      up: new LinkImpairment({ ...params, seed: params.seed + 2 * k }, origin),
      down: new LinkImpairment({ ...params, seed: params.seed + 2 * k + 1 }, origin),
    });
  });

  const queue = new EventQueue();
  let order = 0;
  const push = (atNs: number, dir: 'up' | 'down', source: string, packet: Packet, sizeBytes: number) =>
    queue.push({ atNs, order: order++, dir, source, packet, sizeBytes });

  // Frames: sent at their capture time, in capture order per console (a send time never goes back).
  const frames = session.frames;
  const lastSend = new Map<string, number>();
  const frameOrder = frames.map((_, i) => i).sort((a, b) => {
    const fa = (frames[a] as (typeof frames)[number]).arrived.frame.captureTimeNs;
    const fb = (frames[b] as (typeof frames)[number]).arrived.frame.captureTimeNs;
    return fa - fb || a - b;
  });
  for (const i of frameOrder) {
    const f = frames[i] as (typeof frames)[number];
    const rel = relation.get(f.arrived.sourceId) as ClockRelation;
    const at = Math.max(toAgentNs(rel, f.arrived.frame.captureTimeNs), lastSend.get(f.arrived.sourceId) ?? -Infinity);
    lastSend.set(f.arrived.sourceId, at);
    push(at, 'up', f.arrived.sourceId, { kind: 'frame', index: i }, f.sizeBytes);
  }
  // Commands the agent answered itself (control lock) travel the same way and carry their control changes.
  const commands = session.commands;
  commands.forEach((c, i) => {
    const rel = relation.get(c.sessionId) as ClockRelation;
    push(c.receiveTimeNs - rel.recordedDelayNs, 'up', c.sessionId, { kind: 'command', index: i, attempt: 0 }, ENVELOPE_BYTES.command);
  });
  const clocks = session.clocks;
  clocks.forEach((c, i) => {
    const s = c.sample;
    const rel = relation.get(s.sourceId) as ClockRelation;
    if (s.agentOriginated) push(s.t0Ns, 'down', s.sourceId, { kind: 'probe-request', index: i }, ENVELOPE_BYTES.probe);
    else push(toAgentNs(rel, s.t0Ns), 'up', s.sourceId, { kind: 'probe-request', index: i }, ENVELOPE_BYTES.probe);
  });

  const statsBySource = new Map<string, LinkStatsAccumulator>(sources.map((s) => [s, new LinkStatsAccumulator()]));
  const delayS = new Float64Array(frames.length).fill(NaN);
  const timeS = new Float64Array(frames.length);
  const t0 = grid.timeNs[0] as number;
  const frameArrivals: Array<{ at: number; arrivalNs: number; order: number; item: ArrivedFrame }> = [];
  const commandArrivals: Array<{ arrivalNs: number; index: number }> = [];
  const probeT1T2 = new Map<number, { t1: number; t2: number }>();
  const clockOut: Array<{ arrivalNs: number; order: number; item: ClockSample }> = [];
  let retransmitted = 0;
  let probesCompleted = 0;

  // tcp: the newest delivery per console and direction (nothing may arrive before what was sent earlier).
  const streamLast = new Map<string, number>();
  for (let e = queue.pop(); e !== undefined; e = queue.pop()) {
    const link = links.get(e.source) as { up: LinkImpairment; down: LinkImpairment };
    const rel = relation.get(e.source) as ClockRelation;
    const model = e.dir === 'up' ? link.up : link.down;
    let fate = model.send(e.atNs, e.sizeBytes);
    if (stream === 'tcp') {
      // A lost packet is sent again one fast retransmit later and taken as delivered then (the model's
      // send times only go forward, and a second loss in a row is rare at these rates); everything is
      // delivered once, in order behind what was sent before it.
      const key = `${e.source}\u0000${e.dir}`;
      const first = fate.arrivals[0] ?? e.atNs + tcpRetransmitNs(params, 0) + params.delayNs;
      const inOrder = Math.max(first, streamLast.get(key) ?? -Infinity);
      streamLast.set(key, inOrder);
      fate = { ...fate, arrivals: [inOrder], lost: null, reordered: false };
    }
    const arrival = fate.arrivals[0];
    const p = e.packet;
    switch (p.kind) {
      case 'frame': {
        const f = frames[p.index] as (typeof frames)[number];
        // Per console: reordering is judged on one model's packet indices.
        (statsBySource.get(e.source) as LinkStatsAccumulator).add(fate);
        timeS[p.index] = (e.atNs - t0) / 1e9;
        if (arrival !== undefined) delayS[p.index] = (arrival - e.atNs) / 1e9;
        for (const a of fate.arrivals) {
          frameArrivals.push({
            at: tickIndexAt(grid, a),
            arrivalNs: a,
            order: frameArrivals.length,
            item: { frame: f.arrived.frame, receiveTimeNs: Math.round(a), sourceId: f.arrived.sourceId },
          });
        }
        break;
      }
      case 'command': {
        if (arrival === undefined) {
          retransmitted++;
          push(e.atNs + commandRetransmitNs(params), 'up', e.source, { ...p, attempt: p.attempt + 1 }, e.sizeBytes);
          break;
        }
        commandArrivals.push({ arrivalNs: arrival, index: p.index });
        break;
      }
      case 'probe-request': {
        if (arrival === undefined) break;
        const s = (clocks[p.index] as (typeof clocks)[number]).sample;
        // The responder stamps t1 on arrival (its clock) and answers after the recorded processing time.
        const t1 = s.agentOriginated ? toConsoleNs(rel, arrival) : arrival;
        const t2 = t1 + (s.t2Ns - s.t1Ns);
        probeT1T2.set(p.index, { t1, t2 });
        const replyAt = s.agentOriginated ? toAgentNs(rel, t2) : t2;
        push(Math.max(replyAt, e.atNs), s.agentOriginated ? 'up' : 'down', e.source, { kind: 'probe-reply', index: p.index }, ENVELOPE_BYTES.probe);
        break;
      }
      case 'probe-reply': {
        if (arrival === undefined) break;
        const rec = clocks[p.index] as (typeof clocks)[number];
        const s = rec.sample;
        const t12 = probeT1T2.get(p.index) as { t1: number; t2: number };
        probesCompleted++;
        if (s.agentOriginated) {
          // The agent stamps t3 on arrival and hands the sample to the core at the next tick.
          const sample: ClockSample = { ...s, t1Ns: Math.round(t12.t1), t2Ns: Math.round(t12.t2), t3Ns: Math.round(arrival) };
          clockOut.push({ arrivalNs: arrival, order: p.index, item: sample });
        } else {
          // Console-originated: t3 is the console's; the agent learns the sample as long after its own
          // reply as it did in the recording.
          const t3Console = toConsoleNs(rel, arrival);
          const lagNs = Math.max(0, (grid.timeNs[Math.min(grid.length - 1, indexOfRecordedTick(rec.tick))] as number) - s.t2Ns);
          const sample: ClockSample = { ...s, t1Ns: Math.round(t12.t1), t2Ns: Math.round(t12.t2), t3Ns: Math.round(t3Console) };
          clockOut.push({ arrivalNs: Math.max(arrival, t12.t2 + lagNs), order: p.index, item: sample });
        }
        break;
      }
    }
  }

  // Commands are delivered in the order they were sent, per console, as a stream transport does: one
  // waiting for its retransmission holds back those sent after it (head-of-line blocking).
  commandArrivals.sort((a, b) => a.index - b.index);
  const lastDelivered = new Map<string, number>();
  for (const c of commandArrivals) {
    const src = (commands[c.index] as (typeof commands)[number]).sessionId;
    c.arrivalNs = Math.max(c.arrivalNs, lastDelivered.get(src) ?? -Infinity);
    lastDelivered.set(src, c.arrivalNs);
  }

  // Control changes move with the command that caused them (same console, same recorded tick).
  const shiftOf = new Map<string, number>();
  for (const c of commandArrivals) {
    const rec = commands[c.index] as (typeof commands)[number];
    shiftOf.set(`${rec.sessionId}@${rec.tick}`, c.arrivalNs - rec.receiveTimeNs);
  }
  const controls: Array<{ at: number; order: number; item: string | null }> = session.controls.map((c, i) => {
    const by = [c.controllerId, ...(c.previousId ? [c.previousId] : [])]
      .map((s) => (s === null ? undefined : shiftOf.get(`${s}@${c.tick}`)))
      .find((x) => x !== undefined);
    const at = by === undefined ? indexOfRecordedTick(c.tick) : tickIndexAt(grid, c.timeNs + by);
    return { at, order: i, item: c.controllerId };
  });

  const schedule: Schedule = {
    frames: sortScheduled(frameArrivals.map((f) => ({ at: f.at, key: f.arrivalNs, order: f.order, item: f.item }))),
    clocks: sortScheduled(clockOut.map((c) => ({ at: tickIndexAt(grid, c.arrivalNs), key: c.arrivalNs, order: c.order, item: c.item }))),
    commands: sortScheduled(
      commandArrivals
        .flatMap((c) => {
          const command = (commands[c.index] as (typeof commands)[number]).command;
          return command ? [{ at: tickIndexAt(grid, c.arrivalNs), key: c.arrivalNs, order: c.index, item: command }] : [];
        }),
    ),
    controls: sortScheduled(controls.map((c) => ({ at: c.at, key: c.at, order: c.order, item: c.item }))),
    masterKinds: masterKindsOf(session.events, session.controls),
  };
  const bySource = sources.map((s) => ({ sessionId: s, stats: (statsBySource.get(s) as LinkStatsAccumulator).result() }));
  const busiest = bySource.reduce<{ sessionId: string; stats: LinkStats }>(
    (a, b) => (b.stats.packetsSent > a.stats.packetsSent ? b : a),
    { sessionId: '', stats: new LinkStatsAccumulator().result() },
  );
  let after = 0;
  for (const list of [schedule.frames, schedule.clocks, schedule.commands, schedule.controls] as Scheduled<unknown>[][]) {
    for (const x of list) if (x.at >= grid.length) after++;
  }
  return {
    schedule,
    frameStats: busiest.stats,
    frameStatsBySource: bySource,
    frameDelays: { timeS, delayS },
    relations: sources.map((s) => ({ sessionId: s, ...(relation.get(s) as ClockRelation) })),
    commandsRetransmitted: retransmitted,
    probesSent: clocks.length,
    probesCompleted,
    arrivedAfterEnd: after,
  };
}

function sortScheduled<T>(xs: Array<{ at: number; key: number; order: number; item: T }>): Scheduled<T>[] {
  xs.sort((a, b) => a.at - b.at || a.key - b.key || a.order - b.order);
  return xs.map((x) => ({ at: x.at, item: x.item }));
}
