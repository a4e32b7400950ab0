// The WebSocket side of the agent: a connection's lifecycle and the dispatch of what it sends, checked
// before anything reaches the loop, and what goes out to everyone (telemetry, events, clock probes).
// The decisions live beside it, one concern a file: handshake.ts (admission, Hello, tokens, Welcome or
// Reject), inputs.ts (motion frames and clock probes), commands.ts (validation, roles, acks), control.ts
// (the control lock and handover), refusals.ts (what a refused message costs its sender). A message that
// fails a check is refused with a reason the client can show, counted and recorded; it never reaches the
// core. Nothing here waits on the loop: an input is queued for the next tick and main moves on.
// Housekeeping, ten times a second: pings every client and closes those that stop answering, takes the
// control lock from a controller that has gone silent (the arm holds), and writes refusal summaries.
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import type { CoreAck } from '@farhand/latency-core';
import { MAX_RTC_ENVELOPE_BYTES, decodeEnvelope, encodeEnvelope, farhand } from '@farhand/protocol';
import { ControlLock } from '../control/lock.js';
import type { LoopStats, Snapshot } from '../loop/messages.js';
import { encodeTelemetry, wireEvent, type AgentEvent } from '../telemetry.js';
import { MOTION_TRANSPORT_WIRE, type MotionTransportName } from '../transport/names.js';
import { RtcDesk } from '../transport/rtc-desk.js';
import { ClientSession } from './client.js';
import { Commands } from './commands.js';
import { ControlDesk } from './control.js';
import { Handshake, newSessionId } from './handshake.js';
import { Inputs } from './inputs.js';
import { Refusals } from './refusals.js';
import { VideoReports } from './video-reports.js';
import { CLOSE_GOING_AWAY, CLOSE_POLICY, type GatewayDeps, type GatewayShared } from './shared.js';
import { eventBody, toBuffer, truncateUtf8 } from './wire-bodies.js';

export { newSessionId } from './handshake.js';
export type { GatewayDeps, Tokens } from './shared.js';

const pb = farhand.v1;

export class Gateway implements GatewayShared {
  readonly sessions = new Map<string, ClientSession>();
  readonly pending = new Map<string, ClientSession>();
  readonly lock = new ControlLock();
  readonly deps: GatewayDeps;
  readonly #handshake: Handshake;
  readonly #inputs: Inputs;
  readonly #commands: Commands;
  readonly #control: ControlDesk;
  readonly #refusals: Refusals;
  readonly #rtc: RtcDesk;
  readonly #video: VideoReports;
  #shuttingDown: string | null = null;
  #motionScale: number;
  #lastSnapshot: Snapshot | null = null;

