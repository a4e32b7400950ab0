// The control lock: at most one session holds it, and only that session's motion frames reach the
// core. Changes happen only by an explicit request into a free lock, a release by the holder, a grant
// by the bedside (observer) or an engineer, the holder's disconnection, or its silence past the keepalive
// deadline. Pure state: the caller logs,
// records and announces each change.

/** KEEPALIVE_TIMEOUT: the holder sent nothing (or answered no ping) for longer than the keepalive deadline. */
export type ControlChangeReason = 'REQUESTED' | 'RELEASED' | 'GRANTED' | 'DISCONNECTED' | 'KEEPALIVE_TIMEOUT' | 'SHUTDOWN';

export interface ControlChange {
  controllerId: string | null;
  previousId: string | null;
  reason: ControlChangeReason;
  grantedBy: string | null;
}

export type LockResult = { ok: true; change: ControlChange | null } | { ok: false; code: 'CONTROL_HELD' | 'NOT_CONTROLLER'; holder: string | null };

export class ControlLock {
  #holder: string | null = null;

  get holder(): string | null {
    return this.#holder;
  }

  /** A surgeon asks for the lock: granted only when free (asking again while holding it is a no-op). */
  request(sessionId: string): LockResult {
    if (this.#holder === sessionId) return { ok: true, change: null };
    if (this.#holder !== null) return { ok: false, code: 'CONTROL_HELD', holder: this.#holder };
    return { ok: true, change: this.#set(sessionId, 'REQUESTED', null) };
  }

  release(sessionId: string): LockResult {
    if (this.#holder !== sessionId) return { ok: false, code: 'NOT_CONTROLLER', holder: this.#holder };
    return { ok: true, change: this.#set(null, 'RELEASED', null) };
  }

  /** Explicit handover: the caller has checked that `by` may grant and `target` may hold. */
  grant(target: string, by: string): LockResult {
    if (this.#holder === target) return { ok: true, change: null };
    return { ok: true, change: this.#set(target, 'GRANTED', by) };
  }

  /** The session went away (or the agent stops): frees the lock if it held it. */
  drop(sessionId: string, reason: 'DISCONNECTED' | 'KEEPALIVE_TIMEOUT' | 'SHUTDOWN' = 'DISCONNECTED'): ControlChange | null {
    return this.#holder === sessionId ? this.#set(null, reason, null) : null;
  }

  #set(next: string | null, reason: ControlChangeReason, grantedBy: string | null): ControlChange {
    const change = { controllerId: next, previousId: this.#holder, reason, grantedBy };
    this.#holder = next;
    return change;
  }
}
