// The bedside alarm model. Only what needs a person waits for acknowledgement: faults and e-stops
// (ALARM, CRITICAL), holds that persist, and holds that keep recurring. A hold the system resolved by
// itself (a short LINK_STALE on a lossy link that resumed, a dead-man released and pressed again) is
// information: folded into one group per code with its count and the total time held, never an alarm
// someone must click away (23 acknowledgements in 45 s through an 80 ms link teach people to stop
// reading). Other warnings (a refused frame, a clock step) are grouped the same way.
// An audible alert sounds while any ALARM or CRITICAL is unacknowledged (IEC 60601-1-8 spirit: the
// sound stops when someone has seen it, not when the condition clears).

export type AlarmSeverity = 'INFO' | 'WARNING' | 'ALARM' | 'CRITICAL';

export interface Alarm {
  /** Local id (events carry no id of their own). */
  id: number;
  /** When the page received it (performance.now(), ms). */
  receivedMs: number;
  /** Agent monotonic time of the event, ns. */
  agentTimeNs: number;
  severity: AlarmSeverity;
  code: string;
  message: string;
  sessionId: string;
  acknowledged: boolean;
  /** Why a person is asked: its severity, a hold that persisted, or holds that keep recurring. */
  why: 'severity' | 'persisted' | 'recurring';
}

/** Informational events of one code, folded together. */
export interface EventGroup {
  code: string;
  /** Highest severity seen. */
  severity: AlarmSeverity;
  count: number;
  /** Holds only: how many ended by themselves (RESUMED), and the total time held by the ended ones, ms. */
  selfResolved: number;
  heldMs: number;
  firstMs: number;
  lastMs: number;
  /** The latest sentence. */
  message: string;
}

/** A hold in progress (the supervisor holds the arm for this reason right now). */
export interface OpenHold {
  code: string;
  sinceMs: number;
  message: string;
  sessionId: string;
  /** It has lasted long enough to need a person (an alarm was raised). */
  escalated: boolean;
}

export interface AlarmPolicy {
  /** A hold still in force after this long needs a person, ms (per code; Infinity = never). */
  persistMs: (code: string) => number;
  /** This many self-resolved holds of one code within recurWindowMs need a person. */
  recurCount: number;
  recurWindowMs: number;
}

/** Transitions into a hold that the system may leave by itself (latency-core reasons). */
export const HOLD_CODES: ReadonlySet<string> = new Set([
  'LINK_STALE', 'LINK_LOSS_HIGH', 'LINK_DELAY_HIGH', 'CLOCK_SYNC_LOST', 'OPERATOR_ABSENT', 'MISALIGNED', 'CONTROLLER_CHANGED', 'ARM_NOT_ENABLED',
]);
/** The hold ended by itself: following resumed from a re-anchored pose. */
const RESUME_CODES: ReadonlySet<string> = new Set(['RESUMED', 'RESUMED_CLUTCHED']);
/** Transitions that end a hold some other way (a person disengaged or reset, or worse happened). */
const ENDS_HOLD: ReadonlySet<string> = new Set(['DISENGAGED', 'ENGAGED', 'ESTOP', 'ARM_FAULT', 'ARM_READING_INVALID', 'TRACKING_ERROR', 'RESET', 'HOMING']);

export const DEFAULT_ALARM_POLICY: AlarmPolicy = {
  // A surgeon who lets go of the dead-man is pausing, not in trouble: that hold never escalates.
  persistMs: (code) => (code === 'OPERATOR_ABSENT' ? Infinity : 10_000),
  recurCount: 10,
  recurWindowMs: 60_000,
};

const RANK: Record<AlarmSeverity, number> = { INFO: 0, WARNING: 1, ALARM: 2, CRITICAL: 3 };

export function needsSound(severity: AlarmSeverity): boolean {
  return RANK[severity] >= RANK.ALARM;
}

export interface IncomingEvent {
  receivedMs: number;
  agentTimeNs: number;
  severity: AlarmSeverity;
  code: string;
  message: string;
  sessionId?: string;
}

export class AlarmList {
  private readonly items: Alarm[] = [];
  private readonly groupsByCode = new Map<string, EventGroup>();
  private readonly open = new Map<string, OpenHold>();
  /** End times of self-resolved holds per code, for the recurrence rule. */
  private readonly resolvedAt = new Map<string, number[]>();
  private nextId = 1;

  constructor(
    private readonly capacity = 200,
    private readonly policy: AlarmPolicy = DEFAULT_ALARM_POLICY,
  ) {}

