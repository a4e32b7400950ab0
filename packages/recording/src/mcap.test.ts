import { McapIndexedReader } from '@mcap/core';
import { describe, expect, it } from 'vitest';
import { ChunkedMcapWriter } from './mcap-writer.js';
import { Recorder } from './recorder.js';
import { readRecordingBytes } from './read.js';
import { loadRecordingSchema } from './schema.js';
import { ROW, TICK_ROW, type RecorderTickBatch } from './tick-rows.js';

function sink(): { chunks: Uint8Array[]; bytes(): Uint8Array; write(b: Uint8Array): void } {
  const chunks: Uint8Array[] = [];
  return {
    chunks,
    write: (b) => void chunks.push(b.slice()),
    bytes: () => Buffer.concat(chunks),
  };
}

function tickBatch(from: number, n: number, marks: number[] = [], reasons: Array<[number, string]> = []): RecorderTickBatch {
  const rows = new Float64Array(n * TICK_ROW);
  for (let i = 0; i < n; i++) {
    const o = i * TICK_ROW;
    rows[o + ROW.tick] = from + i;
    rows[o + ROW.timeNs] = (from + i) * 1e6;
    rows[o + ROW.sp + 6] = 1;
    rows[o + ROW.m + 6] = 1;
    rows[o + ROW.state] = 0;
    rows[o + ROW.op] = 1;
    rows[o + ROW.seq] = -1;
  }
  return { k: 'ticks', rows, n, reasons, marks };
}

const session = {
  session_id: 's-test',
  agent_version: '0.0.0',
  protocol_major: 1,
  protocol_minor: 0,
  config_json: '{}',
  start_time_ns: 0,
  wall_clock_iso: '2025-01-01T00:00:00.000Z',
  sim_seed: 7,
  arm_driver: 'sim',
};

