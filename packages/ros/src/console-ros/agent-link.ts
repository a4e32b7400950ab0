// One WebSocket session with a Farhand agent as a SURGEON client: Hello (protocol 1.1, master_kind), Welcome
// or Reject, the agent's clock probes answered at once, commands with ids and their acks, telemetry and
// events handed to the owner. Every message from the agent is decoded and checked by @farhand/protocol.
import WebSocket from 'ws';
import type { Logger } from 'pino';
import { PROTOCOL_MAJOR, PROTOCOL_MINOR, decodeEnvelope, encodeEnvelope, farhand, validateClockProbe, type EnvelopeInit } from '@farhand/protocol';
import { monotonicNs } from '../driver/clock.js';

const pb = farhand.v1;

export type CommandName = 'ENGAGE' | 'DISENGAGE' | 'REQUEST_CONTROL' | 'RELEASE_CONTROL';

export interface Ack {
  ok: boolean;
  reason: string;
}

export interface AgentLinkOptions {
  url: string;
  token: string;
  clientName: string;
  masterKind: 'UNACTUATED' | 'ACTUATED';
  logger: Logger;
  clock?: () => number;
  /** Bound on connect + Welcome, s. */
  handshakeTimeoutS?: number;
  /** Bound on one command's ack, s. */
  ackTimeoutS?: number;
  onTelemetry?: (t: farhand.v1.Telemetry) => void;
  onEvent?: (e: farhand.v1.Event) => void;
  onClose?: (code: number, reason: string) => void;
}

export class AgentLink {
  welcome: farhand.v1.Welcome | null = null;
  framesSent = 0;
  /** Frames not sent because the socket had more than a frame's worth buffered (a slow link). */
  framesDropped = 0;
  private ws: WebSocket | null = null;
  private nextCommandId = 1;
  private readonly pending = new Map<number, { resolve: (a: Ack) => void; timer: NodeJS.Timeout }>();
  private readonly clock: () => number;
  private closed = false;

  constructor(private readonly opts: AgentLinkOptions) {
    this.clock = opts.clock ?? monotonicNs;
  }

  /** Connects and completes the handshake; rejects with a sentence (refused, unreachable, timeout). */
  async connect(): Promise<farhand.v1.Welcome> {
    const { url, logger } = this.opts;
    const ws = new WebSocket(url, { handshakeTimeout: (this.opts.handshakeTimeoutS ?? 5) * 1000 });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    const welcome = await new Promise<farhand.v1.Welcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error(`no Welcome from ${url} within ${this.opts.handshakeTimeoutS ?? 5} s`));
      }, (this.opts.handshakeTimeoutS ?? 5) * 1000);
      let settled = false;
      const settle = (f: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        f();
      };
      ws.on('open', () => {
        this.sendEnvelope({
          hello: {
            protocol_major: PROTOCOL_MAJOR,
            protocol_minor: PROTOCOL_MINOR,
            role: pb.Role.SURGEON,
            token: this.opts.token,
            client_name: this.opts.clientName,
            master_kind: this.opts.masterKind === 'ACTUATED' ? pb.MasterKind.ACTUATED : pb.MasterKind.UNACTUATED,
          },
        });
      });
      ws.on('message', (data: Buffer) => {
        const arrivedNs = this.clock();
        const d = decodeEnvelope(data);
        if (!d.ok) {
          logger.warn({ code: 'AGENT_BAD_MESSAGE', err: d.error.message }, 'undecodable message from the agent');
          return;
        }
        if (!settled) {
          if (d.kind === 'welcome') {
            this.welcome = d.message;
            settle(() => resolve(d.message));
          } else if (d.kind === 'reject') {
            const name = pb.RejectCode[d.message.code] ?? String(d.message.code);
            settle(() => reject(new Error(`the agent refused the session: ${name}: ${d.message.reason}`)));
          }
          return;
        }
        this.onMessage(d.kind, d.message, arrivedNs);
      });
      ws.on('error', (err) => settle(() => reject(new Error(`cannot connect to the agent at ${url}: ${err.message}`))));
      ws.on('close', (code, reason) => {
        settle(() => reject(new Error(`the agent at ${url} closed the connection (${code} ${reason.toString()})`)));
        this.closed = true;
        for (const [, p] of this.pending) {
          clearTimeout(p.timer);
          p.resolve({ ok: false, reason: 'CONNECTION_CLOSED: the connection closed before the ack' });
        }
        this.pending.clear();
        this.opts.onClose?.(code, reason.toString());
      });
    });
    return welcome;
  }

  isOpen(): boolean {
    return !this.closed && this.ws?.readyState === WebSocket.OPEN;
  }

  sessionId(): string {
    return this.welcome?.session_id ?? '';
  }

  command(type: CommandName): Promise<Ack> {
    const id = this.nextCommandId++;
    return new Promise<Ack>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ ok: false, reason: `ACK_TIMEOUT: no ack for ${type} within ${this.opts.ackTimeoutS ?? 2} s` });
      }, (this.opts.ackTimeoutS ?? 2) * 1000);
      this.pending.set(id, { resolve, timer });
      if (!this.sendEnvelope({ command: { id, type: pb.CommandType[type] } })) {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve({ ok: false, reason: 'NOT_CONNECTED: the connection to the agent is not open' });
      }
    });
  }

  /** Sends one frame unless the socket is backed up (then the frame is dropped: the next supersedes it). */
  sendMotion(motion: farhand.v1.MotionFrame.$Properties): boolean {
    if (this.ws && this.ws.bufferedAmount > 64 * 1024) {
      this.framesDropped += 1;
      return false;
    }
    const ok = this.sendEnvelope({ motion });
    if (ok) this.framesSent += 1;
    return ok;
  }

  close(code = 1000, reason = 'console-ros stopping'): void {
    this.closed = true;
    this.ws?.close(code, reason);
  }

  terminate(): void {
    this.closed = true;
    this.ws?.terminate();
  }

  private sendEnvelope(e: EnvelopeInit): boolean {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(encodeEnvelope(e));
    return true;
  }

  private onMessage(kind: string, message: unknown, arrivedNs: number): void {
    if (kind === 'clock') {
      const c = validateClockProbe(message as farhand.v1.ClockProbe);
      if (!c.ok) {
        this.opts.logger.warn({ code: 'AGENT_BAD_MESSAGE', err: c.message }, 'invalid clock probe from the agent');
        return;
      }
      if (!c.probe.reply) {
        this.sendEnvelope({ clock: { id: c.probe.id, t0_ns: c.probe.t0Ns, t1_ns: arrivedNs, t2_ns: this.clock(), reply: true } });
      }
    } else if (kind === 'ack') {
      const a = message as farhand.v1.CommandAck;
      const id = Number(a.id);
      const p = this.pending.get(id);
      if (p) {
        clearTimeout(p.timer);
        this.pending.delete(id);
        p.resolve({ ok: a.ok, reason: a.reason });
      }
    } else if (kind === 'telemetry') {
      this.opts.onTelemetry?.(message as farhand.v1.Telemetry);
    } else if (kind === 'event') {
      this.opts.onEvent?.(message as farhand.v1.Event);
    }
  }
}
