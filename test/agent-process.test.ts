// The agent as a real process (packages/robot-agent/dist/cli.js, built by `npm test`): the CLI's
// messages, the printed URLs, TLS, graceful shutdown on SIGTERM and a SIGKILL mid-session.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { farhand } from '@farhand/protocol';
import { readRecording } from '@farhand/recording';
import { TestClient, sleep, tempDir, waitFor } from './agent-helpers.js';

const pb = farhand.v1;
const CLI = fileURLToPath(new URL('../packages/robot-agent/dist/cli.js', import.meta.url));

function runCli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Running {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  console: string;
  monitor: string;
  port: number;
  token: string;
  observerToken: string;
  recording: string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function start(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const dir = tempDir('proc');
  const child = spawn(process.execPath, [CLI, '--port', '0', '--recording-dir', dir, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => stdout.push(...d.split('\n').filter(Boolean)));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => stderr.push(...d.split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const line = (prefix: string): Promise<string> => waitFor(`"${prefix}" on stdout (stderr: ${stderr.slice(-3).join(' | ')})`, () => stdout.find((l) => l.startsWith(prefix)), 15_000);
  const consoleLine = await line('Console: ');
  const monitorLine = await line('Monitor: ');
  const recordingLine = await line('Recording: ');
  const m = /^Console: (https?):\/\/127\.0\.0\.1:(\d+)\/console\?token=([A-Za-z0-9_-]{16,256})$/.exec(consoleLine);
  if (!m) throw new Error(`unexpected console line: ${consoleLine}`);
  const mo = /^Monitor: https?:\/\/127\.0\.0\.1:(\d+)\/monitor\?token=([A-Za-z0-9_-]{16,256})$/.exec(monitorLine);
  if (!mo) throw new Error(`unexpected monitor line: ${monitorLine}`);
  return {
    child,
    stdout,
    stderr,
    console: consoleLine.slice('Console: '.length),
    monitor: monitorLine.slice('Monitor: '.length),
    port: Number(m[2]),
    token: m[3]!,
    observerToken: mo[2]!,
    recording: recordingLine.slice('Recording: '.length),
    exited,
  };
}

describe('farhand-agent CLI', () => {
  it('--help lists every flag; exit 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^farhand-agent \d+\.\d+\.\d+: the Farhand robot agent/);
    for (const flag of ['--port N', '--host ADDR', '--control-rate HZ', '--telemetry-rate HZ', '--token-surgeon TOKEN', '--recording-dir DIR', '--tls-cert FILE', '--tls-key FILE', '--insecure', '--config FILE', '--core KEY=JSON']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('invalid values stop the start with the exact messages; exit 2', () => {
    const r = runCli(['--port', '70000', '--driver', 'can']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'farhand-agent: invalid config: port = 70000 (from --port): expected an integer from 0 to 65535 (0 picks a free port)\n' +
        'farhand-agent: invalid config: driver = "can" (from --driver): expected one of sim, ros\n',
    );
    const env = runCli([], { FARHAND_TELEMETRY_RATE_HZ: '0' });
    expect(env.stderr).toBe('farhand-agent: invalid config: telemetryRateHz = 0 (from FARHAND_TELEMETRY_RATE_HZ): expected a number of Hz from 1 to 500, at most the control rate\n');
    const core = runCli(['--core', 'limits.maxLinearSpeedMps=7']);
    expect(core.status).toBe(2);
    expect(core.stderr).toBe('farhand-agent: invalid config: core.limits.maxLinearSpeedMps: 7 is not accepted; expected a number between 0.001 and 1 (from --core)\n');
    expect(runCli(['--bogus']).stderr).toBe('farhand-agent: invalid config: unknown flag --bogus: see farhand-agent --help for the accepted flags\n');
    const gc = runCli([], { FARHAND_LOOP_GC: 'fast' });
    expect(gc.status).toBe(2);
    expect(gc.stderr).toBe(
      'farhand-agent: invalid environment: FARHAND_LOOP_GC must be "local" (the default: the loop allocates no ArrayBuffer, so its scavenges do not wait for V8\'s helper threads), ' +
        '"sync-sweep" (also sweep array buffers inside every GC pause, process-wide) or "background" (as before, to compare), got "fast"\n',
    );
  });

  it('refuses a non-loopback bind without TLS unless --insecure', async () => {
    const r = runCli(['--host', '0.0.0.0', '--port', '0', '--no-recording']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'farhand-agent: cannot start: host = "0.0.0.0": binding beyond loopback needs TLS (--tls-cert FILE --tls-key FILE); pass --insecure to bind without TLS anyway (tokens and motion then cross the network in clear)\n',
    );
    const a = await start(['--host', '0.0.0.0', '--insecure', '--no-recording']);
    await waitFor('INSECURE_BIND warning', () => a.stderr.some((l) => l.includes('"code":"INSECURE_BIND"')));
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
  }, 30_000);

  it('prints the console and monitor URLs with fresh tokens; SIGTERM holds, disables, tells the clients why and closes the recording', async () => {
    const a = await start([]);
    const b = await start([]);
    expect(a.token).not.toBe(b.token);
    b.child.kill('SIGTERM');
    const wsUrl = `ws://127.0.0.1:${a.port}/ws`;
    const s = await TestClient.connect(wsUrl, { role: 'SURGEON', token: a.token });
    const o = await TestClient.connect(wsUrl, { role: 'OBSERVER', token: a.observerToken });
    expect(s.welcome?.role).toBe(pb.Role.SURGEON);
    expect(o.welcome?.role).toBe(pb.Role.OBSERVER);
    expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
    const health = (await (await fetch(`http://127.0.0.1:${a.port}/healthz`)).json()) as { status: string; degraded: Array<{ code: string }> };
    // Running: ok, or degraded only by loop timing on a loaded test machine (named, never silent).
    expect(health.status).toBe(health.degraded.length === 0 ? 'ok' : 'degraded');
    for (const d of health.degraded) expect(['LOOP_OVERRUNS', 'LOOP_STALL']).toContain(d.code);
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    await waitFor('close', () => o.closeCode !== null && s.closeCode !== null);
    expect(o.closeCode).toBe(1001);
    expect(o.closeReason).toBe('agent shutting down: SIGTERM');
    expect(o.eventsWith('AGENT_SHUTDOWN')[0]?.message).toBe('The agent is shutting down (SIGTERM): the arm is brought to a hold, then disabled.');
    expect(o.eventsWith('ARM_DISABLED')).toHaveLength(1);
    expect(a.stdout.at(-1)).toMatch(/^Stopped \(SIGTERM\): arm disabled; recording \d+ bytes in .+\.mcap\.$/);
    const rec = await readRecording(a.recording);
    expect(rec.complete).toBe(true);
    expect(rec.controls.map((c) => c.msg.reason)).toEqual(['REQUESTED', 'SHUTDOWN']);
    expect(rec.events.map((e) => e.msg.code)).toEqual(expect.arrayContaining(['CONTROL_TAKEN', 'AGENT_SHUTDOWN', 'ARM_DISABLED']));
    expect(await b.exited).toBe(0);
  }, 40_000);

  it('SIGKILL mid-session: the recording reads back up to the last flushed chunk', async () => {
    const a = await start([]);
    const s = await TestClient.connect(`ws://127.0.0.1:${a.port}/ws`, { role: 'SURGEON', token: a.token });
    await waitFor('telemetry', () => s.telemetry);
    const q = s.telemetry!.measured_cp!.orientation!;
    expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
    const timer = setInterval(() => s.motion({ position: [0, 0, 0], orientation: [q.x!, q.y!, q.z!, q.w!] }), 5);
    await sleep(2500);
    clearInterval(timer);
    const lastSeq = s.motion({ position: [0, 0, 0], orientation: [q.x!, q.y!, q.z!, q.w!] });
    await sleep(50);
    const agentTimeAtKill = Number(s.telemetry!.agent_time_ns);
    a.child.kill('SIGKILL');
    await a.exited;
    const rec = await readRecording(a.recording);
    expect(rec.complete).toBe(false);
    expect(rec.profile).toBe('farhand');
    expect(rec.session?.arm_driver).toBe('sim');
    expect(JSON.parse(rec.session!.config_json)).toMatchObject({ controlRateHz: 1000, sim: { tool: 'LND400006' } });
    // Chunks are flushed every 0.5 s: at most ~1 s of the end is lost.
    const lastTick = rec.ticks.at(-1)!.msg;
    expect(lastTick.time_ns).toBeGreaterThan(agentTimeAtKill - 1e9);
    expect(rec.ticks.length).toBeGreaterThan(1000);
    // Ticks are contiguous up to there, and the frames read back in order with their receive times.
    rec.ticks.forEach((t, i) => expect(t.msg.tick).toBe(i));
    expect(rec.frames.length).toBeGreaterThan(100);
    const lastFrame = rec.frames.at(-1)!.msg;
    expect(lastFrame.frame!.seq).toBeGreaterThan(lastSeq - 250);
    expect(rec.controls[0]?.msg.reason).toBe('REQUESTED');
    await s.close();
  }, 40_000);

  it('TLS: --tls-cert/--tls-key serve https and wss, and allow a non-loopback bind', async () => {
    // A test-only self-signed certificate (test/fixtures/agent-tls-test-README.md).
    const cert = fileURLToPath(new URL('./fixtures/agent-tls-test-cert.pem', import.meta.url));
    const key = fileURLToPath(new URL('./fixtures/agent-tls-test-key.pem', import.meta.url));
    const dir = tempDir('tls');
    const a = await start(['--tls-cert', cert, '--tls-key', key, '--host', '0.0.0.0', '--no-recording']);
    expect(a.console).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/console\?token=/);
    const ws = new WebSocket(`wss://127.0.0.1:${a.port}/ws`, { rejectUnauthorized: false });
    const c = await new Promise<farhand.v1.IWelcome>((resolve, reject) => {
      ws.once('open', () => ws.send(farhand.v1.Envelope.encode({ hello: { protocol_major: 1, role: pb.Role.OBSERVER, token: a.observerToken } }).finish()));
      ws.once('message', (d: Buffer) => resolve(farhand.v1.Envelope.decode(d).welcome!));
      ws.once('error', reject);
    });
    expect(c.role).toBe(pb.Role.OBSERVER);
    ws.terminate();
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(runCli(['--tls-cert', join(dir, 'missing.pem'), '--tls-key', key, '--port', '0', '--no-recording']).stderr).toContain(
      `farhand-agent: cannot start: tls.certFile = "${join(dir, 'missing.pem')}": cannot be read (ENOENT); expected a readable PEM file\n`,
    );
  }, 40_000);

  it('a client that never says Hello is rejected after the handshake timeout', async () => {
    const a = await start(['--no-recording'], { FARHAND_HANDSHAKE_TIMEOUT_S: '0.3' });
    const c = await TestClient.open(`ws://127.0.0.1:${a.port}/ws`);
    await waitFor('reject', () => c.reject, 5000);
    expect(c.reject!.code).toBe(pb.RejectCode.HANDSHAKE_TIMEOUT);
    expect(c.reject!.reason).toBe('No Hello within 0.3 s of connecting; the first message must be a Hello.');
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
  }, 30_000);
});
