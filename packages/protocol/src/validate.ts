// Semantic validation of the messages a client sends the agent (besides MotionFrame, see motion.ts):
// Hello, ClockProbe, Command. Each returns the checked values in plain form or a Refusal with a
// code, the field and a sentence. They never throw.
import { acceptedValues, commandName, roleName, type CommandName, type RoleName } from './enums.js';
import { farhand } from './gen/farhand.js';
import { codePoints, exactUint, finite, fmt, isRefusal, refuse, timeNs, type Refusal } from './refusal.js';
import { checkVersion } from './version.js';

/** Bounds on strings, code points. client_name's bound is in the .proto; the others are ours. */
export const MAX_CLIENT_NAME_CHARS = 64;
export const MAX_TOKEN_CHARS = 256;
export const MAX_SESSION_ID_CHARS = 128;

// ------------------------------------------------------------------------------------------------
// Hello

export interface ValidHello {
  major: number;
  minor: number;
  /** The client speaks a newer minor; its extra fields were ignored. */
  newerMinor: boolean;
  role: RoleName;
  token: string;
  clientName: string;
}

/** A refused Hello also says which RejectCode the agent answers with. */
export type HelloRefusal = Refusal & { reject: farhand.v1.RejectCode };
export type HelloCheck = { ok: true; hello: ValidHello } | HelloRefusal;

/** Version first (a client of another major may not even mean the same fields), then role, token, name. */
export function validateHello(h: farhand.v1.Hello.$Properties | null | undefined): HelloCheck {
  const bad = (r: Refusal, reject = farhand.v1.RejectCode.BAD_HELLO): HelloRefusal => ({ ...r, reject });
  if (h == null) return bad(refuse('MISSING', 'hello', 'The first message must be a Hello.'));
  const v = checkVersion(h, 'client');
  if (!v.ok) return bad(refuse('VERSION_MISMATCH', 'protocol_major', v.message), farhand.v1.RejectCode.VERSION_MISMATCH);

  const roleValue = h.role ?? 0;
  const role = roleName(roleValue);
  if (role === undefined) {
    const accepted = `accepted: ${acceptedValues(farhand.v1.Role)}`;
    return bad(
      roleValue === 0
        ? refuse('MISSING', 'role', `role is missing; ask for a role, ${accepted}.`)
        : refuse('UNKNOWN_ENUM', 'role', `role ${fmt(roleValue)} is not a role this agent knows; ${accepted}.`),
    );
  }
  const token = h.token ?? '';
  if (typeof token !== 'string' || token.length === 0) {
    return bad(refuse('MISSING', 'token', 'token is missing; use the token= value from the URL the agent printed.'));
  }
  if (codePoints(token) > MAX_TOKEN_CHARS) {
    return bad(refuse('TOO_LONG', 'token', `token is longer than ${MAX_TOKEN_CHARS} characters; it cannot be one the agent issued.`));
  }
  const clientName = h.client_name ?? '';
  if (typeof clientName !== 'string') return bad(refuse('MISSING', 'client_name', 'client_name must be a string.'));
  const n = codePoints(clientName);
  if (n > MAX_CLIENT_NAME_CHARS) {
    return bad(refuse('TOO_LONG', 'client_name', `client_name is ${n} characters; at most ${MAX_CLIENT_NAME_CHARS} are accepted.`));
  }
  return { ok: true, hello: { major: v.major, minor: v.minor, newerMinor: v.newerMinor, role, token, clientName } };
}

// ------------------------------------------------------------------------------------------------
// ClockProbe

export interface ValidClockProbe {
  id: number;
  /** false: a request to answer at once; true: the answer to one of our requests. */
  reply: boolean;
  t0Ns: number;
  t1Ns: number;
  t2Ns: number;
  t3Ns: number;
}
export type ClockProbeCheck = { ok: true; probe: ValidClockProbe } | Refusal;

/**
 * Checks ranges and, for a reply, that the responder's own two stamps are in order (t2 >= t1, both
 * set). Matching a reply to an outstanding request (id, t0) is the receiver's job: only it knows them.
 */
