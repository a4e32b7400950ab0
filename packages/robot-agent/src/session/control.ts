// The control lock as clients see it: REQUEST_CONTROL, RELEASE_CONTROL and the bedside's GRANT_CONTROL
// (explicit handover), and every change of the lock, whatever caused it, handed to the loop at the next
// tick, recorded, logged and announced to everyone with a sentence naming who and why.
import type { ControlChange } from '../control/lock.js';
import type { ClientSession } from './client.js';
import type { GatewayShared } from './shared.js';

/**
 * The agent's answer to a lock command: ok (with the change to apply once the ack is sent, so the client
 * hears its ack before the announcement), or a stable code and a sentence (and, for a refused request,
 * an announcement to send after the ack).
 */
export type LockAnswer = { ok: true; change: ControlChange | null } | { ok: false; code: string; sentence: string; after?: () => void };

/** Event codes that record the controller's master kind (see apply): replay takes the mode from them. */
export const MASTER_KIND_EVENT = { ACTUATED: 'MASTER_ACTUATED', UNACTUATED: 'MASTER_UNACTUATED' } as const;

const CODE_OF: Record<ControlChange['reason'], string> = {
  REQUESTED: 'CONTROL_TAKEN',
  RELEASED: 'CONTROL_RELEASED',
  GRANTED: 'CONTROL_GRANTED',
  DISCONNECTED: 'CONTROL_LOST',
  KEEPALIVE_TIMEOUT: 'CONTROL_LOST',
  SHUTDOWN: 'CONTROL_RELEASED',
};

export class ControlDesk {
  constructor(private readonly g: GatewayShared) {}

  request(session: ClientSession, t: number): LockAnswer {
    const r = this.g.lock.request(session.id);
    if (!r.ok) {
      const holder = r.holder !== null ? this.g.sessions.get(r.holder) : undefined;
      const who = holder ? `session ${holder.id}${holder.name ? ` (${holder.name})` : ''}` : 'another session';
      const after = (): void =>
        this.g.broadcastEvent({
          timeNs: t,
          severity: 'INFO',
          code: 'CONTROL_REQUESTED',
          message: `Surgeon session ${session.id}${session.name ? ` (${session.name})` : ''} asks for control, held by ${who}.`,
          sessionId: session.id,
          armId: this.g.deps.armIds[0]!,
        });
      return { ok: false, code: 'CONTROL_HELD', sentence: `control is held by ${who}; it passes on when they release it or the bedside grants a handover.`, after };
    }
    return { ok: true, change: r.change ?? null };
  }

  release(session: ClientSession): LockAnswer {
    const r = this.g.lock.release(session.id);
    if (!r.ok) return { ok: false, code: 'NOT_CONTROLLER', sentence: 'this session does not hold control, so it cannot release it.' };
    return { ok: true, change: r.change ?? null };
  }

  grant(by: ClientSession, targetId: string): LockAnswer {
    const target = this.g.sessions.get(targetId);
    if (!target || !target.open) {
      return { ok: false, code: 'UNKNOWN_SESSION', sentence: `no connected session ${JSON.stringify(targetId)}; the target is a surgeon's session id (see the monitor).` };
    }
    if (target.role !== 'SURGEON') {
      return { ok: false, code: 'NOT_SURGEON', sentence: `session ${target.id} is ${target.role!.toLowerCase()}; only a surgeon session can hold control.` };
    }
    const r = this.g.lock.grant(target.id, by.id);
    return { ok: true, change: r.ok ? (r.change ?? null) : null };
  }

  /** A session went away: if it held control, nobody does now (the core holds the arm). */
  dropped(sessionId: string, t: number): void {
    const change = this.g.lock.drop(sessionId);
    if (change) this.apply(change, t);
  }

  /**
   * The holder went silent (nothing received for limits.controllerSilenceS, or no pong): it loses control,
   * so the core holds the arm; it may ask again once it is back.
   */
  silent(sessionId: string, t: number): void {
    const change = this.g.lock.drop(sessionId, 'KEEPALIVE_TIMEOUT');
    if (change) this.apply(change, t);
  }

  /** Shutdown: whoever holds control loses it, so the core brings the arm to a hold. */
  releaseForShutdown(t: number): void {
    const holder = this.g.lock.holder;
    if (holder === null) return;
    const change = this.g.lock.drop(holder, 'SHUTDOWN');
    if (change) this.apply(change, t);
  }

  apply(change: ControlChange, t: number): void {
    const { loop, recorder, log, metrics } = this.g.deps;
    const masterKind = change.controllerId !== null ? this.g.sessions.get(change.controllerId)?.masterKind : undefined;
    const seq = loop.control(change.controllerId, masterKind);
    recorder?.send({
      k: 'control',
      seq,
      timeNs: t,
      controllerId: change.controllerId ?? '',
      previousId: change.previousId ?? '',
      reason: change.reason,
      grantedBy: change.grantedBy ?? '',
      ...(masterKind ? { masterKind } : {}),
    });
    metrics.controlChanges.inc({ reason: change.reason });
    const describe = (id: string | null): string => {
      if (id === null) return 'nobody';
      const s = this.g.sessions.get(id);
      return s?.name ? `${id} (${s.name})` : id;
    };
    const code = CODE_OF[change.reason];
    const sentence =
      change.reason === 'REQUESTED'
        ? `Session ${describe(change.controllerId)} took control.`
        : change.reason === 'RELEASED'
          ? `Session ${describe(change.previousId)} released control; nobody holds it.`
          : change.reason === 'GRANTED'
            ? `Control handed from ${describe(change.previousId)} to ${describe(change.controllerId)} by ${describe(change.grantedBy)}.`
            : change.reason === 'DISCONNECTED'
              ? `Session ${describe(change.previousId)} disconnected while holding control; the arm holds and nobody holds control.`
              : change.reason === 'KEEPALIVE_TIMEOUT'
                ? `Session ${describe(change.previousId)} sent nothing for ${this.g.deps.config.limits.controllerSilenceS} s while holding control (KEEPALIVE_TIMEOUT); the arm holds and nobody holds control.`
              : `Control released from ${describe(change.previousId)}: the agent is shutting down.`;
    log.info({ code, controller: change.controllerId, previous: change.previousId, grantedBy: change.grantedBy, reason: change.reason }, sentence);
    this.g.broadcastEvent({
      timeNs: t,
      severity: change.reason === 'DISCONNECTED' || change.reason === 'KEEPALIVE_TIMEOUT' ? 'WARNING' : 'INFO',
      code,
      message: sentence,
      ...(change.controllerId !== null ? { sessionId: change.controllerId } : change.previousId !== null ? { sessionId: change.previousId } : {}),
      armId: this.g.deps.armIds[0]!,
    });
    // The orientation mode the core now applies, as a stable code with the session: the recording keeps
    // it (replay and what-if take the mode from here: workbench replay/session.ts masterKindsOf).
    if (change.controllerId !== null && masterKind) {
      this.g.broadcastEvent({
        timeNs: t,
        severity: 'INFO',
        code: MASTER_KIND_EVENT[masterKind],
        message:
          masterKind === 'ACTUATED'
            ? `Session ${describe(change.controllerId)} has an actuated master: orientation is absolute; engage and resume need the hand within the alignment tolerance of the tool.`
            : `Session ${describe(change.controllerId)} has an unactuated master: the orientation offset is captured at engage and at every resume, and kept.`,
        sessionId: change.controllerId,
        armId: this.g.deps.armIds[0]!,
      });
    }
  }
}
