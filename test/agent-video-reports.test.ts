// Consoles' video reports (Envelope.video_report, issue 14) at a live agent over real sockets: accepted
// ones reach /metrics (a histogram and counters that pass promtool), the Telemetry's video figures and the
// recording; hostile ones (out of bounds, floods, stale, undecodable) are refused and counted, and never
// touch the arm: a following arm under a storm of them keeps its setpoint to the nanometre and its state.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farhand } from '@farhand/protocol';
import { readRecording } from '@farhand/recording';
import type { Agent } from '../packages/robot-agent/src/index.js';
import { TestClient, metricValue, sleep, startTestAgent, waitFor } from './agent-helpers.js';
import { fromWire, stream } from './trajectory.js';

const pb = farhand.v1;
const STATE = (n: number | null | undefined): string => pb.SupervisorState[n ?? 0] ?? String(n);

const report = (seq: number, o: Partial<farhand.v1.IVideoReport> = {}): farhand.v1.IVideoReport => ({
  seq,
  interval_s: 1,
  glass_to_glass_ms: [60, 70, 80, 90, 200],
  frames_displayed: 30,
  frames_lost: 2,
  freezes: 1,
  longest_freeze_ms: 250,
  bitrate_bps: 800_000,
  frame_rate_hz: 30,
  jitter_buffer_ms: 15,
  decode_ms: 3,
  width: 320,
  height: 240,
  ...o,
});

let agent: Agent;
const clients: TestClient[] = [];

beforeAll(async () => {
  ({ agent } = await startTestAgent(['--video', 'test', '--video-size', '320x240', '--core', 'staleLinkTimeoutS=1']));
  await waitFor('first snapshot', () => agent.snapshot());
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await agent?.close('test done');
});

async function connect(role: 'SURGEON' | 'OBSERVER', name: string): Promise<TestClient> {
  const c = await TestClient.connect(agent.urls.ws, { role, token: agent.tokens[role === 'SURGEON' ? 'surgeon' : 'observer'], name });
  clients.push(c);
  return c;
}

/** promtool with stdin, without blocking the event loop; ok false if it cannot be run. */
function promtool(args: string[], input: string): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    const p = spawn('promtool', args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: 10_000 });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', () => resolve({ ok: false, out }));
    p.on('close', (code) => resolve({ ok: code === 0, out: args[0] === '--version' ? '' : out }));
    p.stdin.end(input);
  });
}

const metrics = async (): Promise<string> => (await fetch(agent.urls.metrics)).text();