describe('ChunkedMcapWriter + Recorder + readRecordingBytes', () => {
  it('a closed file is complete, indexed (McapIndexedReader opens it) and decodes to what was written', async () => {
    const out = sink();
    const schema = loadRecordingSchema();
    const r = new Recorder(new ChunkedMcapWriter(out), schema, 'test');
    r.on({ k: 'session', start: session });
    r.onTicks(tickBatch(0, 100, [], [[0, 'STARTUP']]));
    r.flush();
    r.onTicks(tickBatch(100, 50));
    r.on({ k: 'event', event: { agent_time_ns: 5, severity: 1, code: 'X', message: 'm', session_id: '', arm_id: 0 } });
    r.end();
    const bytes = out.bytes();
    const rec = readRecordingBytes(bytes);
    expect(rec.complete).toBe(true);
    expect(rec.profile).toBe('farhand');
    expect(rec.session).toMatchObject({ session_id: 's-test', sim_seed: 7 });
    expect(rec.ticks.map((t) => t.msg.tick)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(rec.ticks[0]!.msg.reason).toBe('STARTUP');
    expect(rec.ticks[0]!.msg.last_applied_seq).toBe(0);
    expect(rec.events.map((e) => e.msg.code)).toEqual(['X']);

    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(bytes.byteLength), read: async (o: bigint, n: bigint) => bytes.subarray(Number(o), Number(o + n)) },
    });
    expect(reader.header.profile).toBe('farhand');
    expect([...reader.channelsById.values()].map((c) => c.topic).sort()).toEqual(
      ['/farhand/clock', '/farhand/command', '/farhand/control', '/farhand/event', '/farhand/frame', '/farhand/session', '/farhand/tick', '/farhand/video/capture', '/farhand/video/report'].sort(),
    );
    expect([...reader.schemasById.values()].every((s) => s.encoding === 'protobuf' && s.data.byteLength > 1000)).toBe(true);
    let n = 0;
    for await (const _m of reader.readMessages({ topics: ['/farhand/tick'] })) n++;
    expect(n).toBe(150);
    expect(reader.statistics?.messageCount).toBe(152n);
  });

  it('records the video: each sent frame\'s capture time and each console report (accepted or refused), on channels of their own', () => {
    const out = sink();
    const r = new Recorder(new ChunkedMcapWriter(out), loadRecordingSchema(), 'test');
    r.on({ k: 'session', start: session });
    for (let i = 0; i < 3; i++) r.on({ k: 'videoCapture', captureTimeNs: 1e9 + i * 33_333_333, frameNumber: i, width: 640, height: 480, viewers: 1 });
    const report = { seq: 1, interval_s: 1, glass_to_glass_ms: [74.5, 80.25], frames_displayed: 30, frames_lost: 1, freezes: 0, longest_freeze_ms: 40, bitrate_bps: 8e5, frame_rate_hz: 30, jitter_buffer_ms: NaN };
    r.on({ k: 'videoReport', receiveTimeNs: 2e9, sessionId: 'c-1', report, refused: false, refuseReason: '' });
    r.on({ k: 'videoReport', receiveTimeNs: 3e9, sessionId: 'c-1', report: { ...report, seq: 2, frame_rate_hz: 1e6 }, refused: true, refuseReason: 'OUT_OF_RANGE: video_report.frame_rate_hz: ...' });
    r.end();
    const rec = readRecordingBytes(out.bytes());
    expect(rec.videoCaptures.map((c) => [c.msg.frame_number, c.msg.capture_time_ns, c.msg.width, c.msg.viewers])).toEqual([
      [0, 1e9, 640, 1],
      [1, 1e9 + 33_333_333, 640, 1],
      [2, 1e9 + 66_666_666, 640, 1],
    ]);
    expect(rec.videoCaptures[1]!.logTimeNs - rec.videoCaptures[0]!.logTimeNs).toBe(33_333_333);
    expect(rec.videoReports.map((v) => [v.msg.session_id, v.msg.refused, v.msg.report.seq])).toEqual([
      ['c-1', false, 1],
      ['c-1', true, 2],
    ]);
    expect(rec.videoReports[0]!.msg.report.glass_to_glass_ms).toEqual([74.5, 80.25]);
    expect(rec.videoReports[0]!.msg.report.jitter_buffer_ms).toBeNaN();
    expect(rec.videoReports[1]!.msg.refuse_reason).toMatch(/^OUT_OF_RANGE/);
  });

  it('a file cut anywhere reads back every record up to the last complete chunk', () => {
    const out = sink();
    const r = new Recorder(new ChunkedMcapWriter(out), loadRecordingSchema(), 'test');
    r.on({ k: 'session', start: session });
    const flushedAt: number[] = [];
    for (let k = 0; k < 5; k++) {
      r.onTicks(tickBatch(k * 200, 200));
      r.flush();
      flushedAt.push(out.bytes().byteLength);
    }
    r.onTicks(tickBatch(1000, 30)); // never flushed: lost with the process
    const bytes = out.bytes();
    for (const [k, end] of flushedAt.entries()) {
      for (const cut of [end, end + 1, end + 37]) {
        const rec = readRecordingBytes(bytes.subarray(0, Math.min(cut, bytes.byteLength)));
        expect(rec.complete).toBe(false);
        expect(rec.session?.session_id).toBe('s-test');
        expect(rec.ticks.length).toBe((k + 1) * 200);
      }
    }
  });

  it("records the new controller's master kind in RecordedControl (field 7); unsaid stays unspecified", () => {
    const out = sink();
    const r = new Recorder(new ChunkedMcapWriter(out), loadRecordingSchema(), 'test');
    const base = { k: 'control', timeNs: 1, previousId: '', reason: 'REQUESTED', grantedBy: '' } as const;
    r.on({ ...base, seq: 0, controllerId: 'mtm', masterKind: 'ACTUATED' });
    r.on({ ...base, seq: 1, controllerId: 'browser', masterKind: 'UNACTUATED' });
    r.on({ ...base, seq: 2, controllerId: '' });
    r.onTicks(tickBatch(0, 5, [1, 0, 2, 1, 3, 2]));
    r.end();
    const rec = readRecordingBytes(out.bytes());
    expect(rec.controls.map((c) => [c.msg.controller_session_id, c.msg.master_kind ?? 0])).toEqual([
      ['mtm', 2],
      ['browser', 1],
      ['', 0],
    ]);
  });

  it('matches handed inputs to the tick the loop reports, whichever arrives first', () => {
    const out = sink();
    const r = new Recorder(new ChunkedMcapWriter(out), loadRecordingSchema(), 'test');
    const control = (seq: number, id: string) =>
      ({ k: 'control', seq, timeNs: seq, controllerId: id, previousId: '', reason: 'REQUESTED', grantedBy: '' }) as const;
    r.on(control(0, 'a'));
    r.on(control(1, 'b'));
    // The loop handed seq 0 at tick 3 and seq 1..2 at tick 5; seq 2 arrives after the mark.
    r.onTicks(tickBatch(0, 10, [3, 0, 5, 2]));
    r.on(control(2, 'c'));
    r.on(control(3, 'd')); // never handed: recorded after the last tick
    r.end();
    const rec = readRecordingBytes(out.bytes());
    expect(rec.controls.map((c) => [c.msg.controller_session_id, c.msg.tick])).toEqual([
      ['a', 3],
      ['b', 5],
      ['c', 5],
      ['d', 10],
    ]);
  });
});