export function validateClockProbe(c: farhand.v1.ClockProbe.$Properties | null | undefined): ClockProbeCheck {
  if (c == null) return refuse('MISSING', 'clock', 'The Envelope has no ClockProbe.');
  const id = exactUint(c.id, 'id');
  if (isRefusal(id)) return id;
  const t0Ns = timeNs(c.t0_ns, 't0_ns');
  if (isRefusal(t0Ns)) return t0Ns;
  const t1Ns = timeNs(c.t1_ns, 't1_ns');
  if (isRefusal(t1Ns)) return t1Ns;
  const t2Ns = timeNs(c.t2_ns, 't2_ns');
  if (isRefusal(t2Ns)) return t2Ns;
  const t3Ns = timeNs(c.t3_ns, 't3_ns');
  if (isRefusal(t3Ns)) return t3Ns;
  const reply = c.reply === true;
  if (reply) {
    if (t1Ns === 0 || t2Ns === 0) {
      const field = t1Ns === 0 ? 't1_ns' : 't2_ns';
      return refuse('MISSING', field, `A clock probe reply must carry t1_ns (request arrival) and t2_ns (reply departure) on the responder's clock; ${field} is 0.`);
    }
    if (t2Ns < t1Ns) {
      return refuse('OUT_OF_RANGE', 't2_ns', `t2_ns (${fmt(t2Ns)}) is before t1_ns (${fmt(t1Ns)}); the reply cannot leave before the request arrived.`);
    }
  }
  return { ok: true, probe: { id, reply, t0Ns, t1Ns, t2Ns, t3Ns } };
}

// ------------------------------------------------------------------------------------------------
// Command

export interface ValidCommand {
  id: number;
  type: CommandName;
  armId: number;
  /** SET_SCALE only: tool/master translation ratio. */
  scale?: number;
  /** CLUTCH only: pressed. */
  flag?: boolean;
  /** GRANT_CONTROL only: who receives the lock. */
  targetSessionId?: string;
}
export type CommandCheck = { ok: true; command: ValidCommand } | Refusal;

export interface CommandValidationOptions {
  /** The agent's arms (Welcome.arm_ids). Absent: any arm_id is accepted. */
  armIds?: readonly number[];
  /** SET_SCALE bounds (Limits.motion_scale_min/max); defaults 0.1 (10:1) and 1.0 (1:1). */
  scaleMin?: number;
  scaleMax?: number;
}

/** Checks a Command's type and the argument that type needs. Whether the sender may give it is the agent's job. */
export function validateCommand(c: farhand.v1.Command.$Properties | null | undefined, options: CommandValidationOptions = {}): CommandCheck {
  if (c == null) return refuse('MISSING', 'command', 'The Envelope has no Command.');
  const id = exactUint(c.id, 'id');
  if (isRefusal(id)) return id;
  const typeValue = c.type ?? 0;
  const type = commandName(typeValue);
  if (type === undefined) {
    const accepted = `accepted: ${acceptedValues(farhand.v1.CommandType)}`;
    return typeValue === 0
      ? refuse('MISSING', 'type', `type is missing; ${accepted}.`)
      : refuse('UNKNOWN_ENUM', 'type', `type ${fmt(typeValue)} is not a command this agent knows; ${accepted}.`);
  }
  const armId = c.arm_id ?? 0;
  if (typeof armId !== 'number' || !Number.isInteger(armId) || armId < 0) {
    return refuse('OUT_OF_RANGE', 'arm_id', `arm_id is ${fmt(armId)}; it must be a non-negative integer.`);
  }
  if (options.armIds && !options.armIds.includes(armId)) {
    return refuse('UNKNOWN_ARM', 'arm_id', `arm_id ${armId} is not an arm of this agent; accepted: ${options.armIds.join(', ')}.`);
  }
  const command: ValidCommand = { id, type, armId };
  if (type === 'SET_SCALE') {
    const lo = options.scaleMin ?? 0.1;
    const hi = options.scaleMax ?? 1.0;
    const scale = finite(c.scale, 'scale', 'scale');
    if (isRefusal(scale)) return scale;
    if (scale < lo || scale > hi) {
      return refuse(
        'OUT_OF_RANGE',
        'scale',
        `scale is ${fmt(scale)}; accepted: ${lo} .. ${hi} (tool/master translation ratio, ${fmt(1 / hi)}:1 .. ${fmt(1 / lo)}:1).`,
      );
    }
    command.scale = scale;
  } else if (type === 'CLUTCH') {
    command.flag = c.flag === true;
  } else if (type === 'GRANT_CONTROL') {
    const target = c.target_session_id ?? '';
    if (typeof target !== 'string' || target.length === 0) {
      return refuse('MISSING', 'target_session_id', 'GRANT_CONTROL needs target_session_id, the session that receives control.');
    }
    if (codePoints(target) > MAX_SESSION_ID_CHARS) {
      return refuse('TOO_LONG', 'target_session_id', `target_session_id is longer than ${MAX_SESSION_ID_CHARS} characters; no session id is that long.`);
    }
    command.targetSessionId = target;
  }
  return { ok: true, command };
}

