// Commands: validated (an e-stop never refused for its other fields), authorised by the role table, the
// lock commands answered here, the rest handed to the core and acked when the core decides. Every Command
// gets one CommandAck, except that the acks the agent answers by itself are bounded per client
// (limits.maxAckRateHz, and none to a socket that is backed up): a flood is not echoed. Acks the core
// decides are recorded one by one; those the agent decides are recorded the first per sender and result
// each second, the rest summarised with their count.
//
// E-stops always get through (they bypass the message rate limit) and stay cheap: an e-stop while the arm
// is already e-stopped, or while one is queued for the next tick, is coalesced: acked, counted and
// summarised once per second, not queued again. Coalescing never hides an e-stop after a reset: as soon
// as any other core command is on its way, the next e-stop is queued.
import type { CoreAck, CoreCommandType } from '@farhand/latency-core';
import { commandName, encodeEnvelope, farhand, reasonText, validateCommand, type CommandCheck, type CommandName, type RoleName } from '@farhand/protocol';
import { mayCommand } from '../control/roles.js';
import type { ClientSession } from './client.js';
import type { ControlDesk, LockAnswer } from './control.js';
import type { Refusals } from './refusals.js';
import type { GatewayShared } from './shared.js';
import { commandBody, numberOr0 } from './wire-bodies.js';

const pb = farhand.v1;
const CORE_COMMANDS: ReadonlySet<CommandName> = new Set(['ENGAGE', 'DISENGAGE', 'ESTOP', 'RESET_FAULT', 'CLUTCH', 'SET_SCALE', 'HOME']);
/** A queued e-stop is expected to be acked within a few ticks; past this it no longer coalesces others. */
const ESTOP_IN_FLIGHT_NS = 100e6;
/** A snapshot older than this (the loop stalled?) does not vouch for the e-stopped state. */
const SNAPSHOT_FRESH_NS = 200e6;
const COALESCED = 'ESTOP_COALESCED: the arm is already e-stopped (or an e-stop is queued for the next tick); this e-stop is counted, not queued again.';

interface PendingCoreCommand {
  session: ClientSession;
  role: RoleName;
  receiveTimeNs: number;
  command: farhand.v1.ICommand;
}

export class Commands {
  /** Core commands awaiting their ack, by sender and id; the same id twice is answered in order. */
  readonly #pending = new Map<string, PendingCoreCommand[]>();
  /** E-stops and other core commands handed to the core and not acked yet (any sender). */
  #estopsInFlight = 0;
  #estopQueuedNs = -Infinity;
  #othersInFlight = 0;
  /** The tick of the newest ack of a non-e-stop core command: a snapshot before it may predate a reset. */
  #lastOtherAckTick = -1;

  constructor(
    private readonly g: GatewayShared,
    private readonly control: ControlDesk,
    private readonly refusals: Refusals,
    /** Told of every SET_SCALE the core accepted (the Welcome's limits carry the scale in force). */
    private readonly onScale: (scale: number) => void,
  ) {}

  onCommand(session: ClientSession, msg: farhand.v1.ICommand, t: number): void {
    const { config, metrics } = this.g.deps;
    const role = session.role!;
    const c = config.core.mapping;
    const typeName = commandName(msg.type ?? 0) ?? 'UNKNOWN';
    // An e-stop is never refused for its other fields (an unknown arm_id, a malformed id): it stops the arm.
    const v: CommandCheck =
      typeName === 'ESTOP'
        ? { ok: true, command: { id: numberOr0(msg.id), type: 'ESTOP', armId: this.g.deps.armIds[0]! } }
        : validateCommand(msg, { armIds: this.g.deps.armIds, scaleMin: c.motionScaleMin, scaleMax: c.motionScaleMax });
    if (!v.ok) {
      this.#ackAgent(session, msg, t, false, reasonText(v), role);
      metrics.commands.inc({ type: typeName, result: v.code });
      return;
    }
    const cmd = v.command;
    const isController = this.g.lock.holder === session.id;
    const perm = mayCommand(role, isController, cmd.type);
    if (!perm.ok) {
      this.#ackAgent(session, msg, t, false, `${perm.code}: ${perm.message}`, role);
      metrics.commands.inc({ type: cmd.type, result: perm.code });
      session.log.info({ code: perm.code, command: cmd.type }, 'command refused');
      return;
    }
    switch (cmd.type) {
      case 'REQUEST_CONTROL':
        return this.#answerLock(session, msg, t, role, cmd.type, this.control.request(session, t));
      case 'RELEASE_CONTROL':
        return this.#answerLock(session, msg, t, role, cmd.type, this.control.release(session));
      case 'GRANT_CONTROL':
        return this.#answerLock(session, msg, t, role, cmd.type, this.control.grant(session, cmd.targetSessionId!));
      default:
        break;
    }
    if (!CORE_COMMANDS.has(cmd.type)) return;
    if (cmd.type === 'ESTOP' && this.#alreadyStopping(t)) {
      session.estopsCoalesced++;
      metrics.estopsCoalesced.inc();
      this.#ackAgent(session, msg, t, true, COALESCED, role, 'estop');
      return;
    }
    if (cmd.type === 'ESTOP') {
      this.#estopsInFlight++;
      this.#estopQueuedNs = t;
    } else {
      this.#othersInFlight++;
    }
    const key = `${session.id}\u0000${cmd.id}`;
    const queue = this.#pending.get(key);
    const entry = { session, role, receiveTimeNs: t, command: msg };
    if (queue) queue.push(entry);
    else this.#pending.set(key, [entry]);
    this.g.deps.loop.command({
      id: cmd.id,
      sourceId: session.id,
      type: cmd.type as CoreCommandType,
      ...(cmd.scale !== undefined ? { scale: cmd.scale } : {}),
      ...(cmd.flag !== undefined ? { flag: cmd.flag } : {}),
      // Several arms: CLUTCH and HOME address one arm (arm_id; 0 = the first), the rest all of them.
      ...(this.g.deps.arms && cmd.armId !== undefined ? { armId: cmd.armId } : {}),
    });
    if (cmd.type === 'ESTOP') session.log.warn({ code: 'ESTOP_REQUESTED' }, 'e-stop requested');
  }

