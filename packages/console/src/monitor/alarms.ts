// The bedside alarm list: agent Events kept newest first, each acknowledged by a person. An audible
// alert sounds while any ALARM or CRITICAL event is unacknowledged (IEC 60601-1-8 spirit: the sound
// stops when someone has seen it, not when the condition clears).

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
}

const RANK: Record<AlarmSeverity, number> = { INFO: 0, WARNING: 1, ALARM: 2, CRITICAL: 3 };

export function needsSound(severity: AlarmSeverity): boolean {
  return RANK[severity] >= RANK.ALARM;
}

export class AlarmList {
  private readonly items: Alarm[] = [];
  private nextId = 1;

  constructor(private readonly capacity = 200) {}

  /** Adds an event. INFO events need no acknowledgement and are stored as acknowledged. */
  add(e: { receivedMs: number; agentTimeNs: number; severity: AlarmSeverity; code: string; message: string; sessionId?: string }): Alarm {
    const alarm: Alarm = {
      id: this.nextId++,
      receivedMs: e.receivedMs,
      agentTimeNs: e.agentTimeNs,
      severity: e.severity,
      code: e.code,
      message: e.message,
      sessionId: e.sessionId ?? '',
      acknowledged: e.severity === 'INFO',
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

  list(): readonly Alarm[] {
    return this.items;
  }

  unacknowledged(): Alarm[] {
    return this.items.filter((a) => !a.acknowledged);
  }

  /** The alert should sound now. */
  sounding(): boolean {
    return this.items.some((a) => !a.acknowledged && needsSound(a.severity));
  }
}
