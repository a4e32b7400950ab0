// Commands: validated (an e-stop never refused for its other fields), authorised by the role table, the
// lock commands answered here, the rest handed to the core and acked when the core decides. Every Command
// gets exactly one CommandAck, and every ack is recorded with whether the core or the agent decided it.
import type { CoreAck, CoreCommandType } from '@farhand/latency-core';
import { commandName, encodeEnvelope, farhand, reasonText, validateCommand, type CommandCheck, type CommandName, type RoleName } from '@farhand/protocol';
import { mayCommand } from '../control/roles.js';
import type { ClientSession } from './client.js';
import type { ControlDesk, LockAnswer } from './control.js';
import type { GatewayShared } from './shared.js';
import { commandBody, numberOr0 } from './wire-bodies.js';

const pb = farhand.v1;
const CORE_COMMANDS: ReadonlySet<CommandName> = new Set(['ENGAGE', 'DISENGAGE', 'ESTOP', 'RESET_FAULT', 'CLUTCH', 'SET_SCALE', 'HOME']);

interface PendingCoreCommand {
  session: ClientSession;
  role: RoleName;
  receiveTimeNs: number;
  command: farhand.v1.ICommand;
}

export class Commands {
  /** Core commands awaiting their ack, by sender and id; the same id twice is answered in order. */
  readonly #pending = new Map<string, PendingCoreCommand[]>();

  constructor(
    private readonly g: GatewayShared,
    private readonly control: ControlDesk,
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
    });
    if (cmd.type === 'ESTOP') session.log.warn({ code: 'ESTOP_REQUESTED' }, 'e-stop requested');
  }

  /** A command dropped by the message rate limit: still acked (teleop.proto promises one ack per Command), not recorded. */
  ackRateLimited(session: ClientSession, msg: farhand.v1.ICommand, sentence: string): void {
    session.send(encodeEnvelope({ ack: { id: numberOr0(msg.id), ok: false, reason: `RATE_LIMITED: ${sentence}`, type: msg.type ?? 0 } }));
    this.g.deps.metrics.commands.inc({ type: commandName(msg.type ?? 0) ?? 'UNKNOWN', result: 'RATE_LIMITED' });
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

  /** An ack decided by the agent (not the core): sent, counted, recorded with to_core = false. */
  #ackAgent(session: ClientSession, msg: farhand.v1.ICommand, t: number, ok: boolean, reason: string, role: RoleName): void {
    const ack = { id: numberOr0(msg.id), ok, reason, type: msg.type ?? 0 };
    session.send(encodeEnvelope({ ack }));
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
