// Replay takes each session's orientation mode (master kind) from the control records (RecordedControl
// master_kind, field 7), else - recordings made before that field - from the events the agent recorded
// with its control changes; a session with neither is UNACTUATED.
import { describe, expect, it } from 'vitest';
import { masterKindsOf, type RecordedEvent, type SessionControl } from './session.js';

const ev = (code: string, sessionId: string): RecordedEvent => ({ timeNs: 1, severity: 'INFO', code, message: '', sessionId });

describe('masterKindsOf', () => {
  it('maps each controller session to the kind its events recorded', () => {
    const m = masterKindsOf([ev('CONTROL_TAKEN', 'a'), ev('MASTER_ACTUATED', 'a'), ev('MASTER_UNACTUATED', 'b'), ev('ENGAGED', 'c')]);
    expect(m.get('a')).toBe('ACTUATED');
    expect(m.get('b')).toBe('UNACTUATED');
    expect(m.has('c')).toBe(false);
  });

  it('prefers what the control records say; older recordings (no master_kind) keep working from the events', () => {
    const ctl = (controllerId: string | null, masterKind?: 'ACTUATED' | 'UNACTUATED'): SessionControl => ({ tick: 1, timeNs: 1, controllerId, previousId: null, reason: 'REQUESTED', ...(masterKind ? { masterKind } : {}) });
    const events = [ev('MASTER_UNACTUATED', 'a'), ev('MASTER_ACTUATED', 'b')];
    const m = masterKindsOf(events, [ctl('a', 'ACTUATED'), ctl('b'), ctl(null), ctl('c', 'UNACTUATED')]);
    expect(m.get('a')).toBe('ACTUATED'); // the record wins over the event
    expect(m.get('b')).toBe('ACTUATED'); // older record, no field: from the event
    expect(m.get('c')).toBe('UNACTUATED'); // the record alone
    expect(m.size).toBe(3);
    expect(masterKindsOf(events)).toEqual(new Map([['a', 'UNACTUATED'], ['b', 'ACTUATED']]));
  });
});
