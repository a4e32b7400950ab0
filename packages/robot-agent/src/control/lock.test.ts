import { describe, expect, it } from 'vitest';
import { ControlLock } from './lock.js';
import { mayCommand } from './roles.js';

describe('ControlLock', () => {
  it('grants a free lock, refuses a second surgeon until release, records who and why', () => {
    const lock = new ControlLock();
    expect(lock.request('a')).toEqual({ ok: true, change: { controllerId: 'a', previousId: null, reason: 'REQUESTED', grantedBy: null } });
    expect(lock.request('a')).toEqual({ ok: true, change: null });
    expect(lock.request('b')).toEqual({ ok: false, code: 'CONTROL_HELD', holder: 'a' });
    expect(lock.release('b')).toEqual({ ok: false, code: 'NOT_CONTROLLER', holder: 'a' });
    expect(lock.release('a')).toEqual({ ok: true, change: { controllerId: null, previousId: 'a', reason: 'RELEASED', grantedBy: null } });
    expect(lock.request('b').ok).toBe(true);
    expect(lock.holder).toBe('b');
  });

  it('hands over by grant and frees on the holder disconnecting only', () => {
    const lock = new ControlLock();
    lock.request('a');
    expect(lock.grant('b', 'obs')).toEqual({ ok: true, change: { controllerId: 'b', previousId: 'a', reason: 'GRANTED', grantedBy: 'obs' } });
    expect(lock.drop('a')).toBeNull();
    expect(lock.drop('b')).toEqual({ controllerId: null, previousId: 'b', reason: 'DISCONNECTED', grantedBy: null });
    expect(lock.holder).toBeNull();
  });
});

describe('mayCommand (the roles table)', () => {
  it('accepts e-stop from every role', () => {
    for (const role of ['SURGEON', 'OBSERVER', 'ENGINEER'] as const) {
      expect(mayCommand(role, false, 'ESTOP').ok).toBe(true);
    }
  });

  it('lets the bedside or the controlling surgeon reset, nobody else', () => {
    expect(mayCommand('OBSERVER', false, 'RESET_FAULT').ok).toBe(true);
    expect(mayCommand('SURGEON', true, 'RESET_FAULT').ok).toBe(true);
    expect(mayCommand('SURGEON', false, 'RESET_FAULT')).toEqual({
      ok: false,
      code: 'NOT_CONTROLLER',
      message: 'RESET_FAULT needs the control lock, which this session does not hold; send REQUEST_CONTROL first.',
    });
    expect(mayCommand('ENGINEER', false, 'RESET_FAULT')).toEqual({
      ok: false,
      code: 'NOT_PERMITTED',
      message: 'RESET_FAULT is not accepted from an engineer; it is accepted from the bedside observer or the surgeon holding control.',
    });
  });

  it('keeps motion commands to the controller, scale to the controller or an engineer, grants to bedside/engineer', () => {
    expect(mayCommand('SURGEON', true, 'ENGAGE').ok).toBe(true);
    expect(mayCommand('OBSERVER', false, 'ENGAGE')).toEqual({
      ok: false,
      code: 'NOT_PERMITTED',
      message: 'ENGAGE is not accepted from the bedside observer; it is accepted from the surgeon holding control.',
    });
    expect(mayCommand('ENGINEER', false, 'SET_SCALE').ok).toBe(true);
    expect(mayCommand('SURGEON', false, 'SET_SCALE').ok).toBe(false);
    expect(mayCommand('OBSERVER', false, 'GRANT_CONTROL').ok).toBe(true);
    expect(mayCommand('SURGEON', true, 'GRANT_CONTROL').ok).toBe(false);
    expect(mayCommand('OBSERVER', false, 'REQUEST_CONTROL')).toEqual({
      ok: false,
      code: 'NOT_PERMITTED',
      message: 'REQUEST_CONTROL is not accepted from the bedside observer; it is accepted from a surgeon.',
    });
  });
});
