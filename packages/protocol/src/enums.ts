// Enum names <-> wire numbers. proto3 enums are open: a decoded field may hold any int32, including
// values a newer schema added; these helpers say which ones this version knows.
import { farhand } from './gen/farhand.js';

export type RoleName = Exclude<keyof typeof farhand.v1.Role, 'ROLE_UNSPECIFIED'>;
export type CommandName = Exclude<keyof typeof farhand.v1.CommandType, 'COMMAND_TYPE_UNSPECIFIED'>;
export type SupervisorStateName = Exclude<keyof typeof farhand.v1.SupervisorState, 'SUPERVISOR_STATE_UNSPECIFIED'>;
export type ArmStateName = Exclude<keyof typeof farhand.v1.ArmOperatingState, 'ARM_STATE_UNSPECIFIED'>;
export type SeverityName = Exclude<keyof typeof farhand.v1.Severity, 'SEVERITY_UNSPECIFIED'>;
export type RejectName = Exclude<keyof typeof farhand.v1.RejectCode, 'REJECT_UNSPECIFIED'>;

/** Number -> name for the non-zero values of a generated enum. */
function byNumber(e: object): ReadonlyMap<number, string> {
  const m = new Map<number, string>();
  // Own keys of a generated enum are its names; numbers are on its prototype (valuesById).
  for (const [name, v] of Object.entries(e)) if (typeof v === 'number' && v !== 0) m.set(v, name);
  return m;
}

const roles = byNumber(farhand.v1.Role);
const commands = byNumber(farhand.v1.CommandType);
const states = byNumber(farhand.v1.SupervisorState);
const armStates = byNumber(farhand.v1.ArmOperatingState);
const severities = byNumber(farhand.v1.Severity);
const rejects = byNumber(farhand.v1.RejectCode);

const lookup = <N extends string>(m: ReadonlyMap<number, string>) => (v: unknown): N | undefined =>
  typeof v === 'number' ? (m.get(v) as N | undefined) : undefined;

/** The name of a known, non-UNSPECIFIED value; undefined for 0 and unknown values. */
export const roleName = lookup<RoleName>(roles);
export const commandName = lookup<CommandName>(commands);
export const supervisorStateName = lookup<SupervisorStateName>(states);
export const armStateName = lookup<ArmStateName>(armStates);
export const severityName = lookup<SeverityName>(severities);
export const rejectName = lookup<RejectName>(rejects);

/** "SURGEON (1), OBSERVER (2), ENGINEER (3)": the accepted values, for refusal sentences. */
export function acceptedValues(e: object): string {
  return [...byNumber(e)].map(([v, n]) => `${n} (${v})`).join(', ');
}