// ------------------------------------------------------------------------------------------------
// RtcSignal (WebRTC signalling for the motion DataChannel, carried by the authenticated WebSocket)

/** Bounds on signalling, characters. An offer for one DataChannel is ~550, an answer ~450. */
export const MAX_SDP_CHARS = 16384;
export const MAX_ICE_CANDIDATE_CHARS = 512;
export const MAX_SDP_MID_CHARS = 32;
export const MAX_RTC_REASON_CHARS = 256;
/** An Envelope carrying an RtcSignal may be this long whatever limits.maxFrameBytes says (SDP + framing). */
export const MAX_RTC_ENVELOPE_BYTES = MAX_SDP_CHARS + 1024;
/** The label of the motion DataChannel (Welcome.rtc.motion_label). */
export const RTC_MOTION_LABEL = 'farhand-motion';

export type RtcSignalName = Exclude<keyof typeof farhand.v1.RtcSignalType, 'RTC_SIGNAL_TYPE_UNSPECIFIED'>;

export interface ValidRtcSignal {
  type: RtcSignalName;
  /** OFFER, ANSWER. */
  sdp?: string;
  /** CANDIDATE: the candidate line ("" = end of candidates), its media id and m-line index. */
  candidate?: string;
  sdpMid?: string;
  sdpMLineIndex?: number;
  /** CLOSE. */
  reason?: string;
}
export type RtcSignalCheck = { ok: true; signal: ValidRtcSignal } | Refusal;

export interface RtcSignalValidationOptions {
  /** Who sent it: a client may send OFFER, CANDIDATE, CLOSE; the agent ANSWER, CANDIDATE, CLOSE. */
  from: 'client' | 'agent';
}

const RTC_TYPES: Record<number, RtcSignalName> = { 1: 'OFFER', 2: 'ANSWER', 3: 'CANDIDATE', 4: 'CLOSE' };
// Printable ASCII plus CR/LF: SDP is ASCII text (RFC 8866 allows UTF-8 only in free-text fields we do not need).
const SDP_CHARS = /^[\x20-\x7e\r\n]*$/;
// RFC 8839 section 5.1: foundation, component, transport, priority, address, port, "typ" and the type,
// then optional extensions. The address may be an IP or a host name (mDNS ".local" names from browsers).
const CANDIDATE_RE = /^candidate:[A-Za-z0-9+/]{1,32} \d{1,3} (?:udp|tcp|UDP|TCP) \d{1,10} [A-Za-z0-9.:%_-]{1,255} \d{1,5} typ (?:host|srflx|prflx|relay)(?: [\x21-\x7e]+)*$/;

/**
 * Checks one signalling message: the type and the fields that type needs, within their bounds. For
 * SDP: printable ASCII, "v=0" first, one application (DataChannel) section and no media: the motion
 * channel is all that is negotiated here. For a candidate: the RFC 8839 grammar.
 */