  constructor(deps: GatewayDeps) {
    this.deps = deps;
    this.#motionScale = deps.config.core.mapping.motionScale;
    this.#refusals = new Refusals(this);
    this.#control = new ControlDesk(this);
    this.#handshake = new Handshake(
      this,
      (s) => this.#sendProbe(s),
      () => this.#motionScale,
    );
    this.#inputs = new Inputs(this, this.#refusals);
    this.#commands = new Commands(this, this.#control, this.#refusals, (scale) => {
      this.#motionScale = scale;
    });
    this.#rtc = new RtcDesk(this, deps.rtc, this.#refusals, {
      message: (session, data, t) => this.#receive(session, data, typeof data !== 'string', t, 'webrtc'),
    }, deps.video?.ok ? deps.video.hub : null);
    const hub = deps.video?.ok ? deps.video.hub : null;
    this.#video = new VideoReports(this, this.#refusals, () => hub?.stats ?? null);
  }


  get lastSnapshot(): Snapshot | null {
    return this.#lastSnapshot;
  }

  get clientCount(): number {
    return this.sessions.size;
  }

  // ----------------------------------------------------------------------------------------------
  // Connection

  handleConnection(ws: WebSocket, req: IncomingMessage): void {
    const { clock, log, config, metrics } = this.deps;
    const now = clock.nowNs();
    const id = newSessionId('c');
    const address = req.socket.remoteAddress ?? '?';
    const remote = `${address}:${req.socket.remotePort ?? '?'}`;
    const { limits } = config;
    const session = new ClientSession(id, ws, remote, address, now, log.child({ session: id, remote }), limits.maxFrameRateHz, limits.maxMessageRateHz, limits.maxAckRateHz);
    ws.binaryType = 'nodebuffer';
    // Until the session's own handler is attached (below), a socket error must not go unhandled.
    ws.on('error', () => undefined);

    if (!this.#handshake.admit(session, this.#shuttingDown)) return;
    this.pending.set(id, session);
    metrics.pendingSockets.set(this.pending.size);
    session.log.debug({ code: 'CONNECTED' }, 'client connected');

    const timer = setTimeout(() => {
      if (session.state === 'handshake') {
        this.#handshake.reject(session, pb.RejectCode.HANDSHAKE_TIMEOUT, `No Hello within ${config.limits.handshakeTimeoutS} s of connecting; the first message must be a Hello.`, CLOSE_POLICY, 250);
      }
    }, config.limits.handshakeTimeoutS * 1000);
    timer.unref();
    ws.on('pong', () => {
      session.pongDueSinceNs = NaN;
    });

    ws.on('message', (data: RawData, isBinary: boolean) => {
      try {
        this.#receive(session, data, isBinary, this.deps.clock.nowNs(), 'websocket');
      } catch (e) {
        // A bug in handling one message must not take the agent down; the message is dropped.
        session.log.error({ code: 'HANDLER_ERROR', err: e }, 'error while handling a client message');
      }
    });
    ws.on('close', (code: number, reason: Buffer) => {
      clearTimeout(timer);
      this.#onClose(session, code, reason.toString('utf8'));
    });
    ws.on('error', (err: Error & { code?: string }) => {
      // ws reports protocol violations (oversized payload, bad frames) here and closes the socket.
      const reason = err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'TOO_LARGE_CLOSED' : 'PROTOCOL_ERROR';
      this.#refusals.countDropped(session, reason);
      session.log.warn({ code: reason, err: err.message }, 'WebSocket error; the connection is closed');
      metrics.messagesDropped.inc({ session: session.id, reason });
    });
  }

  // ----------------------------------------------------------------------------------------------
  // Messages

  /**
   * One message from a client, from its WebSocket or its motion DataChannel, stamped on arrival (t).
   * Both go through the same rate limit, decoding, validation, refusals and control lock; the
   * DataChannel carries motion frames only (an e-stop, like every command, goes over the WebSocket).
   */
  #receive(session: ClientSession, data: RawData | string, isBinary: boolean, t: number, via: MotionTransportName): void {
    if (session.state === 'closed') return;
    if (via === 'webrtc' && session.state !== 'open') return;
    // Anything from the client shows it is alive (keepalive), flood or not.
    session.lastMessageNs = t;
    session.pongDueSinceNs = NaN;
    const limited = !session.messageBucket.take(t);
    const bytes = isBinary ? toBuffer(data as RawData) : null;
    const maxFrameBytes = this.deps.config.limits.maxFrameBytes;
    // Signalling (an SDP) may be longer than a frame: an Envelope that starts with the rtc member
    // (field 10, length-delimited: 0x52) may be up to MAX_RTC_ENVELOPE_BYTES; any other kind that long
    // is still refused as TOO_LARGE below.
    const maxBytes = via === 'websocket' && bytes !== null && bytes[0] === 0x52 ? Math.max(maxFrameBytes, MAX_RTC_ENVELOPE_BYTES) : maxFrameBytes;
    const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : '';
    let r = decodeEnvelope(bytes ?? text, { maxBytes });
    if (r.ok && r.kind !== 'rtc' && bytes!.length > maxFrameBytes) {
      r = { ok: false, error: { code: 'TOO_LARGE', message: `The message is ${bytes!.length} bytes; at most ${maxFrameBytes} bytes are accepted per Envelope.` } };
    }
    if (limited) {
      // Over the message rate the excess is dropped, except an e-stop: it must get through a flood,
      // even one from the same client. (Decoding is cheap; validation, queuing and recording are skipped.)
      const estop = session.state === 'open' && r.ok && r.kind === 'command' && r.message.type === pb.CommandType.ESTOP;
      if (!estop) {
        const sentence = `more than ${this.deps.config.limits.maxMessageRateHz} messages per second; the excess is dropped.`;
        this.#refusals.refuseMessage(session, t, 'RATE_LIMITED', sentence);
        // Not recorded: a flood must not fill the recording.
        if (session.state === 'open' && r.ok && r.kind === 'command') this.#commands.ackRateLimited(session, r.message, sentence, t);
        return;
      }
    }
    if (session.state === 'handshake') {
      this.#handshake.onFirstMessage(session, r);
      return;
    }
    if (!r.ok) {
      this.#refusals.refuseMessage(session, t, r.error.code, r.error.message);
      return;
    }
    if (via === 'webrtc' && r.kind !== 'motion') {
      this.#refusals.refuseMessage(
        session,
        t,
        'UNEXPECTED_MESSAGE',
        `${r.kind} is not accepted on the motion DataChannel; it carries motion frames only. Commands (e-stop included), clock probes and signalling go over the WebSocket.`,
      );
      return;
    }
    switch (r.kind) {
      case 'motion':
        this.#inputs.onMotion(session, r.message, bytes!, t, via);
        break;
      case 'clock':
        this.#inputs.onClock(session, r.message, t);
        break;
      case 'command':
        this.#commands.onCommand(session, r.message, t);
        break;
      case 'rtc':
        this.#rtc.onSignal(session, r.message, t);
        break;
      case 'video_report':
        // Figures only: checked, counted and recorded; never an input of the loop.
        this.#video.onReport(session, r.message, t);
        break;
      default:
        this.#refusals.refuseMessage(session, t, 'UNEXPECTED_MESSAGE', `${r.kind} is not accepted from a client after the handshake; clients send motion, clock, command, rtc and video_report.`);
    }
  }

  /** Acks from the core, tick by tick. */
  onCoreAcks(acks: readonly CoreAck[], tick: number): void {
    this.#commands.onCoreAcks(acks, tick);
  }

  // ----------------------------------------------------------------------------------------------
  // Outgoing

  /** An Event to every client, recorded. */
  broadcastEvent(e: AgentEvent): void {
    const wire = wireEvent(e);
    const bytes = encodeEnvelope({ event: wire });
    const cap = this.deps.config.limits.maxSendBufferBytes * 4;
    for (const s of this.sessions.values()) {
      // Events matter more than telemetry: sent unless the client is hopelessly behind.
      if (s.open && s.ws.bufferedAmount <= cap) s.send(bytes);
    }
    this.deps.recorder?.send({ k: 'event', event: eventBody(wire) });
  }

  onSnapshot(s: Snapshot, loopStats: LoopStats): void {
    const { metrics, config, recorder } = this.deps;
    this.#lastSnapshot = s;
    this.#motionScale = s.motionScale;
    let anyone = false;
    for (const c of this.sessions.values()) if (c.open) anyone = true;
    if (!anyone) return;
    const controller = s.controllerId !== null ? this.sessions.get(s.controllerId) : undefined;
    const transport = controller?.motionTransport ?? null;
    metrics.motionTransport.set({ transport: 'websocket' }, transport === 'websocket' ? 1 : 0);
    metrics.motionTransport.set({ transport: 'webrtc' }, transport === 'webrtc' ? 1 : 0);
    const hub = this.deps.video?.ok ? this.deps.video.hub : null;
    if (hub) metrics.video.hub(hub.stats);
    const video = this.#video.figures(s.controllerId, this.deps.clock.nowNs());
    const bytes = encodeTelemetry(s, {
      video,
      armId: this.deps.armIds[0]!,
      controllerRefused: controller?.framesRefused ?? 0,
      motionTransport: transport === null ? pb.MotionTransport.MOTION_TRANSPORT_UNSPECIFIED : MOTION_TRANSPORT_WIRE[transport],
      controllerFramesRtc: controller?.framesReceivedRtc ?? 0,
      recording: recorder !== null && recorder.failure === null,
      recordingBytes: recorder?.bytes ?? 0,
      periodErrorP99S: loopStats.periodErrorP99Us / 1e6,
    });
    const limit = config.limits.maxSendBufferBytes;
    for (const c of this.sessions.values()) {
      if (!c.open) continue;
      if (c.ws.bufferedAmount > limit) {
        // A slow client loses telemetry, never delays anyone: the next one carries the full state.
        c.telemetryDropped++;
        metrics.telemetryDropped.inc({ session: c.id });
        continue;
      }
      c.send(bytes);
      metrics.telemetrySent.inc({ session: c.id });
    }
  }

  /** Agent-originated clock probes: 10 Hz to surgeons (the core syncs on them), 2 Hz to the others. */
  probeTick(): void {
    for (const s of this.sessions.values()) {
      if (!s.open) continue;
      s.probeCounter++;
      if (s.role === 'SURGEON' || s.probeCounter % 5 === 0) this.#sendProbe(s);
    }
  }

  /** Keepalive (pings, pong deadline, controller silence), refusal summaries and the pending-pool gauge. */
  housekeeping(): void {
    const { clock, config, metrics } = this.deps;
    const t = clock.nowNs();
    const { pingIntervalS, pongTimeoutS, controllerSilenceS } = config.limits;
    const holder = this.lock.holder;
    for (const s of this.sessions.values()) {
      if (!s.open) continue;
      if (Number.isFinite(s.pongDueSinceNs) && t - s.pongDueSinceNs > pongTimeoutS * 1e9) {
        s.log.warn({ code: 'KEEPALIVE_TIMEOUT', kind: 'pong', silentS: (t - s.lastMessageNs) / 1e9 }, `no answer to pings for ${pongTimeoutS} s; the connection is closed`);
        metrics.keepaliveTimeouts.inc({ kind: 'pong' });
        // Said first, so the lock change carries the keepalive reason rather than a plain disconnection.
        if (s.id === holder) this.#control.silent(s.id, t);
        s.ws.terminate();
        continue;
      }
      if (!Number.isFinite(s.pongDueSinceNs) && t - s.lastPingNs >= pingIntervalS * 1e9) {
        s.lastPingNs = t;
        s.pongDueSinceNs = t;
        try {
          s.ws.ping();
        } catch {
          // A socket closing under us: its close handler cleans up.
        }
      }
    }
    const controller = this.lock.holder !== null ? this.sessions.get(this.lock.holder) : undefined;
    if (controller && t - controller.lastMessageNs > controllerSilenceS * 1e9) {
      controller.log.warn(
        { code: 'KEEPALIVE_TIMEOUT', kind: 'silence', silentS: (t - controller.lastMessageNs) / 1e9 },
        `the controller sent nothing for ${controllerSilenceS} s; it loses control and the arm holds`,
      );
      metrics.keepaliveTimeouts.inc({ kind: 'silence' });
      this.#control.silent(controller.id, t);
    }
    this.#refusals.flush(t);
    metrics.pendingSockets.set(this.pending.size);
  }

  #sendProbe(s: ClientSession): void {
    const p = s.probes.request(this.deps.clock.nowNs());
    s.send(encodeEnvelope({ clock: { id: p.id, t0_ns: p.t0Ns, reply: false } }));
  }

  // ----------------------------------------------------------------------------------------------
  // Disconnect and shutdown

  #onClose(session: ClientSession, code: number, reason: string): void {
    const wasOpen = session.state === 'open';
    session.state = 'closed';
    this.sessions.delete(session.id);
    this.#rtc.close(session, 'RTC_SESSION_CLOSED: the WebSocket session of this peer closed.');
    this.#video.forget(session.id);
    this.pending.delete(session.id);
    this.#refusals.flush(this.deps.clock.nowNs(), session.id);
    this.#commands.forget(session);
    this.#control.dropped(session.id, this.deps.clock.nowNs());
    if (wasOpen && session.role) this.deps.metrics.clients.dec({ role: session.role.toLowerCase() });
    this.deps.metrics.removeSession(session.id, session.role?.toLowerCase() ?? '', session.refusedReasons, session.droppedReasons);
    session.log.info(
      {
        code: 'SESSION_CLOSED',
        closeCode: code,
        closeReason: reason,
        framesReceived: session.framesReceived,
        framesApplied: session.framesApplied,
        framesRefused: session.framesRefused,
        messagesRefused: session.messagesRefused,
        telemetryDropped: session.telemetryDropped,
      },
      'client disconnected',
    );
  }

  /** Refuses new clients from now on; releases control (recorded) so the core brings the arm to a hold. */
  beginShutdown(reason: string): void {
    if (this.#shuttingDown !== null) return;
    this.#shuttingDown = reason;
    const t = this.deps.clock.nowNs();
    this.broadcastEvent({
      timeNs: t,
      severity: 'WARNING',
      code: 'AGENT_SHUTDOWN',
      message: `The agent is shutting down (${reason}): the arm is brought to a hold, then disabled.`,
      armId: this.deps.armIds[0]!,
    });
    this.#control.releaseForShutdown(t);
  }

  /** Closes every WebRTC peer (the agent is stopping). */
  closeRtc(reason: string): void {
    this.#rtc.closeAll(`RTC_SHUTDOWN: ${reason}`);
  }

  /** Tells every client why and closes its socket; resolves when all are closed (or after timeoutMs). */
  async closeAll(reason: string, timeoutMs = 1000): Promise<void> {
    this.closeRtc(reason);
    const closing: Promise<void>[] = [];
    for (const s of [...this.sessions.values(), ...this.pending.values()]) {
      closing.push(
        new Promise<void>((resolve) => {
          if (s.ws.readyState === s.ws.CLOSED) return resolve();
          s.ws.once('close', () => resolve());
          s.ws.close(CLOSE_GOING_AWAY, truncateUtf8(`agent shutting down: ${reason}`, 123));
          setTimeout(() => {
            s.ws.terminate();
            resolve();
          }, timeoutMs).unref();
        }),
      );
    }
    await Promise.all(closing);
  }
}
