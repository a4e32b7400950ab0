// The recording is complete enough to replay: feeding every recorded input at its recorded tick, with
// the recorded tick times, through createRuntime + runTick (what replay does) reproduces every recorded
// setpoint and state bit for bit. The session exercises control changes, clock probes, e-stop from the
// bedside, the reset rules and a fresh engage. (The live loop runs the compiled packages in its worker
// thread and this replay runs the sources: `npm test` builds first, so they are the same code.)
import { describe, expect, it } from 'vitest';
import { commandName, farhand, validateCommand, validateMotionFrame } from '@farhand/protocol';
import type { ArrivedFrame, ClockSample, CoreCommand, CoreCommandType } from '@farhand/latency-core';
import { effectiveConfigFromJson } from '../packages/robot-agent/src/index.js';
import { readRecording } from '@farhand/recording';
import { createRuntime, runTick } from '@farhand/loop';
import { TestClient, sleep, startTestAgent, waitFor } from './agent-helpers.js';

const pb = farhand.v1;
const STATE = (n: number | null | undefined): string => pb.SupervisorState[n ?? 0] ?? String(n);

describe('recording', () => {
  it('e-stop from the bedside latches; only the bedside or the controller resets; motion needs a fresh engage; the session replays bit for bit', async () => {
    const { agent } = await startTestAgent();
    const s = await TestClient.connect(agent.urls.ws, { role: 'SURGEON', token: agent.tokens.surgeon, name: 'surgeon' });
    const o = await TestClient.connect(agent.urls.ws, { role: 'OBSERVER', token: agent.tokens.observer, name: 'bedside' });
    const e = await TestClient.connect(agent.urls.ws, { role: 'ENGINEER', token: agent.tokens.engineer, name: 'engineer' });
    await waitFor('telemetry', () => s.telemetry);
    const q = s.telemetry!.measured_cp!.orientation!;
    const orientation: [number, number, number, number] = [q.x!, q.y!, q.z!, q.w!];
    expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
    let t0 = Date.now();
    const timer = setInterval(() => {
      const w = ((Date.now() - t0) / 1000) * 2 * Math.PI;
      s.motion({ position: [0.02 * Math.sin(w), 0.01 * (1 - Math.cos(w)), 0], orientation });
    }, 5);
    await sleep(500);
    t0 = Date.now();
    expect((await s.command('ENGAGE')).ok).toBe(true);
    await waitFor('FOLLOWING', () => STATE(s.telemetry?.state) === 'FOLLOWING', 2000);
    await sleep(700);

    const stop = await o.command('ESTOP');
    expect(stop.ok).toBe(true);
    await waitFor('ESTOPPED', () => STATE(s.telemetry?.state) === 'ESTOPPED', 2000);
    const engageLatched = await s.command('ENGAGE');
    expect(engageLatched.ok).toBe(false);
    expect(engageLatched.reason).toMatch(/^LATCHED_ESTOP/);
    expect((await e.command('RESET_FAULT')).reason).toBe(
      'NOT_PERMITTED: RESET_FAULT is not accepted from an engineer; it is accepted from the bedside observer or the surgeon holding control.',
    );
    expect((await o.command('RESET_FAULT')).ok).toBe(true);
    await waitFor('reset', () => STATE(s.telemetry?.state) !== 'ESTOPPED', 2000);
    await sleep(300);
    // Reset does not resume motion: the arm holds until a fresh ENGAGE.
    expect(['IDLE', 'HOLDING']).toContain(STATE(s.telemetry?.state));
    t0 = Date.now();
    expect((await s.command('ENGAGE')).ok).toBe(true);
    await waitFor('FOLLOWING again', () => STATE(s.telemetry?.state) === 'FOLLOWING', 2000);
    await sleep(500);
    clearInterval(timer);
    expect((await s.command('RELEASE_CONTROL')).ok).toBe(true);
    await sleep(200);
    for (const c of [s, o, e]) await c.close();
    await agent.close('test done');

    const rec = await readRecording(agent.recordingPath!);
    expect(rec.complete).toBe(true);
    // Every command, with who sent it, in what role, the ack, and whether the core decided it.
    const cmds = rec.commands.map((c) => [commandName(c.msg.command.type), pb.Role[c.msg.role], c.msg.ack.ok, c.msg.to_core]);
    expect(cmds).toEqual([
      ['REQUEST_CONTROL', 'SURGEON', true, false],
      ['ENGAGE', 'SURGEON', true, true],
      ['ESTOP', 'OBSERVER', true, true],
      ['ENGAGE', 'SURGEON', false, true],
      ['RESET_FAULT', 'ENGINEER', false, false],
      ['RESET_FAULT', 'OBSERVER', true, true],
      ['ENGAGE', 'SURGEON', true, true],
      ['RELEASE_CONTROL', 'SURGEON', true, false],
    ]);
    expect(rec.clocks.length).toBeGreaterThan(10);
    expect(rec.events.map((x) => x.msg.code)).toEqual(expect.arrayContaining(['ESTOP', 'ENGAGED', 'CONTROL_TAKEN', 'CONTROL_RELEASED', 'MASTER_UNACTUATED']));

    // Replay: the recorded config, the recorded inputs at their ticks, the recorded tick times.
    const eff = effectiveConfigFromJson(rec.session!.config_json);
    if (!eff.ok) throw new Error(eff.errors.join('; '));
    const { core, arm } = await createRuntime(eff.config);
    const byTick = <T extends { msg: { tick: number } }>(xs: T[]): Map<number, T[]> => {
      const m = new Map<number, T[]>();
      for (const x of xs) m.set(x.msg.tick, [...(m.get(x.msg.tick) ?? []), x]);
      return m;
    };
    const frames = byTick(rec.frames.filter((f) => !f.msg.refused));
    const clocks = byTick(rec.clocks);
    const commands = byTick(rec.commands.filter((c) => c.msg.to_core));
    const controls = byTick(rec.controls);
    let controllerId: string | null = null;
    let compared = 0;
    let moving = 0;
    for (const t of rec.ticks) {
      const k = t.msg.tick;
      for (const c of controls.get(k) ?? []) controllerId = c.msg.controller_session_id === '' ? null : c.msg.controller_session_id;
      const arrived: ArrivedFrame[] = (frames.get(k) ?? []).map((f) => {
        const v = validateMotionFrame(f.msg.frame!);
        if (!v.ok) throw new Error(`recorded frame fails validation: ${v.message}`);
        return { frame: v.frame, receiveTimeNs: f.msg.receive_time_ns, sourceId: f.msg.session_id };
      });
      const samples: ClockSample[] = (clocks.get(k) ?? []).map((c) => ({
        sourceId: c.msg.session_id,
        agentOriginated: c.msg.agent_originated,
        t0Ns: c.msg.probe.t0_ns,
        t1Ns: c.msg.probe.t1_ns,
        t2Ns: c.msg.probe.t2_ns,
        t3Ns: c.msg.probe.t3_ns,
      }));
      const cmds: CoreCommand[] = (commands.get(k) ?? []).map((c) => {
        const v = validateCommand(c.msg.command);
        if (!v.ok) throw new Error(v.message);
        return {
          id: v.command.id,
          sourceId: c.msg.session_id,
          type: v.command.type as CoreCommandType,
          ...(v.command.scale !== undefined ? { scale: v.command.scale } : {}),
          ...(v.command.flag !== undefined ? { flag: v.command.flag } : {}),
        };
      });
      const { output, reading } = runTick(core, arm, t.msg.time_ns, { frames: arrived, clockSamples: samples, commands: cmds, controllerId });
      expect(reading.measured_js, `arm reading at tick ${k}`).toEqual(t.msg.measured_js);
      const sp = t.msg.setpoint_cp;
      expect([output.setpoint_cp.position, output.setpoint_cp.orientation], `setpoint at tick ${k}`).toEqual([
        [sp.position.x, sp.position.y, sp.position.z],
        [sp.orientation.x, sp.orientation.y, sp.orientation.z, sp.orientation.w],
      ]);
      expect(output.state).toBe(STATE(t.msg.state));
      if (STATE(t.msg.state) === 'FOLLOWING') moving++;
      compared++;
    }
    expect(compared).toBe(rec.ticks.length);
    expect(moving).toBeGreaterThan(200);
  }, 40_000);
});
