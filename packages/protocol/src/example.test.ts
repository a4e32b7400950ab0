// The README's minimal client (examples/minimal-client.mjs, included in the README verbatim) must work:
// run it as a separate process against a small agent built from this package's codec and validators,
// on 127.0.0.1 with a free port, and check every message it sent.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeEnvelope, encodeEnvelope, type EnvelopeInit } from './codec.js';
import { farhand } from './gen/farhand.js';
import { validateMotionFrame, type MasterFrame } from './motion.js';
import { validateClockProbe, validateCommand, validateHello, type ValidCommand } from './validate.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const example = fileURLToPath(new URL('../examples/minimal-client.mjs', import.meta.url));
const TOKEN = 'test-token-0123456789';

interface Seen {
  hello: string[];
  probes: string[];
  commands: ValidCommand[];
  frames: MasterFrame[];
  refused: string[];
}

/** A tiny agent: checks everything the client sends with the package's own decoder and validators. */
async function miniAgent(): Promise<{ url: string; seen: Seen; close: () => Promise<void> }> {
  const seen: Seen = { hello: [], probes: [], commands: [], frames: [], refused: [] };
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const t0 = process.hrtime.bigint();
  const agentNs = () => Number(process.hrtime.bigint() - t0) + 1e9;
  wss.on('connection', (ws: WebSocket) => {
    const send = (e: EnvelopeInit) => ws.send(encodeEnvelope(e));
    let welcomed = false;
    let probeT0 = 0;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      const d = decodeEnvelope(isBinary ? data : String(data));
      if (!d.ok) return void seen.refused.push(`${d.error.code}: ${d.error.message}`);
      if (!welcomed) {
        const h = d.kind === 'hello' ? validateHello(d.message) : null;
        if (!h || !h.ok || h.hello.token !== TOKEN) {
          send({ reject: { code: h && !h.ok ? h.reject : farhand.v1.RejectCode.BAD_TOKEN, reason: h && !h.ok ? h.message : 'The token is not valid for this agent.' } });
          ws.close(1008);
          return;
        }
        welcomed = true;
        seen.hello.push(`${h.hello.role} ${h.hello.clientName} ${h.hello.major}.${h.hello.minor}`);
        send({ welcome: { session_id: 's-test', agent_version: '0.0.0', protocol_major: 1, role: farhand.v1.Role.SURGEON, arm_ids: [0], agent_time_ns: agentNs(), control_rate_hz: 1000, telemetry_rate_hz: 100 } });
        probeT0 = agentNs();
        send({ clock: { id: 41, t0_ns: probeT0 } });
        return;
      }
      if (d.kind === 'clock') {
        const c = validateClockProbe(d.message);
        if (!c.ok) return void seen.refused.push(c.message);
        seen.probes.push(`${c.probe.id} ${c.probe.reply} ${c.probe.t0Ns === probeT0} ${c.probe.t2Ns >= c.probe.t1Ns}`);
      } else if (d.kind === 'command') {
        const c = validateCommand(d.message, { armIds: [0] });
        if (!c.ok) return void seen.refused.push(c.message);
        seen.commands.push(c.command);
        send({ ack: { id: c.command.id, ok: true, type: farhand.v1.CommandType[c.command.type] } });
        if (c.command.type === 'ENGAGE') {
          send({ event: { agent_time_ns: agentNs(), severity: farhand.v1.Severity.INFO, code: 'ENGAGED', message: 'Following the surgeon.' } });
          send({ telemetry: { agent_time_ns: agentNs(), state: farhand.v1.SupervisorState.FOLLOWING } });
        }
      } else if (d.kind === 'motion') {
        const m = validateMotionFrame(d.message, { armIds: [0] });
        if (!m.ok) return void seen.refused.push(m.message);
        seen.frames.push(m.frame);
      } else seen.refused.push(`unexpected ${d.kind}`);
    });
  });
  const port = (wss.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    seen,
    close: () => new Promise<void>((resolve) => {
      for (const c of wss.clients) c.terminate();
      wss.close(() => resolve());
    }),
  };
}

function runExample(url: string, token: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [example, url, token], { cwd: pkg, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000); // bounded: it stops by itself in ~2.5 s
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe('README minimal client example', () => {
  it('is included in the README verbatim', () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    expect(readme).toContain('```js\n' + readFileSync(example, 'utf8') + '```');
  });

  it('completes a session that passes every check: handshake, probe answer, control, engage, 2 s of frames', async () => {
    const agent = await miniAgent();
    try {
      const { code, out } = await runExample(agent.url, TOKEN);
      expect(out).toContain('welcome: session s-test, protocol 1.0, arms 0');
      expect(out).toContain('ack ENGAGE: ok');
      expect(out).toContain('event INFO ENGAGED: Following the surgeon.');
      expect(code, out).toBe(0);
      const { seen } = agent;
      expect(seen.refused).toEqual([]);
      expect(seen.hello).toEqual(['SURGEON minimal-client 1.0']);
      expect(seen.probes).toEqual(['41 true true true']);
      expect(seen.commands.map((c) => c.type)).toEqual(['REQUEST_CONTROL', 'ENGAGE', 'DISENGAGE', 'RELEASE_CONTROL']);
      expect(seen.frames).toHaveLength(200);
      for (let i = 1; i < seen.frames.length; i++) {
        expect(seen.frames[i]!.seq).toBe(seen.frames[i - 1]!.seq + 1);
        expect(seen.frames[i]!.captureTimeNs).toBeGreaterThan(seen.frames[i - 1]!.captureTimeNs);
      }
      expect(seen.frames.every((f) => f.operatorPresent && Math.hypot(f.position[0], f.position[1]) < 0.0201)).toBe(true);
    } finally {
      await agent.close();
    }
  });

  it('reports a rejection and exits non-zero', async () => {
    const agent = await miniAgent();
    try {
      const { code, out } = await runExample(agent.url, 'wrong-token');
      expect(out).toContain('rejected: BAD_TOKEN: The token is not valid for this agent.');
      expect(code).toBe(1);
    } finally {
      await agent.close();
    }
  });
});