export function validateRtcSignal(m: farhand.v1.RtcSignal.$Properties | null | undefined, options: RtcSignalValidationOptions): RtcSignalCheck {
  if (m == null) return refuse('MISSING', 'rtc', 'The Envelope has no RtcSignal.');
  const typeValue = m.type ?? 0;
  const type = typeof typeValue === 'number' ? RTC_TYPES[typeValue] : undefined;
  const allowed: RtcSignalName[] = options.from === 'client' ? ['OFFER', 'CANDIDATE', 'CLOSE'] : ['ANSWER', 'CANDIDATE', 'CLOSE'];
  const accepted = `accepted from the ${options.from}: ${allowed.map((n) => `${n} (${farhand.v1.RtcSignalType[n]})`).join(', ')}`;
  if (type === undefined) {
    return typeValue === 0
      ? refuse('MISSING', 'type', `type is missing; ${accepted}.`)
      : refuse('UNKNOWN_ENUM', 'type', `type ${fmt(typeValue)} is not a signal this side knows; ${accepted}.`);
  }
  if (!allowed.includes(type)) return refuse('UNKNOWN_ENUM', 'type', `type ${type} is not sent by the ${options.from}; ${accepted}.`);
  switch (type) {
    case 'OFFER':
    case 'ANSWER': {
      const sdp = m.sdp ?? '';
      if (typeof sdp !== 'string' || sdp.length === 0) return refuse('MISSING', 'sdp', `${type} needs sdp, the session description text.`);
      if (sdp.length > MAX_SDP_CHARS) return refuse('TOO_LONG', 'sdp', `sdp is ${sdp.length} characters; at most ${MAX_SDP_CHARS} are accepted.`);
      if (!SDP_CHARS.test(sdp)) return refuse('OUT_OF_RANGE', 'sdp', 'sdp contains characters other than printable ASCII, CR and LF; SDP is ASCII text.');
      if (!sdp.startsWith('v=0')) return refuse('OUT_OF_RANGE', 'sdp', 'sdp does not start with "v=0"; expected an SDP session description (RFC 8866).');
      const media = sdp.match(/^m=\S+/gm) ?? [];
      const apps = media.filter((x) => x === 'm=application').length;
      const videos = media.filter((x) => x === 'm=video').length;
      if (apps !== 1 || videos > 1 || apps + videos !== media.length) {
        return refuse(
          'OUT_OF_RANGE',
          'sdp',
          `sdp has media sections [${media.map((s) => s.slice(2)).join(', ')}]; accepted: exactly one "application" (the motion DataChannel) and at most one "video" (the field's video, agent to console), no audio.`,
        );
      }
      if (videos === 1) {
        // The video goes one way, agent to console: a console never sends a picture to the arm's side.
        const section = sdp.slice(sdp.search(/^m=video/m)).split(/\r?\n(?=m=)/)[0]!;
        const dir = /^a=(sendrecv|sendonly|recvonly|inactive)\r?$/m.exec(section)?.[1] ?? 'sendrecv';
        const ok = options.from === 'client' ? dir === 'recvonly' || dir === 'inactive' : dir === 'sendonly' || dir === 'inactive';
        if (!ok) {
          return refuse(
            'OUT_OF_RANGE',
            'sdp',
            `sdp's video section is ${dir}; accepted: ${options.from === 'client' ? 'recvonly (or inactive): the console receives the field\'s video and sends none' : 'sendonly (or inactive)'}.`,
          );
        }
      }
      return { ok: true, signal: { type, sdp } };
    }
    case 'CANDIDATE': {
      const candidate = m.candidate ?? '';
      if (typeof candidate !== 'string') return refuse('MISSING', 'candidate', 'candidate must be a string.');
      if (candidate.length > MAX_ICE_CANDIDATE_CHARS) {
        return refuse('TOO_LONG', 'candidate', `candidate is ${candidate.length} characters; at most ${MAX_ICE_CANDIDATE_CHARS} are accepted.`);
      }
      if (candidate !== '' && !CANDIDATE_RE.test(candidate)) {
        return refuse(
          'OUT_OF_RANGE',
          'candidate',
          'candidate is not an ICE candidate line; expected "candidate:FOUNDATION COMPONENT udp|tcp PRIORITY ADDRESS PORT typ host|srflx|prflx|relay ..." (RFC 8839), or "" for the end of candidates.',
        );
      }
      const sdpMid = m.sdp_mid ?? '';
      if (typeof sdpMid !== 'string' || sdpMid.length > MAX_SDP_MID_CHARS || !/^[\x21-\x7e]*$/.test(sdpMid)) {
        return refuse('TOO_LONG', 'sdp_mid', `sdp_mid must be at most ${MAX_SDP_MID_CHARS} printable ASCII characters without spaces.`);
      }
      const idx = m.sdp_mline_index ?? 0;
      if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx > 0) {
        return refuse('OUT_OF_RANGE', 'sdp_mline_index', `sdp_mline_index is ${fmt(idx)}; accepted: 0 (the one DataChannel section).`);
      }
      return { ok: true, signal: { type, candidate, sdpMid, sdpMLineIndex: idx } };
    }
    case 'CLOSE': {
      const reason = m.reason ?? '';
      if (typeof reason !== 'string') return refuse('MISSING', 'reason', 'reason must be a string.');
      if (codePoints(reason) > MAX_RTC_REASON_CHARS) return refuse('TOO_LONG', 'reason', `reason is longer than ${MAX_RTC_REASON_CHARS} characters.`);
      return { ok: true, signal: { type, reason } };
    }
  }
}