describe('video reports from consoles', () => {
  it('accepted: /metrics (histogram of every sample, counters), the Telemetry echo, promtool-clean', async () => {
    const c = await connect('SURGEON', 'reporter');
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    c.sendEnvelope({ video_report: report(1) });
    c.sendEnvelope({ video_report: report(2, { glass_to_glass_ms: [75], frames_lost: 0, freezes: 0, longest_freeze_ms: 40 }) });
    c.sendEnvelope({ video_report: report(2) }); // a repeat: stale, dropped
    let text = '';
    await waitFor('reports counted', async () => {
      text = await metrics();
      return metricValue(text, 'farhand_video_reports_total', { result: 'accepted' }) === 2;
    });
    text = await metrics();
    expect(metricValue(text, 'farhand_video_reports_total', { result: 'stale' })).toBe(1);
    expect(metricValue(text, 'farhand_video_glass_to_glass_seconds_count')).toBe(6);
    expect(metricValue(text, 'farhand_video_glass_to_glass_seconds_bucket', { le: '0.08' })).toBe(4);
    expect(metricValue(text, 'farhand_video_glass_to_glass_seconds_sum')).toBeCloseTo(0.575, 9);
    expect(metricValue(text, 'farhand_video_frames_lost_total')).toBe(2);
    expect(metricValue(text, 'farhand_video_freezes_total')).toBe(1);
    expect(metricValue(text, 'farhand_video_frames_displayed_total')).toBe(60);
    expect(metricValue(text, 'farhand_video_received_bytes_per_second')).toBe(100_000);
    expect(metricValue(text, 'farhand_video_jitter_buffer_seconds')).toBeCloseTo(0.015, 9);
    const v = await waitFor('Telemetry.video from the controller', () => (c.telemetry?.video?.session_id === c.sessionId ? c.telemetry.video : null));
    expect(v).toMatchObject({ glass_to_glass_p50_ms: 75, glass_to_glass_p99_ms: 75, frame_rate_hz: 30, frames_lost: 2, freezes: 1, longest_freeze_ms: 250 });
    expect(v.report_age_s).toBeLessThan(2);
    // Asynchronously: this process's client must keep talking, or it loses control for silence
    // (limits.controllerSilenceS, 2 s) while promtool runs on a loaded machine.
    const probe = await promtool(['--version'], '');
    if (probe.ok) {
      const r = await promtool(['check', 'metrics'], text);
      expect(r.out).toBe('');
    } else process.stdout.write('agent-video-reports: promtool not found, the metrics lint is skipped (install Debian\'s prometheus package)\n');
    expect((await c.command('RELEASE_CONTROL')).ok).toBe(true);
  });

  it('hostile reports (out of bounds, floods, stale, undecodable) are refused and counted, and never move a following arm', async () => {
    const s = await connect('SURGEON', 'surgeon');
    const o = await connect('OBSERVER', 'hostile observer');
    await waitFor('telemetry', () => s.telemetry);
    const q = fromWire(s.telemetry!.measured_cp!).q;
    expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
    const motion = stream(s, 100, () => ({ p: [0.01, 0.02, 0.03], q }));
    try {
      await sleep(500);
      const engage = await s.command('ENGAGE');
      expect(engage.ok, engage.reason).toBe(true);
      await waitFor('FOLLOWING', () => STATE(s.telemetry?.state) === 'FOLLOWING', 3000);
      await sleep(700); // settled on the still hand
      const p0 = { ...s.telemetry!.setpoint_cp!.position! };
      const refusedFrames0 = s.telemetry!.link!.frames_refused ?? 0;
      const before = await metrics();
      const refused0 = metricValue(before, 'farhand_video_reports_total', { result: 'refused' });
      const limited0 = metricValue(before, 'farhand_video_reports_total', { result: 'rate_limited' });

      // The storm: from the controller itself and from an observer, for 1.5 s.
      const bad: Partial<farhand.v1.IVideoReport>[] = [
        { glass_to_glass_ms: [1e30] },
        { glass_to_glass_ms: [NaN] },
        { frames_displayed: 4_000_000_000 },
        { interval_s: -1 },
        { frame_rate_hz: Infinity },
        { freezes: 1_000_000 },
        { bitrate_bps: -5 },
        { glass_to_glass_ms: Array.from({ length: 900 }, () => 50) },
      ];
      let seq = 100;
      const states = new Set<string>();
      let maxDevM = 0;
      const t0 = Date.now();
      while (Date.now() - t0 < 1500) {
        for (const c of [s, o]) {
          c.sendEnvelope({ video_report: report(seq++, bad[seq % bad.length]) });
          c.sendEnvelope({ video_report: report(1) }); // stale after the first
          // Field 40 with bytes that are not a VideoReport.
          c.sendRaw(Buffer.from([0xc2, 0x02, 0x05, 0xff, 0xff, 0xff, 0xff, 0xff]));
        }
        const p = s.telemetry!.setpoint_cp!.position!;
        maxDevM = Math.max(maxDevM, Math.hypot(p.x! - p0.x!, p.y! - p0.y!, p.z! - p0.z!));
        states.add(STATE(s.telemetry?.state));
        await sleep(10);
      }
      await sleep(200);
      const p1 = s.telemetry!.setpoint_cp!.position!;
      maxDevM = Math.max(maxDevM, Math.hypot(p1.x! - p0.x!, p1.y! - p0.y!, p1.z! - p0.z!));
      expect([...states]).toEqual(['FOLLOWING']);
      expect(STATE(s.telemetry?.state)).toBe('FOLLOWING');
      expect(maxDevM).toBeLessThan(1e-9);
      expect(s.telemetry!.link!.frames_refused ?? 0).toBe(refusedFrames0);
      const after = await metrics();
      expect(metricValue(after, 'farhand_video_reports_total', { result: 'refused' })).toBeGreaterThan(refused0);
      expect(metricValue(after, 'farhand_video_reports_total', { result: 'rate_limited' })).toBeGreaterThan(limited0);
      expect(metricValue(after, 'farhand_messages_refused_total', { session: o.sessionId, reason: 'VIDEO_REPORT_REFUSED' })).toBeGreaterThan(0);
      expect(metricValue(after, 'farhand_messages_refused_total', { session: s.sessionId, reason: 'MALFORMED' })).toBeGreaterThan(0);
      // Every hostile sample was refused, none reached the histogram (all of them are beyond 10 s or not numbers).
      expect(metricValue(after, 'farhand_video_glass_to_glass_seconds_bucket', { le: '+Inf' })).toBe(metricValue(after, 'farhand_video_glass_to_glass_seconds_bucket', { le: '5' }));
      // Each sender was told why (a few notices a second), and both sessions are still open.
      const told = o.eventsWith('MESSAGE_REFUSED').map((e) => e.message);
      expect(told.some((m) => /^VIDEO_REPORT_REFUSED: (OUT_OF_RANGE|NOT_FINITE): video_report\./.test(m))).toBe(true);
      expect(o.closeCode).toBeNull();
      expect(s.closeCode).toBeNull();
      expect((await s.command('DISENGAGE')).ok).toBe(true);
    } finally {
      motion.stop();
    }
  });

  it('only from an authenticated session: a report before Hello is a failed handshake, and not counted', async () => {
    const before = metricValue(await metrics(), 'farhand_video_reports_total', { result: 'accepted' });
    const c = await TestClient.open(agent.urls.ws);
    clients.push(c);
    c.sendEnvelope({ video_report: report(1) });
    await waitFor('Reject', () => c.reject);
    expect(c.reject!.code).toBe(pb.RejectCode.BAD_HELLO);
    expect(metricValue(await metrics(), 'farhand_video_reports_total', { result: 'accepted' })).toBe(before);
  });

  it('the recording keeps every report (accepted and refused, with the reason) on /farhand/video/report', async () => {
    const path = agent.recordingPath!;
    for (const c of clients.splice(0)) await c.close();
    await agent.close('test done');
    const rec = await readRecording(path);
    const accepted = rec.videoReports.filter((r) => !r.msg.refused);
    // The first session's 1 and 2; in the storm, each new session's first report(1) (its repeats are stale).
    expect(accepted.map((r) => r.msg.report.seq)).toEqual([1, 2, 1, 1]);
    const refused = rec.videoReports.filter((r) => r.msg.refused);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => /^(OUT_OF_RANGE|NOT_FINITE): video_report\./.test(r.msg.refuse_reason))).toBe(true);
    // No viewer, so the source never ran and no capture was recorded.
    expect(rec.videoCaptures).toHaveLength(0);
  });
});
