// Protocol versioning: the major is the wire contract (a different major is refused with a sentence
// naming both versions); a newer minor only adds fields or message kinds, which protobuf decoding
// ignores, so it is accepted.

/** Major version of farhand.v1 spoken by this package. Matches `package farhand.v1` in the .proto. */
export const PROTOCOL_MAJOR = 1;
/** Minor version of the schema in proto/farhand/v1/teleop.proto. */
export const PROTOCOL_MINOR = 1;
/** "1.1", for logs and sentences. */
export const PROTOCOL_VERSION = `${PROTOCOL_MAJOR}.${PROTOCOL_MINOR}`;

/** Anything that carries a protocol version: Hello (from a client) or Welcome (from the agent). */
export interface VersionCarrier {
  protocol_major?: number | null;
  protocol_minor?: number | null;
}

export type VersionCheck =
  | { ok: true; major: number; minor: number; /** The peer speaks a newer minor: its extra fields are ignored. */ newerMinor: boolean }
  | { ok: false; code: 'VERSION_MISMATCH'; message: string };

/**
 * Checks the peer's protocol version against ours. `peer` names who sent it, for the sentence:
 * 'client' when the agent checks a Hello, 'agent' when a client checks a Welcome.
 */
export function checkVersion(msg: VersionCarrier | null | undefined, peer: 'client' | 'agent' = 'client'): VersionCheck {
  const major = wireUint(msg?.protocol_major);
  const minor = wireUint(msg?.protocol_minor);
  const self = peer === 'client' ? 'this agent' : 'this client';
  if (major === PROTOCOL_MAJOR) return { ok: true, major, minor, newerMinor: minor > PROTOCOL_MINOR };
  const theirs = major === 0 && minor === 0 ? 'sent no protocol version (0.0)' : `speaks Farhand protocol ${major}.${minor}`;
  const update = major < PROTOCOL_MAJOR ? `the ${peer}` : self.replace('this ', 'the ');
  return {
    ok: false,
    code: 'VERSION_MISMATCH',
    message:
      `Protocol version mismatch: the ${peer} ${theirs} but ${self} speaks Farhand protocol ${PROTOCOL_VERSION}; ` +
      `the major versions must be equal, so update ${update} to protocol major ${Math.max(major, PROTOCOL_MAJOR)}.`,
  };
}

/** A uint32 field as read from the wire; anything else (a hand-built object gone wrong) counts as 0. */
function wireUint(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}
