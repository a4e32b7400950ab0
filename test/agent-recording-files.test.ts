// The recording's files through the real agent: a start that fails (busy port) leaves no file; a session
// past recording.maxFileBytes goes on in a second file, each part complete and under the limit, and the
// series replays bit for bit from either file; recording.maxTotalBytes stops the recording (closed
// properly, a stable log code and event) while the arm goes on; log times are Unix epoch.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecording, seriesFiles } from '@farhand/recording';
import { AgentStartError, startAgent } from '../packages/robot-agent/src/index.js';
import { replayFile } from '../packages/workbench/src/replay/replay.js';
import { loadSession } from '../packages/workbench/src/replay/session.js';
import { LogSink, TestClient, sleep, startTestAgent, tempDir, testConfig, waitFor } from './agent-helpers.js';

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

const MiB = 1 << 20;

/** Runs an agent with a surgeon moving the arm for `seconds`; returns what the test needs after it stopped. */
async function movingSession(argv: string[], seconds: number) {
  const { agent, logs, dir } = await startTestAgent(argv);
  cleanup.push(dir);
  const s = await TestClient.connect(agent.urls.ws, { role: 'SURGEON', token: agent.tokens.surgeon, name: 'surgeon' });
  await waitFor('telemetry', () => s.telemetry);
  const q = s.telemetry!.measured_cp!.orientation!;
  const orientation: [number, number, number, number] = [q.x!, q.y!, q.z!, q.w!];
  expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
  const t0 = Date.now();
  const timer = setInterval(() => {
    const w = ((Date.now() - t0) / 1000) * Math.PI;
    s.motion({ position: [0.02 * Math.sin(w), 0.01 * (1 - Math.cos(w)), 0], orientation });
  }, 5);
  await sleep(300);
  expect((await s.command('ENGAGE')).ok).toBe(true);
  const wallStartMs = Date.now();
  await sleep(seconds * 1000);
  const agentTimeBeforeCloseNs = Number(s.telemetry?.agent_time_ns ?? 0);
  clearInterval(timer);
  await s.command('DISENGAGE');
  await sleep(100);
  await s.close();
  const exit = await agent.close('test done');
  return { agent, logs, dir, events: s.events, exit, wallStartMs, agentTimeBeforeCloseNs };
}

describe('recording files through the agent', () => {
  it('a start on a busy port fails and leaves no recording behind', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as AddressInfo).port;
    const dir = tempDir('rec-busy');
    cleanup.push(dir);
    try {
      const config = testConfig(['--port', String(port)], dir);
      const started = startAgent(config, { logDestination: new LogSink() });
      await expect(started).rejects.toThrow(AgentStartError);
      await expect(started).rejects.toThrow(/port = \d+: already in use/);
    } finally {
      busy.close();
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rotates at recording.maxFileBytes; every part is complete and under the limit; the series replays bit for bit', async () => {
    const run = await movingSession(['--recording-compression', 'none', '--recording-max-file-bytes', String(MiB)], 5);
    const files = seriesFiles(run.agent.recordingPath!);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(run.dir).sort()).toEqual(files.map((f) => f.slice(run.dir.length + 1)).sort());
    const rotated = run.logs.lines.filter((l) => l.code === 'RECORDING_ROTATED');
    expect(rotated.map((l) => l.path)).toEqual(files.slice(1));
    expect(run.events.filter((e) => e.code === 'RECORDING_ROTATED').length).toBe(files.length - 1);
    let nextTick = 0;
    for (const [i, f] of files.entries()) {
      expect(statSync(f).size).toBeLessThanOrEqual(MiB);
      const rec = await readRecording(f);
      expect(rec.complete).toBe(true);
      expect(rec.session?.session_id).toBe(run.agent.sessionId);
      expect(rec.ticks[0]!.msg.tick).toBe(nextTick);
      if (i > 0) expect(rotated[i - 1]!.firstTick).toBe(nextTick);
      nextTick = rec.ticks[rec.ticks.length - 1]!.msg.tick + 1;
      // Log times are Unix epoch (Foxglove shows the day of the session); the agent times stay in the records.
      const first = rec.ticks[0]!;
      expect(first.logTimeNs / 1e6).toBeGreaterThan(run.wallStartMs - 60_000);
      expect(first.logTimeNs / 1e6).toBeLessThan(Date.now());
      expect(first.msg.time_ns).toBeLessThan(60e9);
    }
    expect(run.exit.recordingBytes).toBe(files.reduce((n, f) => n + statSync(f).size, 0));

    for (const f of [files[0]!, files[files.length - 1]!]) {
      const { report } = await replayFile(f);
      expect(report.reproduction.identical).toBe(true);
      expect(report.reproduction.ticksCompared).toBe(nextTick);
    }
    // A later part alone cannot be replayed (the core's state at its first tick comes from part 1): said so.
    rmSync(files[0]!);
    await expect(loadSession(files[1]!)).rejects.toThrow(/part 2 of a rotated recording; replay needs the series from part 1 \(.*\.mcap\), which is missing/);
  }, 60_000);

  it('stops recording at recording.maxTotalBytes with a stable code; the file is complete; the arm goes on', async () => {
    const run = await movingSession(['--recording-compression', 'none', '--recording-max-total-bytes', String(MiB), '--recording-max-file-bytes', '0'], 5);
    const files = seriesFiles(run.agent.recordingPath!);
    expect(files).toHaveLength(1);
    expect(statSync(files[0]!).size).toBeLessThanOrEqual(MiB);
    const limit = run.logs.lines.find((l) => l.code === 'RECORDING_LIMIT_REACHED');
    expect(limit).toMatchObject({ limitBytes: MiB, path: files[0] });
    expect(limit!.msg).toMatch(/recording stopped: recording\.maxTotalBytes \(1048576 bytes\) reached/);
    expect(run.events.find((e) => e.code === 'RECORDING_LIMIT_REACHED')?.message).toMatch(/the arm is unaffected/);
    const rec = await readRecording(files[0]!);
    expect(rec.complete).toBe(true);
    const last = rec.ticks[rec.ticks.length - 1]!.msg;
    expect(last.tick).toBe(limit!.lastTick);
    // The loop ran on well past the last recorded tick.
    expect(run.agentTimeBeforeCloseNs).toBeGreaterThan(last.time_ns + 0.5e9);
    const { report } = await replayFile(files[0]!);
    expect(report.reproduction.identical).toBe(true);
  }, 60_000);
});
