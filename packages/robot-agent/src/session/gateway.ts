// The WebSocket side of the agent: handshake, roles, the control lock, and every message a client sends,
// checked before anything reaches the loop. A message that fails a check is refused with a reason the
// client can show, counted, and recorded; it never reaches the core. Nothing here waits on the loop: an
// input is queued for the next tick and main moves on.
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import type { CoreAck, CoreCommandType } from '@farhand/latency-core';
import {
  PROTOCOL_MAJOR,
  PROTOCOL_MINOR,
  commandName,
  decodeEnvelope,
  encodeEnvelope,
  farhand,
  reasonText,
  validateClockProbe,
  validateCommand,
  validateHello,
  validateMotionFrame,
  type CommandCheck,
  type CommandName,
  type RoleName,
} from '@farhand/protocol';
import type { AgentClock } from '../clock.js';
import type { EffectiveConfig } from '../config/effective.js';
import { ControlLock, type ControlChange } from '../control/lock.js';
import { mayCommand } from '../control/roles.js';
import type { Logger } from '../log.js';
import type { LoopHost } from '../loop/host.js';
import type { LoopStats, Snapshot } from '../loop/messages.js';
import type { AgentMetrics } from '../metrics.js';
import type { RecorderHost } from '../recording/host.js';
import { encodeTelemetry, welcomeLimits, wireEvent, type AgentEvent } from '../telemetry.js';
import { AGENT_VERSION } from '../version.js';
import { ClientSession } from './client.js';

const pb = farhand.v1;
/** Event codes that record the controller's master kind (see #applyControl). */
export const MASTER_KIND_EVENT = { ACTUATED: 'MASTER_ACTUATED', UNACTUATED: 'MASTER_UNACTUATED' } as const;

export type Tokens = Record<'surgeon' | 'observer' | 'engineer', string>;

const ROLE_OF_KEY: Record<keyof Tokens, RoleName> = { surgeon: 'SURGEON', observer: 'OBSERVER', engineer: 'ENGINEER' };
const CORE_COMMANDS: ReadonlySet<CommandName> = new Set(['ENGAGE', 'DISENGAGE', 'ESTOP', 'RESET_FAULT', 'CLUTCH', 'SET_SCALE', 'HOME']);
const CLOSE_POLICY = 1008;
const CLOSE_TRY_AGAIN = 1013;
const CLOSE_GOING_AWAY = 1001;

export interface GatewayDeps {
  config: EffectiveConfig;
  tokens: Tokens;
  clock: AgentClock;
  loop: LoopHost;
  recorder: RecorderHost | null;
  metrics: AgentMetrics;
  log: Logger;
  armIds: number[];
}

interface PendingCoreCommand {
  session: ClientSession;
  role: RoleName;
  receiveTimeNs: number;
  command: farhand.v1.ICommand;
}