  /**
   * Takes one agent (or page) event. Returns the alarm when it needs a person now, else null (it was
   * folded into a group, or opened a hold that may yet resolve by itself).
   */
  add(e: IncomingEvent): Alarm | null {
    const code = e.code;
    if (RESUME_CODES.has(code) || ENDS_HOLD.has(code)) this.endHolds(e.receivedMs, RESUME_CODES.has(code));
    if (RANK[e.severity] >= RANK.ALARM) return this.raise(e, 'severity');
    if (HOLD_CODES.has(code)) {
      if (!this.open.has(code)) this.open.set(code, { code, sinceMs: e.receivedMs, message: e.message, sessionId: e.sessionId ?? '', escalated: false });
      this.group(e);
      return null;
    }
    // A resume is already told by its hold's group (count, time held).
    if (!RESUME_CODES.has(code)) this.group(e);
    return null;
  }

  /** Escalates holds that have lasted too long. Call periodically (the monitor does, 4 times a second). */
  update(nowMs: number): Alarm[] {
    const raised: Alarm[] = [];
    for (const h of this.open.values()) {
      if (h.escalated || nowMs - h.sinceMs < this.policy.persistMs(h.code)) continue;
      h.escalated = true;
      const s = ((nowMs - h.sinceMs) / 1000).toFixed(0);
      raised.push(
        this.raise({ receivedMs: nowMs, agentTimeNs: 0, severity: 'ALARM', code: h.code, message: `The arm has been held for ${s} s and has not resumed by itself: ${h.message}`, sessionId: h.sessionId }, 'persisted'),
      );
    }
    return raised;
  }

  private endHolds(nowMs: number, byItself: boolean): void {
    for (const h of this.open.values()) {
      const g = this.groupsByCode.get(h.code);
      if (g) {
        g.heldMs += Math.max(0, nowMs - h.sinceMs);
        if (byItself) g.selfResolved++;
      }
      if (byItself && !h.escalated) this.recur(h.code, nowMs, g);
    }
    this.open.clear();
  }

  private recur(code: string, nowMs: number, g: EventGroup | undefined): void {
    const times = (this.resolvedAt.get(code) ?? []).filter((t) => t > nowMs - this.policy.recurWindowMs);
    times.push(nowMs);
    this.resolvedAt.set(code, times);
    if (times.length < this.policy.recurCount) return;
    if (this.items.some((a) => a.code === code && a.why === 'recurring' && !a.acknowledged)) return;
    this.resolvedAt.set(code, []);
    const mins = this.policy.recurWindowMs / 60_000;
    this.raise(
      {
        receivedMs: nowMs,
        agentTimeNs: 0,
        severity: 'WARNING',
        code,
        message: `${times.length} holds (${code}) in the last ${mins === 1 ? 'minute' : `${mins} minutes`}, each resolved by itself (${((g?.heldMs ?? 0) / 1000).toFixed(1)} s held in all): check the link.`,
      },
      'recurring',
    );
  }

  private group(e: IncomingEvent): void {
    const g = this.groupsByCode.get(e.code);
    if (g) {
      g.count++;
      g.lastMs = e.receivedMs;
      g.message = e.message;
      if (RANK[e.severity] > RANK[g.severity]) g.severity = e.severity;
      return;
    }
    this.groupsByCode.set(e.code, { code: e.code, severity: e.severity, count: 1, selfResolved: 0, heldMs: 0, firstMs: e.receivedMs, lastMs: e.receivedMs, message: e.message });
  }

  private raise(e: IncomingEvent, why: Alarm['why']): Alarm {
    const alarm: Alarm = {
      id: this.nextId++,
      receivedMs: e.receivedMs,
      agentTimeNs: e.agentTimeNs,
      severity: e.severity,
      code: e.code,
      message: e.message,
      sessionId: e.sessionId ?? '',
      acknowledged: false,
      why,
    };
    this.items.unshift(alarm);
    // Drop the oldest acknowledged entries first: an unacknowledged alarm is never silently lost.
    while (this.items.length > this.capacity) {
      let i = this.items.length - 1;
      while (i >= 0 && !this.items[i]!.acknowledged) i--;
      this.items.splice(i >= 0 ? i : this.items.length - 1, 1);
    }
    return alarm;
  }

  acknowledge(id: number): boolean {
    const a = this.items.find((x) => x.id === id);
    if (!a || a.acknowledged) return false;
    a.acknowledged = true;
    return true;
  }

  acknowledgeAll(): number {
    let n = 0;
    for (const a of this.items) if (!a.acknowledged) (a.acknowledged = true), n++;
    return n;
  }

  /** Alarms that need (or needed) a person, newest first. */
  list(): readonly Alarm[] {
    return this.items;
  }

  unacknowledged(): Alarm[] {
    return this.items.filter((a) => !a.acknowledged);
  }

  /** Informational events folded per code, most recent first. */
  groups(): EventGroup[] {
    return Array.from(this.groupsByCode.values()).sort((a, b) => b.lastMs - a.lastMs);
  }

  /** Holds in force now. */
  openHolds(): OpenHold[] {
    return Array.from(this.open.values());
  }

  /** The alert should sound now. */
  sounding(): boolean {
    return this.items.some((a) => !a.acknowledged && needsSound(a.severity));
  }
}