  /**
   * Whether an e-stop now would change nothing: one is queued for the next tick, or the newest snapshot
   * (fresh, and taken after every other core command was acked) shows the arm e-stopped; in both cases
   * only when no other core command (a reset) is on its way.
   */
  #alreadyStopping(t: number): boolean {
    if (this.#othersInFlight > 0) return false;
    if (this.#estopsInFlight > 0 && t - this.#estopQueuedNs < ESTOP_IN_FLIGHT_NS) return true;
    const s = this.g.lastSnapshot;
    return s !== null && s.state === 'ESTOPPED' && s.tick > this.#lastOtherAckTick && t - s.timeNs < SNAPSHOT_FRESH_NS;
  }

  /** A command dropped by the message rate limit: acked within the client's ack budget, not recorded. */
  ackRateLimited(session: ClientSession, msg: farhand.v1.ICommand, sentence: string, t: number): void {
    this.#sendBounded(session, { id: numberOr0(msg.id), ok: false, reason: `RATE_LIMITED: ${sentence}`, type: msg.type ?? 0 }, t);
    this.g.deps.metrics.commands.inc({ type: commandName(msg.type ?? 0) ?? 'UNKNOWN', result: 'RATE_LIMITED' });
  }

  /** An ack the agent decided: sent unless the client is over its ack budget or not reading its socket. */
  #sendBounded(session: ClientSession, ack: farhand.v1.ICommandAck, t: number): void {
    if (session.ws.bufferedAmount > this.g.deps.config.limits.maxSendBufferBytes || !session.ackBucket.take(t)) {
      session.acksSuppressed++;
      this.g.deps.metrics.acksSuppressed.inc();
      return;
    }
    session.send(encodeEnvelope({ ack }));
  }

  #answerLock(session: ClientSession, msg: farhand.v1.ICommand, t: number, role: RoleName, type: CommandName, a: LockAnswer): void {
    if (a.ok) {
      this.#ackAgent(session, msg, t, true, '', role);
      this.g.deps.metrics.commands.inc({ type, result: 'OK' });
      if (a.change) this.control.apply(a.change, t);
    } else {
      this.#ackAgent(session, msg, t, false, `${a.code}: ${a.sentence}`, role);
      this.g.deps.metrics.commands.inc({ type, result: a.code });
      a.after?.();
    }
  }

  /**
   * An ack decided by the agent (not the core): sent within the ack budget, recorded with to_core = false
   * (the first per sender and result each second; the rest are summarised with their count).
   */
  #ackAgent(session: ClientSession, msg: farhand.v1.ICommand, t: number, ok: boolean, reason: string, role: RoleName, kind: 'command' | 'estop' = 'command'): void {
    const ack = { id: numberOr0(msg.id), ok, reason, type: msg.type ?? 0 };
    this.#sendBounded(session, ack, t);
    const result = `${commandName(msg.type ?? 0) ?? 'UNKNOWN'}:${ok ? 'OK' : (reason.split(':')[0] ?? 'REFUSED')}`;
    if (!this.refusals.recordable(session, kind, kind === 'estop' ? 'ESTOP_COALESCED' : result, t)) return;
    this.g.deps.recorder?.send({
      k: 'command',
      tick: this.g.deps.loop.nextTick,
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
      if (a.type === 'ESTOP') this.#estopsInFlight = Math.max(0, this.#estopsInFlight - 1);
      else {
        this.#othersInFlight = Math.max(0, this.#othersInFlight - 1);
        this.#lastOtherAckTick = tick;
      }
      const key = `${a.sourceId}\u0000${a.id}`;
      const queue = this.#pending.get(key);
      const p = queue?.shift();
      if (!p) continue;
      if (queue!.length === 0) this.#pending.delete(key);
      const ack = { id: a.id, ok: a.ok, reason: a.reason, type: pb.CommandType[a.type] };
      p.session.send(encodeEnvelope({ ack }));
      this.g.deps.metrics.commands.inc({ type: a.type, result: a.ok ? 'OK' : a.reason.split(':')[0] ?? 'REFUSED' });
      this.g.deps.recorder?.send({
        k: 'command',
        tick,
        receiveTimeNs: p.receiveTimeNs,
        sessionId: p.session.id,
        role: pb.Role[p.role],
        command: commandBody(p.command),
        ack,
        toCore: true,
      });
      if (a.type === 'SET_SCALE' && a.ok && p.command.scale != null) this.onScale(p.command.scale);
      p.session.log.info({ code: a.ok ? `${a.type}_OK` : a.reason.split(':')[0], command: a.type, id: a.id }, a.ok ? `${a.type} accepted` : `${a.type} refused by the core: ${a.reason}`);
    }
  }

  /** A session went away: its commands still in the core get no ack (nobody to send it to). */
  forget(session: ClientSession): void {
    for (const [k, q] of this.#pending) if (q[0]?.session === session) this.#pending.delete(k);
  }
}