/** A fresh session id: short, URL-safe, unguessable enough not to be an authority (tokens are). */
export function newSessionId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('base64url')}`;
}

export class Gateway {
  readonly sessions = new Map<string, ClientSession>();
  readonly lock = new ControlLock();
  readonly #d: GatewayDeps;
  readonly #tokenDigests: Array<{ role: RoleName; digest: Buffer }>;
  /** Core commands awaiting their ack, by sender and id; the same id twice is answered in order. */
  readonly #pending = new Map<string, PendingCoreCommand[]>();
  #shuttingDown: string | null = null;
  #motionScale: number;
  #lastSnapshot: Snapshot | null = null;

  constructor(deps: GatewayDeps) {
    this.#d = deps;
    this.#tokenDigests = (Object.keys(deps.tokens) as Array<keyof Tokens>).map((k) => ({ role: ROLE_OF_KEY[k], digest: digest(deps.tokens[k]) }));
    this.#motionScale = deps.config.core.mapping.motionScale;
  }

  get lastSnapshot(): Snapshot | null {
    return this.#lastSnapshot;
  }

  get clientCount(): number {
    return this.sessions.size;
  }

  // ----------------------------------------------------------------------------------------------
  // Connection and handshake

  handleConnection(ws: WebSocket, req: IncomingMessage): void {
    const { clock, log, config, metrics } = this.#d;
    const now = clock.nowNs();
    const id = newSessionId('c');
    const remote = `${req.socket.remoteAddress ?? '?'}:${req.socket.remotePort ?? '?'}`;
    const session = new ClientSession(id, ws, remote, now, log.child({ session: id, remote }), config.limits.maxFrameRateHz, config.limits.maxMessageRateHz);
    ws.binaryType = 'nodebuffer';
    // Until the session's own handler is attached (below), a socket error must not go unhandled.
    ws.on('error', () => undefined);

    if (this.#shuttingDown !== null) {
      this.#reject(session, pb.RejectCode.SHUTTING_DOWN, `The agent is shutting down (${this.#shuttingDown}); connect again when it is back.`, CLOSE_GOING_AWAY);
      return;
    }
    if (this.sessions.size >= config.maxClients) {
      this.#reject(session, pb.RejectCode.TOO_MANY_CLIENTS, `The agent already has ${this.sessions.size} clients, its limit (maxClients); close another page and retry.`, CLOSE_TRY_AGAIN);
      return;
    }
    this.sessions.set(id, session);
    session.log.debug({ code: 'CONNECTED' }, 'client connected');

    const timer = setTimeout(() => {
      if (session.state === 'handshake') {
        this.#reject(session, pb.RejectCode.HANDSHAKE_TIMEOUT, `No Hello within ${config.limits.handshakeTimeoutS} s of connecting; the first message must be a Hello.`, CLOSE_POLICY);
      }
    }, config.limits.handshakeTimeoutS * 1000);
    timer.unref();

    ws.on('message', (data: RawData, isBinary: boolean) => {
      try {
        this.#onMessage(session, data, isBinary);
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
      this.#countDropped(session, reason);
      session.log.warn({ code: reason, err: err.message }, 'WebSocket error; the connection is closed');
      metrics.messagesDropped.inc({ session: session.id, reason });
    });
  }

  #reject(session: ClientSession, code: farhand.v1.RejectCode, reason: string, closeCode: number): void {
    const name = pb.RejectCode[code] ?? 'REJECT';
    this.#d.metrics.rejects.inc({ code: name });
    session.log.warn({ code: name, role: session.role ?? undefined }, `handshake rejected: ${reason}`);
    session.state = 'closed';
    if (session.ws.readyState === session.ws.OPEN) {
      session.ws.send(encodeEnvelope({ reject: { code, reason } }));
      // The close reason is limited to 123 bytes; the full sentence is in the Reject.
      session.ws.close(closeCode, name);
    }
    // A client that never reads its socket must not keep it open.
    setTimeout(() => session.ws.terminate(), 2000).unref();
  }

  /** Which role a token grants, compared in constant time. */
  #roleOfToken(token: string): RoleName | null {
    const d = digest(token);
    let found: RoleName | null = null;
    for (const t of this.#tokenDigests) if (timingSafeEqual(d, t.digest)) found = t.role;
    return found;
  }

  #onHello(session: ClientSession, msg: farhand.v1.IHello): void {
    const { clock, config, metrics } = this.#d;
    const v = validateHello(msg);
    if (!v.ok) {
      this.#reject(session, v.reject, reasonText(v), CLOSE_POLICY);
      return;
    }
    const granted = this.#roleOfToken(v.hello.token);
    if (granted === null) {
      this.#reject(
        session,
        pb.RejectCode.BAD_TOKEN,
        'BAD_TOKEN: the token is not one this agent issued (tokens change at every start unless configured); open the URL the agent printed.',
        CLOSE_POLICY,
      );
      return;
    }
    if (granted !== v.hello.role) {
      this.#reject(
        session,
        pb.RejectCode.BAD_TOKEN,
        `BAD_TOKEN: this token grants the ${granted} role, not ${v.hello.role}; each role has its own token and URL.`,
        CLOSE_POLICY,
      );
      return;
    }
    session.role = granted;
    session.name = v.hello.clientName;
    // ACTUATED only when the client says so; UNSPECIFIED and UNACTUATED keep the offset (DESIGN, issue 16).
    session.masterKind = msg.master_kind === pb.MasterKind.ACTUATED ? 'ACTUATED' : 'UNACTUATED';
    session.state = 'open';
    session.log = session.log.child({ role: granted, name: session.name });
    metrics.clients.inc({ role: granted.toLowerCase() });
    const welcome: farhand.v1.IWelcome = {
      session_id: session.id,
      agent_version: AGENT_VERSION,
      protocol_major: PROTOCOL_MAJOR,
      protocol_minor: PROTOCOL_MINOR,
      role: pb.Role[granted],
      control_rate_hz: config.controlRateHz,
      telemetry_rate_hz: config.telemetryRateHz,
      limits: welcomeLimits(config, this.#motionScale),
      arm_ids: this.#d.armIds,
      agent_time_ns: clock.nowNs(),
      controller_session_id: this.lock.holder ?? '',
    };
    session.send(encodeEnvelope({ welcome }));
    session.log.info({ code: 'SESSION_OPEN', clientMinor: v.hello.minor }, `${granted.toLowerCase()} connected`);
    this.#sendProbe(session);
  }

  // ----------------------------------------------------------------------------------------------
  // Messages

  #onMessage(session: ClientSession, data: RawData, isBinary: boolean): void {
    const t = this.#d.clock.nowNs();
    if (session.state === 'closed') return;
    const limited = !session.messageBucket.take(t);
    const bytes = isBinary ? toBuffer(data) : null;
    const r = decodeEnvelope(bytes ?? (Buffer.isBuffer(data) ? data.toString('utf8') : ''), { maxBytes: this.#d.config.limits.maxFrameBytes });
    if (limited) {
      // Over the message rate the excess is dropped, except an e-stop: it must get through a flood,
      // even one from the same client. (Decoding is cheap; validation, queuing and recording are skipped.)
      const estop = session.state === 'open' && r.ok && r.kind === 'command' && r.message.type === pb.CommandType.ESTOP;
      if (!estop) {
        const sentence = `more than ${this.#d.config.limits.maxMessageRateHz} messages per second; the excess is dropped.`;
        this.#refuseMessage(session, t, 'RATE_LIMITED', sentence);
        // teleop.proto promises one CommandAck per Command, dropped ones included (not recorded: a flood
        // must not fill the recording).
        if (session.state === 'open' && r.ok && r.kind === 'command') {
          session.send(encodeEnvelope({ ack: { id: numberOr0(r.message.id), ok: false, reason: `RATE_LIMITED: ${sentence}`, type: r.message.type ?? 0 } }));
          this.#d.metrics.commands.inc({ type: commandName(r.message.type ?? 0) ?? 'UNKNOWN', result: 'RATE_LIMITED' });
        }
        return;
      }
    }
    if (session.state === 'handshake') {
      if (!r.ok) {
        this.#reject(session, pb.RejectCode.BAD_HELLO, `BAD_HELLO: the first message must be a Hello; ${r.error.message}`, CLOSE_POLICY);
      } else if (r.kind !== 'hello') {
        this.#reject(session, pb.RejectCode.BAD_HELLO, `BAD_HELLO: the first message must be a Hello, got ${r.kind}.`, CLOSE_POLICY);
      } else {
        this.#onHello(session, r.message);
      }
      return;
    }
    if (!r.ok) {
      this.#refuseMessage(session, t, r.error.code, r.error.message);
      return;
    }
    switch (r.kind) {
      case 'motion':
        this.#onMotion(session, r.message, bytes!, t);
        break;
      case 'clock':
        this.#onClock(session, r.message, t);
        break;
      case 'command':
        this.#onCommand(session, r.message, t);
        break;
      default:
        this.#refuseMessage(session, t, 'UNEXPECTED_MESSAGE', `${r.kind} is not accepted from a client after the handshake; clients send motion, clock and command.`);
    }
  }

  #onMotion(session: ClientSession, msg: farhand.v1.IMotionFrame, bytes: Buffer, t: number): void {
    const { loop, metrics, recorder, config } = this.#d;
    session.framesReceived++;
    metrics.framesReceived.inc({ session: session.id, role: session.role!.toLowerCase() });
    let code: string | null = null;
    let sentence = '';
    if (this.lock.holder !== session.id) {
      code = 'NOT_CONTROLLER';
      sentence =
        session.role === 'SURGEON'
          ? 'motion frames are accepted only from the session holding control; send REQUEST_CONTROL first.'
          : `motion frames are accepted only from the surgeon holding control, not from ${session.role!.toLowerCase()} sessions.`;
    } else if (!session.frameBucket.take(t)) {
      code = 'FLOOD';
      sentence = `more than ${config.limits.maxFrameRateHz} motion frames per second; the excess is refused.`;
    }
    const v = code === null ? validateMotionFrame(msg, { armIds: this.#d.armIds }) : null;
    if (v !== null && !v.ok) {
      code = v.code;
      sentence = v.message;
    }
    if (code !== null || v === null || !v.ok) {
      const c = code ?? 'REFUSED';
      session.framesRefused++;
      session.refusedReasons.add(c);
      metrics.framesRefused.inc({ session: session.id, reason: c });
      recorder?.send({
        k: 'frame',
        seq: -1,
        tick: loop.nextTick,
        receiveTimeNs: t,
        sessionId: session.id,
        envelope: new Uint8Array(bytes),
        refused: true,
        refuseReason: `${c}: ${sentence}`,
      });
      this.#refusalEvent(session, t, 'FRAME_REFUSED', `${c}: ${sentence}`);
      return;
    }
    const seq = loop.frame({ frame: v.frame, receiveTimeNs: t, sourceId: session.id });
    session.framesApplied++;
    metrics.framesApplied.inc({ session: session.id });
    recorder?.send({ k: 'frame', seq, tick: -1, receiveTimeNs: t, sessionId: session.id, envelope: new Uint8Array(bytes), refused: false, refuseReason: '' });
    const offsetS = session.probes.clientMinusAgentS;
    if (Number.isFinite(offsetS)) {
      const owd = (t - (v.frame.captureTimeNs - offsetS * 1e9)) / 1e9;
      session.oneWayDelayS = Number.isFinite(session.oneWayDelayS) ? session.oneWayDelayS + (owd - session.oneWayDelayS) / 16 : owd;
      metrics.oneWayDelay.set({ session: session.id }, session.oneWayDelayS);
    }
  }

  #onClock(session: ClientSession, msg: farhand.v1.IClockProbe, t: number): void {
    const { clock, loop, metrics, recorder } = this.#d;
    const v = validateClockProbe(msg);
    if (!v.ok) {
      this.#refuseMessage(session, t, v.code, v.message);
      return;
    }
    const p = v.probe;
    if (!p.reply) {
      // Answer at once: t1 = arrival (stamped before decoding), t2 = departure.
      session.send(encodeEnvelope({ clock: { id: p.id, t0_ns: p.t0Ns, t1_ns: t, t2_ns: clock.nowNs(), reply: true } }));
      return;
    }
    const sample = session.probes.reply(p.id, p.t0Ns, p.t1Ns, p.t2Ns, t);
    if (sample === null) {
      this.#refuseMessage(session, t, 'UNKNOWN_PROBE', `clock reply ${p.id} does not answer a probe this agent sent recently (id and t0_ns must be echoed).`);
      return;
    }
    metrics.rtt.set({ session: session.id }, session.probes.rttS);
    metrics.clockOffset.set({ session: session.id }, -session.probes.clientMinusAgentS);
    if (session.framesApplied === 0) metrics.oneWayDelay.set({ session: session.id }, session.probes.rttS / 2);
    // The core syncs clocks only with those who may send it motion.
    if (session.role !== 'SURGEON') return;
    const seq = loop.clock({ sourceId: session.id, agentOriginated: true, ...sample });
    recorder?.send({
      k: 'clock',
      seq,
      sessionId: session.id,
      probe: { id: p.id, t0_ns: sample.t0Ns, t1_ns: sample.t1Ns, t2_ns: sample.t2Ns, t3_ns: sample.t3Ns, reply: true },
      agentOriginated: true,
    });
  }

  #onCommand(session: ClientSession, msg: farhand.v1.ICommand, t: number): void {
    const { config, metrics } = this.#d;
    const role = session.role!;
    const c = config.core.mapping;
    const typeName = commandName(msg.type ?? 0) ?? 'UNKNOWN';
    // An e-stop is never refused for its other fields (an unknown arm_id, a malformed id): it stops the arm.
    const v: CommandCheck =
      typeName === 'ESTOP'
        ? { ok: true, command: { id: numberOr0(msg.id), type: 'ESTOP', armId: this.#d.armIds[0]! } }
        : validateCommand(msg, { armIds: this.#d.armIds, scaleMin: c.motionScaleMin, scaleMax: c.motionScaleMax });
    if (!v.ok) {
      this.#ackAgent(session, msg, t, false, reasonText(v), role);
      metrics.commands.inc({ type: typeName, result: v.code });
      return;
    }
    const cmd = v.command;
    const isController = this.lock.holder === session.id;
    const perm = mayCommand(role, isController, cmd.type);
    if (!perm.ok) {
      this.#ackAgent(session, msg, t, false, `${perm.code}: ${perm.message}`, role);
      metrics.commands.inc({ type: cmd.type, result: perm.code });
      session.log.info({ code: perm.code, command: cmd.type }, 'command refused');
      return;
    }
    switch (cmd.type) {
      case 'REQUEST_CONTROL': {
        const r = this.lock.request(session.id);
        if (!r.ok) {
          const holder = r.holder !== null ? this.sessions.get(r.holder) : undefined;
          const who = holder ? `session ${holder.id}${holder.name ? ` (${holder.name})` : ''}` : 'another session';
          this.#ackAgent(session, msg, t, false, `CONTROL_HELD: control is held by ${who}; it passes on when they release it or the bedside grants a handover.`, role);
          metrics.commands.inc({ type: cmd.type, result: 'CONTROL_HELD' });
          this.broadcastEvent({
            timeNs: t,
            severity: 'INFO',
            code: 'CONTROL_REQUESTED',
            message: `Surgeon session ${session.id}${session.name ? ` (${session.name})` : ''} asks for control, held by ${who}.`,
            sessionId: session.id,
            armId: this.#d.armIds[0]!,
          });
          return;
        }
        this.#ackAgent(session, msg, t, true, '', role);
        metrics.commands.inc({ type: cmd.type, result: 'OK' });
        if (r.change) this.#applyControl(r.change, t);
        return;
      }
      case 'RELEASE_CONTROL': {
        const r = this.lock.release(session.id);
        if (!r.ok) {
          this.#ackAgent(session, msg, t, false, 'NOT_CONTROLLER: this session does not hold control, so it cannot release it.', role);
          metrics.commands.inc({ type: cmd.type, result: 'NOT_CONTROLLER' });
          return;
        }
        this.#ackAgent(session, msg, t, true, '', role);
        metrics.commands.inc({ type: cmd.type, result: 'OK' });
        if (r.change) this.#applyControl(r.change, t);
        return;
      }
      case 'GRANT_CONTROL': {
        const target = this.sessions.get(cmd.targetSessionId!);
        if (!target || !target.open) {
          this.#ackAgent(session, msg, t, false, `UNKNOWN_SESSION: no connected session ${JSON.stringify(cmd.targetSessionId)}; the target is a surgeon's session id (see the monitor).`, role);
          metrics.commands.inc({ type: cmd.type, result: 'UNKNOWN_SESSION' });
          return;
        }
        if (target.role !== 'SURGEON') {
          this.#ackAgent(session, msg, t, false, `NOT_SURGEON: session ${target.id} is ${target.role!.toLowerCase()}; only a surgeon session can hold control.`, role);
          metrics.commands.inc({ type: cmd.type, result: 'NOT_SURGEON' });
          return;
        }
        const r = this.lock.grant(target.id, session.id);
        this.#ackAgent(session, msg, t, true, '', role);
        metrics.commands.inc({ type: cmd.type, result: 'OK' });
        if (r.ok && r.change) this.#applyControl(r.change, t);
        return;
      }
      default:
        break;
    }
    if (!CORE_COMMANDS.has(cmd.type)) return;
    const key = `${session.id}\u0000${cmd.id}`;
    const queue = this.#pending.get(key);
    const entry = { session, role, receiveTimeNs: t, command: msg };
    if (queue) queue.push(entry);
    else this.#pending.set(key, [entry]);
    this.#d.loop.command({
      id: cmd.id,
      sourceId: session.id,
      type: cmd.type as CoreCommandType,
      ...(cmd.scale !== undefined ? { scale: cmd.scale } : {}),
      ...(cmd.flag !== undefined ? { flag: cmd.flag } : {}),
    });
    if (cmd.type === 'ESTOP') session.log.warn({ code: 'ESTOP_REQUESTED' }, 'e-stop requested');
  }

  /** An ack decided by the agent (not the core): sent, counted, recorded with to_core = false. */
  #ackAgent(session: ClientSession, msg: farhand.v1.ICommand, t: number, ok: boolean, reason: string, role: RoleName): void {
    const ack = { id: numberOr0(msg.id), ok, reason, type: msg.type ?? 0 };
    session.send(encodeEnvelope({ ack }));
    this.#d.recorder?.send({
      k: 'command',
      tick: this.#d.loop.nextTick,
      receiveTimeNs: t,
      sessionId: session.id,
      role: pb.Role[role],
      command: commandBody(msg),
      ack,
      toCore: false,
    });
  }

  /** Acks from the core, tick by tick. */
  onCoreAcks(acks: readonly CoreAck[], tick: number): void {
    for (const a of acks) {
      const key = `${a.sourceId}\u0000${a.id}`;
      const queue = this.#pending.get(key);
      const p = queue?.shift();
      if (!p) continue;
      if (queue!.length === 0) this.#pending.delete(key);
      const ack = { id: a.id, ok: a.ok, reason: a.reason, type: pb.CommandType[a.type] };
      p.session.send(encodeEnvelope({ ack }));
      this.#d.metrics.commands.inc({ type: a.type, result: a.ok ? 'OK' : a.reason.split(':')[0] ?? 'REFUSED' });
      this.#d.recorder?.send({
        k: 'command',
        tick,
        receiveTimeNs: p.receiveTimeNs,
        sessionId: p.session.id,
        role: pb.Role[p.role],
        command: commandBody(p.command),
        ack,
        toCore: true,
      });
      if (a.type === 'SET_SCALE' && a.ok && p.command.scale != null) this.#motionScale = p.command.scale;
      p.session.log.info({ code: a.ok ? `${a.type}_OK` : a.reason.split(':')[0], command: a.type, id: a.id }, a.ok ? `${a.type} accepted` : `${a.type} refused by the core: ${a.reason}`);
    }
  }

  #applyControl(change: ControlChange, t: number): void {
    const { loop, recorder, log, metrics } = this.#d;
    const masterKind = change.controllerId !== null ? this.sessions.get(change.controllerId)?.masterKind : undefined;
    const seq = loop.control(change.controllerId, masterKind);
    recorder?.send({
      k: 'control',
      seq,
      timeNs: t,
      controllerId: change.controllerId ?? '',
      previousId: change.previousId ?? '',
      reason: change.reason,
      grantedBy: change.grantedBy ?? '',
    });
    metrics.controlChanges.inc({ reason: change.reason });
    const describe = (id: string | null): string => {
      if (id === null) return 'nobody';
      const s = this.sessions.get(id);
      return s?.name ? `${id} (${s.name})` : id;
    };
    const code = { REQUESTED: 'CONTROL_TAKEN', RELEASED: 'CONTROL_RELEASED', GRANTED: 'CONTROL_GRANTED', DISCONNECTED: 'CONTROL_LOST', SHUTDOWN: 'CONTROL_RELEASED' }[change.reason];
    const sentence =
      change.reason === 'REQUESTED'
        ? `Session ${describe(change.controllerId)} took control.`
        : change.reason === 'RELEASED'
          ? `Session ${describe(change.previousId)} released control; nobody holds it.`
          : change.reason === 'GRANTED'
            ? `Control handed from ${describe(change.previousId)} to ${describe(change.controllerId)} by ${describe(change.grantedBy)}.`
            : change.reason === 'DISCONNECTED'
              ? `Session ${describe(change.previousId)} disconnected while holding control; the arm holds and nobody holds control.`
              : `Control released from ${describe(change.previousId)}: the agent is shutting down.`;
    log.info({ code, controller: change.controllerId, previous: change.previousId, grantedBy: change.grantedBy, reason: change.reason }, sentence);
    this.broadcastEvent({
      timeNs: t,
      severity: change.reason === 'DISCONNECTED' ? 'WARNING' : 'INFO',
      code,
      message: sentence,
      ...(change.controllerId !== null ? { sessionId: change.controllerId } : change.previousId !== null ? { sessionId: change.previousId } : {}),
      armId: this.#d.armIds[0]!,
    });
    // The orientation mode the core now applies, as a stable code with the session: the recording keeps
    // it (replay and what-if take the mode from here: replay/session.ts masterKindsOf).
    if (change.controllerId !== null && masterKind) {
      this.broadcastEvent({
        timeNs: t,
        severity: 'INFO',
        code: MASTER_KIND_EVENT[masterKind],
        message:
          masterKind === 'ACTUATED'
            ? `Session ${describe(change.controllerId)} has an actuated master: orientation is absolute; engage and resume need the hand within the alignment tolerance of the tool.`
            : `Session ${describe(change.controllerId)} has an unactuated master: the orientation offset is captured at engage and at every resume, and kept.`,
        sessionId: change.controllerId,
        armId: this.#d.armIds[0]!,
      });
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Refusals

  #countDropped(session: ClientSession, reason: string): void {
    session.messagesRefused++;
    session.droppedReasons.add(reason);
  }

  #refuseMessage(session: ClientSession, t: number, code: string, sentence: string): void {
    this.#countDropped(session, code);
    this.#d.metrics.messagesDropped.inc({ session: session.id, reason: code });
    this.#refusalEvent(session, t, 'MESSAGE_REFUSED', `${code}: ${sentence}`);
  }

  /** A WARNING Event to the sender only, at most a few per second (the rest are counted and summarised). */
  #refusalEvent(session: ClientSession, t: number, code: string, message: string): void {
    const allow = session.allowRefusalEvent(t);
    if (!allow.ok) return;
    const text = allow.suppressed > 0 ? `${message} (${allow.suppressed} more refusals since the last notice were not reported one by one)` : message;
    const ev: AgentEvent = { timeNs: t, severity: 'WARNING', code, message: text, sessionId: session.id, armId: this.#d.armIds[0]! };
    const wire = wireEvent(ev);
    session.send(encodeEnvelope({ event: wire }));
    this.#d.recorder?.send({ k: 'event', event: eventBody(wire) });
    session.log.warn({ code, reason: message.split(':')[0] }, message);
  }

  // ----------------------------------------------------------------------------------------------
  // Outgoing

  /** An Event to every client, recorded. */
  broadcastEvent(e: AgentEvent): void {
    const wire = wireEvent(e);
    const bytes = encodeEnvelope({ event: wire });
    const cap = this.#d.config.limits.maxSendBufferBytes * 4;
    for (const s of this.sessions.values()) {
      // Events matter more than telemetry: sent unless the client is hopelessly behind.
      if (s.open && s.ws.bufferedAmount <= cap) s.send(bytes);
    }
    this.#d.recorder?.send({ k: 'event', event: eventBody(wire) });
  }

  onSnapshot(s: Snapshot, loopStats: LoopStats): void {
    const { metrics, config, recorder } = this.#d;
    this.#lastSnapshot = s;
    this.#motionScale = s.motionScale;
    let anyone = false;
    for (const c of this.sessions.values()) if (c.open) anyone = true;
    if (!anyone) return;
    const controller = s.controllerId !== null ? this.sessions.get(s.controllerId) : undefined;
    const bytes = encodeTelemetry(s, {
      armId: this.#d.armIds[0]!,
      controllerRefused: controller?.framesRefused ?? 0,
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

  #sendProbe(s: ClientSession): void {
    const p = s.probes.request(this.#d.clock.nowNs());
    s.send(encodeEnvelope({ clock: { id: p.id, t0_ns: p.t0Ns, reply: false } }));
  }

  // ----------------------------------------------------------------------------------------------
  // Disconnect and shutdown

  #onClose(session: ClientSession, code: number, reason: string): void {
    const wasOpen = session.state === 'open';
    session.state = 'closed';
    this.sessions.delete(session.id);
    for (const [k, q] of this.#pending) if (q[0]?.session === session) this.#pending.delete(k);
    const change = this.lock.drop(session.id);
    if (change) this.#applyControl(change, this.#d.clock.nowNs());
    if (wasOpen && session.role) this.#d.metrics.clients.dec({ role: session.role.toLowerCase() });
    this.#d.metrics.removeSession(session.id, session.role?.toLowerCase() ?? '', session.refusedReasons, session.droppedReasons);
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
    const t = this.#d.clock.nowNs();
    this.broadcastEvent({
      timeNs: t,
      severity: 'WARNING',
      code: 'AGENT_SHUTDOWN',
      message: `The agent is shutting down (${reason}): the arm is brought to a hold, then disabled.`,
      armId: this.#d.armIds[0]!,
    });
    const holder = this.lock.holder;
    if (holder !== null) {
      const change = this.lock.drop(holder, 'SHUTDOWN');
      if (change) this.#applyControl(change, t);
    }
  }

  /** Tells every client why and closes its socket; resolves when all are closed (or after timeoutMs). */
  async closeAll(reason: string, timeoutMs = 1000): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const s of this.sessions.values()) {
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

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function numberOr0(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0;
}

function commandBody(m: farhand.v1.ICommand): { id: number; type: number; scale?: number; flag?: boolean; target_session_id?: string; arm_id?: number } {
  return {
    id: numberOr0(m.id),
    type: typeof m.type === 'number' ? m.type : 0,
    ...(typeof m.scale === 'number' ? { scale: m.scale } : {}),
    ...(typeof m.flag === 'boolean' ? { flag: m.flag } : {}),
    ...(typeof m.target_session_id === 'string' ? { target_session_id: m.target_session_id } : {}),
    ...(typeof m.arm_id === 'number' ? { arm_id: m.arm_id } : {}),
  };
}

function eventBody(w: farhand.v1.IEvent): { agent_time_ns: number; severity: number; code: string; message: string; session_id: string; arm_id: number } {
  return {
    agent_time_ns: Number(w.agent_time_ns ?? 0),
    severity: Number(w.severity ?? 0),
    code: w.code ?? '',
    message: w.message ?? '',
    session_id: w.session_id ?? '',
    arm_id: w.arm_id ?? 0,
  };
}

function truncateUtf8(s: string, maxBytes: number): string {
  let out = s;
  while (Buffer.byteLength(out, 'utf8') > maxBytes) out = out.slice(0, -1);
  return out;
}
