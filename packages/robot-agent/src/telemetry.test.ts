// Telemetry and /metrics carry the core's delay breakdown, the jump refusals apart from loss, and the
// orientation mode in force (issue 16).
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, farhand } from '@farhand/protocol';
import type { LinkFigures } from '@farhand/latency-core';
import { encodeTelemetry } from './telemetry.js';
import { AgentMetrics } from './metrics.js';
import type { LoopStats, Snapshot } from './loop/messages.js';

const pose = { position: [0, 0, -0.1] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
const link: LinkFigures = {
  rttS: 0.2, oneWayDelayS: 0.1, jitterS: 0.004, lossRatio: 0, playoutDelayS: 0.1385,
  framesReceived: 1000, framesLate: 2, framesDropped: 3, framesRefused: 40, framesRefusedJump: 37, framesLost: 5,
  frameRateHz: 100, clockOffsetS: 3600, clockUncertaintyS: 0.0001, clockSynced: true,
  totalDelayS: 0.1384, filterDelayS: -0.0006, tickDelayS: 0.0005, tremorFilterCausal: false,
};
const snap: Snapshot = {
  k: 'snap', tick: 10, timeNs: 1e9, state: 'FOLLOWING', reason: 'ENGAGED', setpoint_cp: pose, jaw_setpoint_rad: 0, setpoint_js: [],
  lastAppliedSeq: 99, master_cp: pose, motionScale: 0.2, masterKind: 'UNACTUATED', link, measured_cp: pose, measured_js: [0, 0, 0.12, 0, 0, 0],
  jaw_measured_rad: 0, operating_state: 'ENABLED', controllerId: 's1',
  loop: { ticks: 10, overruns: 0, marginUs: 50, spinNs: 0, elapsedNs: 1e7, threadCpuS: 0 },
  samples: { periodNs: [], latenessNs: [], workNs: [] },
};

describe('telemetry and metrics: delay breakdown, jump refusals, master kind', () => {
  it('Telemetry carries total/filter/tick delay, tremor_filter_causal, master_kind, frames_refused_jump and frames_lost', () => {
    const r = decodeEnvelope(encodeTelemetry(snap, { armId: 0, controllerRefused: 2, recording: false, recordingBytes: 0, periodErrorP99S: 0, motionTransport: 1, controllerFramesRtc: 0 }));
    if (!r.ok || r.kind !== 'telemetry') throw new Error('not a telemetry envelope');
    const t = r.message as farhand.v1.Telemetry;
    expect(t.total_delay_s).toBe(0.1384);
    expect(t.filter_delay_s).toBe(-0.0006);
    expect(t.tick_delay_s).toBe(0.0005);
    expect(t.tremor_filter_causal).toBe(false);
    expect(t.master_kind).toBe(farhand.v1.MasterKind.UNACTUATED);
    expect(t.link!.frames_refused).toBe(42);
    expect(Number(t.link!.frames_refused_jump)).toBe(37);
    expect(Number(t.link!.frames_lost)).toBe(5);
    const actuated = decodeEnvelope(encodeTelemetry({ ...snap, masterKind: 'ACTUATED', link: { ...link, tremorFilterCausal: true } }, { armId: 0, controllerRefused: 0, recording: false, recordingBytes: 0, periodErrorP99S: 0, motionTransport: 1, controllerFramesRtc: 0 }));
    if (!actuated.ok || actuated.kind !== 'telemetry') throw new Error('not a telemetry envelope');
    expect((actuated.message as farhand.v1.Telemetry).master_kind).toBe(farhand.v1.MasterKind.ACTUATED);
    expect((actuated.message as farhand.v1.Telemetry).tremor_filter_causal).toBe(true);
  });

  it('/metrics exposes the delay figures and the refused-jump and lost counts', async () => {
    const m = new AgentMetrics(1000);
    const stats: LoopStats = { ticks: 10, overruns: 0, periodErrorP50Us: 1, periodErrorP99Us: 2, periodErrorMaxUs: 3, latenessP99Us: 1, workP99Us: 5, workMaxUs: 9, marginUs: 50, spinFraction: 0.1, threadCpuS: 0, threadCpuFraction: 0.1 };
    m.onSnapshot(snap, stats);
    const text = await m.registry.metrics();
    expect(text).toContain('farhand_link_total_delay_seconds 0.1384');
    expect(text).toContain('farhand_link_filter_delay_seconds -0.0006');
    expect(text).toContain('farhand_link_tick_delay_seconds 0.0005');
    expect(text).toContain('farhand_link_tremor_filter_causal 0');
    expect(text).toContain('farhand_core_frames{kind="refused_jump"} 37');
    expect(text).toContain('farhand_core_frames{kind="lost"} 5');
  });
});
