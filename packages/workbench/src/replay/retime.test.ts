import { describe, expect, it } from 'vitest';
import type { ClockSample, MasterFrame } from '@farhand/latency-core';
import { IDEAL_LINK, type ImpairmentParams } from '../link/impairment.js';
import { estimateClockRelation, sampleOffset, toAgentNs, toConsoleNs } from './clock-relation.js';
import type { TickGrid } from './engine.js';
import { commandRetransmitNs, retimeSession, tcpRetransmitNs, tickIndexAt } from './retime.js';
import type { LoadedSession } from './session.js';
import { Trace } from './trace.js';

const MS = 1e6;
/** Console clock = agent clock + 4 s (offset agent - console = -4 s). */
const AHEAD = 4000 * MS;
const T0 = 1000 * MS;
const DELAY = 2 * MS;

/** 3 s of ticks at 1 kHz, frames every 10 ms, probes every 100 ms, REQUEST_CONTROL + 10 commands. */
function session(): { s: LoadedSession; grid: TickGrid } {
  const n = 3000;
  const ticks = new Trace(n);
  const pose = { position: [0, 0, 0] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
  for (let i = 0; i < n; i++) ticks.push(i, T0 + i * MS, pose, 0, pose, 'IDLE', '', 0);
  const tickOf = (agentNs: number) => Math.ceil((agentNs - T0) / MS);
  const frames: LoadedSession['frames'] = [];
  for (let k = 0; k < 280; k++) {
    const send = T0 + 10 * MS + k * 10 * MS;
    const frame: MasterFrame = { armId: 0, seq: k + 1, captureTimeNs: send + AHEAD, position: [0, 0, 0], orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true };
    frames.push({ tick: tickOf(send + DELAY), arrived: { frame, receiveTimeNs: send + DELAY, sourceId: 's1' }, sizeBytes: 60 });
  }
  const clocks: LoadedSession['clocks'] = [];
  for (let k = 0; k < 29; k++) {
    const t0 = T0 + k * 100 * MS;
    const t1 = t0 + AHEAD + DELAY;
    const t2 = t1 + 0.02 * MS;
    const t3 = t2 - AHEAD + DELAY;
    clocks.push({ tick: tickOf(t3), sample: { sourceId: 's1', agentOriginated: true, t0Ns: t0, t1Ns: t1, t2Ns: t2, t3Ns: t3 } });
  }
  const commands: LoadedSession['commands'] = [
    { tick: tickOf(T0 + 5 * MS), receiveTimeNs: T0 + 5 * MS, sessionId: 's1', type: 'REQUEST_CONTROL', toCore: false, command: null },
  ];
  for (let k = 0; k < 10; k++) {
    const r = T0 + 500 * MS + k * 200 * MS;
    commands.push({ tick: tickOf(r), receiveTimeNs: r, sessionId: 's1', type: 'CLUTCH', toCore: true, command: { id: k + 1, sourceId: 's1', type: 'CLUTCH', flag: k % 2 === 0 } });
  }
  const s: LoadedSession = {
    file: 'synthetic',
    files: ['synthetic'],
    sizeBytes: 0,
    start: { sessionId: 'x', agentVersion: '0', protocol: '1.0', configJson: '{}', startTimeNs: T0, wallClockIso: '', simSeed: 1, armDriver: 'sim', arms: [] },
    frames,
    framesRefused: 0,
    clocks,
    commands,
    controls: [{ tick: tickOf(T0 + 5 * MS), timeNs: T0 + 5 * MS, controllerId: 's1', previousId: null, reason: 'REQUESTED' }],
    ticks,
    armTicks: [],
    events: [],
    damage: null,
  };
  return { s, grid: { length: n, tick: ticks.tick, timeNs: ticks.timeNs } };
}

const link = (p: Partial<ImpairmentParams>): ImpairmentParams => ({ ...IDEAL_LINK, ...p });

describe('clock relation', () => {
  it('recovers the offset from probes, and the recorded one-way delay from the frames', () => {
    const { s } = session();
    const rel = estimateClockRelation(
      s.clocks.map((c) => c.sample),
      s.frames.map((f) => ({ captureNs: f.arrived.frame.captureTimeNs, receiveNs: f.arrived.receiveTimeNs })),
    );
    expect(rel.method).toBe('probes');
    expect(rel.offsetNs).toBeCloseTo(-AHEAD, 0);
    expect(rel.recordedDelayNs).toBeCloseTo(DELAY, 0);
    expect(toConsoleNs(rel, toAgentNs(rel, 123456789))).toBeCloseTo(123456789, 3);
  });

  it('fits drift over a long window, and falls back to frames without probes', () => {
    // Console clock runs 50 ppm fast against the agent's.
    const samples: ClockSample[] = [];
    for (let k = 0; k < 100; k++) {
      const t0 = k * 1e9;
      const c = (a: number) => a * (1 + 50e-6) + 7e9;
      samples.push({ sourceId: 's', agentOriginated: true, t0Ns: t0, t1Ns: c(t0 + MS), t2Ns: c(t0 + MS) + 1000, t3Ns: t0 + 2 * MS + 1000 / (1 + 50e-6) });
    }
    const rel = estimateClockRelation(samples, []);
    expect(rel.drift).toBeCloseTo(-50e-6 / (1 + 50e-6), 8);
    expect(Math.abs(toAgentNs(rel, 50e9 * (1 + 50e-6) + 7e9) - 50e9)).toBeLessThan(2000);
    expect(sampleOffset(samples[0] as ClockSample).rttNs).toBeCloseTo(2 * MS, 0);
    const none = estimateClockRelation([], [{ captureNs: 100, receiveNs: 5100 }, { captureNs: 200, receiveNs: 5150 }]);
    expect(none).toMatchObject({ method: 'frames', offsetNs: 4950, drift: 0 });
  });
});

describe('re-impairment', () => {
  it('an ideal link hands each frame at the tick of its send time, with the recorded delay taken out', () => {
    const { s, grid } = session();
    const r = retimeSession(s, grid, link({}));
    expect(r.schedule.frames).toHaveLength(280);
    for (const [k, x] of r.schedule.frames.entries()) {
      const send = T0 + 10 * MS + k * 10 * MS;
      expect(x.item.receiveTimeNs).toBe(send);
      expect(x.at).toBe(tickIndexAt(grid, send));
      expect(x.item.frame).toBe(s.frames[k]?.arrived.frame);
    }
    expect(r.frameStats.lossRatio).toBe(0);
    expect(r.probesCompleted).toBe(29);
  });

  it('a 50 ms link delays frames by 50 ms and the rebuilt probes measure a 100 ms round trip', () => {
    const { s, grid } = session();
    const r = retimeSession(s, grid, link({ delayNs: 50 * MS }));
    for (const [k, x] of r.schedule.frames.entries()) expect(x.item.receiveTimeNs).toBe(T0 + 10 * MS + k * 10 * MS + 50 * MS);
    for (const c of r.schedule.clocks) {
      const m = sampleOffset(c.item);
      expect(m.rttNs).toBeCloseTo(100 * MS, 0);
      expect(m.offsetNs).toBeCloseTo(-AHEAD, 0);
      expect(grid.timeNs[c.at]).toBeGreaterThanOrEqual(c.item.t3Ns);
    }
    expect(r.frameStats.delayMeanS).toBeCloseTo(0.05, 9);
    // The control change moves with the REQUEST_CONTROL that caused it: 5 ms - 2 ms recorded + 50 ms.
    expect(r.schedule.controls).toEqual([{ at: tickIndexAt(grid, T0 + 53 * MS), item: 's1' }]);
  });

  it('lost commands are sent again after the retransmission timeout and stay in order; lost frames are gone', () => {
    const { s, grid } = session();
    const params = link({ delayNs: 20 * MS, lossRatio: 0.5, seed: 3 });
    const r = retimeSession(s, grid, params);
    expect(r.commandsRetransmitted).toBeGreaterThan(0);
    const cmds = r.schedule.commands.map((c) => c.item.id);
    expect(cmds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((id) => r.schedule.commands.some((c) => c.item.id === id)));
    // Every command arrives unless its retries run past the last tick.
    expect(r.schedule.commands.length + r.arrivedAfterEnd).toBeGreaterThanOrEqual(10);
    const ats = r.schedule.commands.map((c) => c.at);
    expect([...ats].sort((a, b) => a - b)).toEqual(ats);
    expect(commandRetransmitNs(params)).toBe(200 * MS);
    expect(r.frameStats.lossRatio).toBeGreaterThan(0.35);
    expect(r.schedule.frames.length).toBe(r.frameStats.packetsDelivered);
  });

  it('as a TCP stream (the WebSocket): nothing lost or reordered, a lost packet comes a round trip later and the frames behind it wait', () => {
    const { s, grid } = session();
    const params = link({ delayNs: 50 * MS, lossRatio: 0.05, reorderRatio: 0.05, duplicateRatio: 0.05, seed: 4 });
    const dg = retimeSession(s, grid, params, 'datagram');
    const tcp = retimeSession(s, grid, params, 'tcp');
    expect(dg.frameStats.lossRatio).toBeGreaterThan(0.01);
    expect(tcp.frameStats.lossRatio).toBe(0);
    expect(tcp.schedule.frames.length).toBe(s.frames.length);
    // In order, once each, never earlier than the link's delay.
    const seqs = tcp.schedule.frames.map((f) => f.item.frame.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const delays = [...tcp.frameDelays.delayS].filter(Number.isFinite);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0.05);
    // The stalls: a lost frame arrives one fast retransmit later (RTT + ~30 ms), so its followers wait too.
    expect(tcpRetransmitNs(params, 0)).toBe(130 * MS);
    expect(Math.max(...delays)).toBeGreaterThanOrEqual(0.05 + 0.13 - 1e-9);
    const late = delays.filter((d) => d > 0.1).length;
    expect(late).toBeGreaterThan(dg.frameStats.packetsSent - dg.frameStats.packetsDelivered);
  });

  it('is a pure function of the session, the link and its seed', () => {
    const { s, grid } = session();
    const p = link({ delayNs: 30 * MS, jitterNs: 10 * MS, lossRatio: 0.05, meanBurstLength: 2, duplicateRatio: 0.02, reorderRatio: 0.02, seed: 9 });
    const a = retimeSession(s, grid, p);
    const b = retimeSession(s, grid, p);
    expect(b.schedule).toEqual(a.schedule);
    const c = retimeSession(s, grid, { ...p, seed: 10 });
    expect(c.schedule.frames.map((f) => f.at)).not.toEqual(a.schedule.frames.map((f) => f.at));
    // Duplicates reach the core twice; frames within one tick are in arrival order.
    expect(a.schedule.frames.length).toBe(a.frameStats.packetsDelivered + Math.round(a.frameStats.duplicateRatio * a.frameStats.packetsDelivered));
    for (let i = 1; i < a.schedule.frames.length; i++) {
      const x = a.schedule.frames[i - 1]!;
      const y = a.schedule.frames[i]!;
      expect(y.at).toBeGreaterThanOrEqual(x.at);
      if (x.at === y.at) expect(y.item.receiveTimeNs).toBeGreaterThanOrEqual(x.item.receiveTimeNs);
    }
  });
});
