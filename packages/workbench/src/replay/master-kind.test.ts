// Replay takes each session's orientation mode (master kind) from the events the agent recorded with
// its control changes; a session without one (or an older recording) is UNACTUATED.
import { describe, expect, it } from 'vitest';
import { masterKindsOf, type RecordedEvent } from './session.js';

const ev = (code: string, sessionId: string): RecordedEvent => ({ timeNs: 1, severity: 'INFO', code, message: '', sessionId });

describe('masterKindsOf', () => {
  it('maps each controller session to the kind its events recorded', () => {
    const m = masterKindsOf([ev('CONTROL_TAKEN', 'a'), ev('MASTER_ACTUATED', 'a'), ev('MASTER_UNACTUATED', 'b'), ev('ENGAGED', 'c')]);
    expect(m.get('a')).toBe('ACTUATED');
    expect(m.get('b')).toBe('UNACTUATED');
    expect(m.has('c')).toBe(false);
  });
});
