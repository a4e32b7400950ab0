// Who may do what. One table, read by the session code and printed in the README.
//
//   command          surgeon (controller)  surgeon (other)  observer (bedside)  engineer
//   ESTOP            yes                   yes              yes                 yes
//   RESET_FAULT      yes                   no               yes                 no
//   ENGAGE           yes                   no               no                  no
//   DISENGAGE        yes                   no               no                  no
//   CLUTCH           yes                   no               no                  no
//   HOME             yes                   no               no                  no
//   SET_SCALE        yes (within range)    no               no                  yes (within range)
//   REQUEST_CONTROL  (holds it)            yes              no                  no
//   RELEASE_CONTROL  yes                   no               no                  no
//   GRANT_CONTROL    no                    no               yes                 yes
//   motion frames    yes                   refused          refused             refused
//
// Why: e-stop must never be out of anyone's reach. A latched fault or e-stop is cleared by someone who
// can see the patient and the arm: the bedside, or the surgeon who holds control (the reset only lets
// the arm hold; motion needs a fresh ENGAGE). The engineer is often remote and not clinical: they may
// tune the scale, hand the lock over for a session change, but not clear a safety latch or move the arm.
import type { CommandName, RoleName } from '@farhand/protocol';

export type Permission = { ok: true } | { ok: false; code: 'NOT_PERMITTED' | 'NOT_CONTROLLER'; message: string };

const ROLE_WORD: Record<RoleName, string> = { SURGEON: 'a surgeon', OBSERVER: 'the bedside observer', ENGINEER: 'an engineer' };

export function mayCommand(role: RoleName, isController: boolean, type: CommandName): Permission {
  const no = (who: string): Permission => ({
    ok: false,
    code: 'NOT_PERMITTED',
    message: `${type} is not accepted from ${ROLE_WORD[role]}; it is accepted from ${who}.`,
  });
  const needControl = (): Permission =>
    role === 'SURGEON'
      ? { ok: false, code: 'NOT_CONTROLLER', message: `${type} needs the control lock, which this session does not hold; send REQUEST_CONTROL first.` }
      : no('the surgeon holding control');
  switch (type) {
    case 'ESTOP':
      return { ok: true };
    case 'RESET_FAULT':
      if (role === 'OBSERVER') return { ok: true };
      if (role === 'SURGEON') return isController ? { ok: true } : needControl();
      return no('the bedside observer or the surgeon holding control');
    case 'ENGAGE':
    case 'DISENGAGE':
    case 'CLUTCH':
    case 'HOME':
      return isController ? { ok: true } : needControl();
    case 'SET_SCALE':
      if (role === 'ENGINEER') return { ok: true };
      return isController ? { ok: true } : needControl();
    case 'REQUEST_CONTROL':
      return role === 'SURGEON' ? { ok: true } : no('a surgeon');
    case 'RELEASE_CONTROL':
      return role === 'SURGEON' ? { ok: true } : no('the surgeon holding control');
    case 'GRANT_CONTROL':
      return role === 'OBSERVER' || role === 'ENGINEER' ? { ok: true } : no('the bedside observer or an engineer');
  }
}
