// The loop's warm-up (packages/robot-agent/src/loop/warmup.ts) leaves no trace in the live session: an
// agent started with it records no warm-up tick, input or event, its first ticks are those of an agent
// started without it (same config, same simulator seed), and its recording replays bit for bit.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { replayFile } from '../packages/workbench/src/replay/replay.js';
import { loadSession, type LoadedSession } from '../packages/workbench/src/replay/session.js';
import { sleep, startTestAgent } from './agent-helpers.js';

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

/** An idle session of ~0.4 s from an agent started with FARHAND_LOOP_WARMUP=ticks. */
async function idleSession(ticks: string, argv: string[] = []): Promise<{ session: LoadedSession; warmup: unknown; file: string }> {
  const before = process.env.FARHAND_LOOP_WARMUP;
  process.env.FARHAND_LOOP_WARMUP = ticks;
  let started;
  try {
    started = await startTestAgent(argv);
  } finally {
    if (before === undefined) delete process.env.FARHAND_LOOP_WARMUP;
    else process.env.FARHAND_LOOP_WARMUP = before;
  }
  const { agent, logs, dir } = started;
  cleanup.push(dir);
  await sleep(400);
  await agent.close('test done');
  const file = agent.recordingPath!;
  const warmup = logs.lines.find((l) => l.code === 'AGENT_STARTED')?.loopWarmup;
  return { session: await loadSession(file), warmup, file };
}

describe('the loop warm-up', () => {
  for (const arms of [[], ['--arms', 'PSM1,PSM2,ECM']]) {
    const what = arms.length ? 'several arms' : 'one arm';
    it(`${what}: records no warm-up tick or input, starts as without it, replays bit for bit`, async () => {
      const on = await idleSession('1500', arms);
      const off = await idleSession('0', arms);
      expect(on.warmup).toMatchObject({ ticks: 1500 });
      expect((on.warmup as { ms: number }).ms).toBeGreaterThan(0);
      expect(off.warmup).toEqual({ ticks: 0, ms: 0 });
      const s = on.session;
      expect(s.damage).toBeNull();
      // The live loop's ticks from 0, contiguous; none of the warm-up's inputs, commands or events.
      expect(s.ticks.length).toBeGreaterThan(100);
      expect(s.ticks.tick[0]).toBe(0);
      for (let i = 1; i < s.ticks.length; i++) expect(s.ticks.tick[i]).toBe(i);
      expect(s.frames).toEqual([]);
      expect(s.clocks).toEqual([]);
      expect(s.commands).toEqual([]);
      expect(s.events.filter((e) => JSON.stringify(e).includes('warmup'))).toEqual([]);
      // The same first ticks as the agent without warm-up: same states and reasons, same setpoints (the
      // simulator's measured pose is not compared: it integrates from time 0 to the first tick, whose time
      // depends on how long the agent took to start, warm-up or not).
      const n = Math.min(100, off.session.ticks.length);
      const cols = (t: LoadedSession['ticks']) => ({
        state: [...t.state.slice(0, n)],
        reason: [...t.reason.slice(0, n)],
        setpoint: [...t.setpoint.slice(0, n * 7)],
        jaw: [...t.jaw.slice(0, n)],
      });
      expect(cols(s.ticks)).toEqual(cols(off.session.ticks));
      expect(s.armTicks.length).toBe(off.session.armTicks.length);
      for (let k = 0; k < s.armTicks.length; k++) expect(cols(s.armTicks[k]!)).toEqual(cols(off.session.armTicks[k]!));
      const { report } = await replayFile(on.file);
      expect(report.reproduction.identical).toBe(true);
      expect(report.reproduction.ticksCompared).toBe(s.ticks.length);
    }, 60_000);
  }
});
