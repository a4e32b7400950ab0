// The handshake: who may connect, the first message must be a valid Hello of our major, the token must
// grant the role asked for (compared in constant time), then a Welcome with the session id, limits and
// rates, or a Reject with a sentence the UI can show.
//
// Admission has two stages. A socket that has not said Hello is in the pending pool (limits.maxPending-
// Sockets in total, maxPendingPerAddress per remote address, handshakeTimeoutS each): a new socket over a
// cap evicts the oldest pending one (of its address first), so squatters that reconnect in a loop cannot
// keep a real client out: it says Hello within a millisecond of opening, long before it is the oldest.
// maxClients counts welcomed sessions only, checked at Hello, and part of it is reserved per role
// (reservedSurgeonSlots, reservedBedsideSlots): token holders of other roles cannot fill those.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PROTOCOL_MAJOR, PROTOCOL_MINOR, decodeEnvelope, encodeEnvelope, farhand, reasonText, validateHello, type RoleName } from '@farhand/protocol';
import { welcomeLimits } from '../telemetry.js';
import { welcomeRtc } from '../transport/welcome.js';
import { AGENT_VERSION } from '../version.js';
import type { ClientSession } from './client.js';
import { CLOSE_GOING_AWAY, CLOSE_POLICY, CLOSE_TRY_AGAIN, type GatewayShared, type Tokens } from './shared.js';

const pb = farhand.v1;
/** An evicted or timed-out pending socket is told why, then cut if it does not close by itself. */
const PENDING_LINGER_MS = 250;
const ROLE_OF_KEY: Record<keyof Tokens, RoleName> = { surgeon: 'SURGEON', observer: 'OBSERVER', engineer: 'ENGINEER' };

/** A fresh session id: short, URL-safe, unguessable enough not to be an authority (tokens are). */
export function newSessionId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('base64url')}`;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

export class Handshake {
  readonly #tokenDigests: Array<{ role: RoleName; digest: Buffer }>;

  constructor(
    private readonly g: GatewayShared,
    /** Called once a session is open (the gateway probes its clock at once). */
    private readonly onOpen: (session: ClientSession) => void,
    /** The motion scale in force, for the Welcome's limits. */
    private readonly motionScale: () => number,
  ) {
    const tokens = g.deps.tokens;
    this.#tokenDigests = (Object.keys(tokens) as Array<keyof Tokens>).map((k) => ({ role: ROLE_OF_KEY[k], digest: digest(tokens[k]) }));
  }

  /** Whether a new socket may even start a handshake; rejects it (and returns false) if not. */
  admit(session: ClientSession, shuttingDown: string | null): boolean {
    if (shuttingDown !== null) {
      this.reject(session, pb.RejectCode.SHUTTING_DOWN, `The agent is shutting down (${shuttingDown}); connect again when it is back.`, CLOSE_GOING_AWAY);
      return false;
    }
    const { maxPendingSockets, maxPendingPerAddress } = this.g.deps.config.limits;
    let sameAddress = 0;
    for (const p of this.g.pending.values()) if (p.address === session.address) sameAddress++;
    if (sameAddress >= maxPendingPerAddress) this.#evictOldest(session.address, 'maxPendingPerAddress');
    if (this.g.pending.size >= maxPendingSockets) this.#evictOldest(null, 'maxPendingSockets');
    return true;
  }

  #evictOldest(address: string | null, limit: string): void {
    for (const p of this.g.pending.values()) {
      if (address !== null && p.address !== address) continue;
      this.reject(
        p,
        pb.RejectCode.HANDSHAKE_TIMEOUT,
        `HANDSHAKE_TIMEOUT: too many sockets are waiting to say Hello (limits.${limit}); the oldest, this one, was closed to make room. Send Hello as soon as the socket opens.`,
        CLOSE_POLICY,
        PENDING_LINGER_MS,
      );
      return;
    }
  }

  /** Whether a welcomed session of `role` fits: maxClients in all, with the other roles' reserved slots kept free. */
  #room(role: RoleName): { ok: true } | { ok: false; sentence: string } {
    const { maxClients, limits } = this.g.deps.config;
    const reserved: Record<RoleName, number> = { SURGEON: limits.reservedSurgeonSlots, OBSERVER: limits.reservedBedsideSlots, ENGINEER: 0 };
    const count: Record<RoleName, number> = { SURGEON: 0, OBSERVER: 0, ENGINEER: 0 };
    for (const s of this.g.sessions.values()) if (s.role) count[s.role]++;
    if (count[role] < reserved[role]) return { ok: true };
    const shared = maxClients - reserved.SURGEON - reserved.OBSERVER;
    let usedShared = 0;
    for (const r of Object.keys(count) as RoleName[]) usedShared += Math.max(0, count[r] - reserved[r]);
    if (usedShared < shared) return { ok: true };
    return {
      ok: false,
      sentence: `TOO_MANY_CLIENTS: the agent has ${this.g.sessions.size} clients, its limit (maxClients ${maxClients}, of which ${reserved.SURGEON} kept for surgeons and ${reserved.OBSERVER} for the bedside); close another page and retry.`,
    };
  }

  /** Sends a Reject and closes; a client that never reads its socket is terminated after `lingerMs`. */
  reject(session: ClientSession, code: farhand.v1.RejectCode, reason: string, closeCode: number, lingerMs = 2000): void {
    const name = pb.RejectCode[code] ?? 'REJECT';
    this.g.deps.metrics.rejects.inc({ code: name });
    session.log.warn({ code: name, role: session.role ?? undefined }, `handshake rejected: ${reason}`);
    session.state = 'closed';
    this.g.pending.delete(session.id);
    if (session.ws.readyState === session.ws.OPEN) {
      session.ws.send(encodeEnvelope({ reject: { code, reason } }));
      // The close reason is limited to 123 bytes; the full sentence is in the Reject.
      session.ws.close(closeCode, name);
    }
    setTimeout(() => session.ws.terminate(), lingerMs).unref();
  }

  /** The first message of a session, decoded or not. */
  onFirstMessage(session: ClientSession, r: ReturnType<typeof decodeEnvelope>): void {
    if (!r.ok) {
      this.reject(session, pb.RejectCode.BAD_HELLO, `BAD_HELLO: the first message must be a Hello; ${r.error.message}`, CLOSE_POLICY);
    } else if (r.kind !== 'hello') {
      this.reject(session, pb.RejectCode.BAD_HELLO, `BAD_HELLO: the first message must be a Hello, got ${r.kind}.`, CLOSE_POLICY);
    } else {
      this.#onHello(session, r.message);
    }
  }

  /** Which role a token grants, compared in constant time. */
  #roleOfToken(token: string): RoleName | null {
    const d = digest(token);
    let found: RoleName | null = null;
    for (const t of this.#tokenDigests) if (timingSafeEqual(d, t.digest)) found = t.role;
    return found;
  }

  #onHello(session: ClientSession, msg: farhand.v1.IHello): void {
    const { clock, config, metrics } = this.g.deps;
    const v = validateHello(msg);
    if (!v.ok) {
      this.reject(session, v.reject, reasonText(v), CLOSE_POLICY);
      return;
    }
    const granted = this.#roleOfToken(v.hello.token);
    if (granted === null) {
      this.reject(
        session,
        pb.RejectCode.BAD_TOKEN,
        'BAD_TOKEN: the token is not one this agent issued (tokens change at every start unless configured); open the URL the agent printed.',
        CLOSE_POLICY,
      );
      return;
    }
    if (granted !== v.hello.role) {
      this.reject(session, pb.RejectCode.BAD_TOKEN, `BAD_TOKEN: this token grants the ${granted} role, not ${v.hello.role}; each role has its own token and URL.`, CLOSE_POLICY);
      return;
    }
    const room = this.#room(granted);
    if (!room.ok) {
      this.reject(session, pb.RejectCode.TOO_MANY_CLIENTS, room.sentence, CLOSE_TRY_AGAIN);
      return;
    }
    this.g.pending.delete(session.id);
    this.g.sessions.set(session.id, session);
    session.role = granted;
    session.name = v.hello.clientName;
    // ACTUATED only when the client says so; UNSPECIFIED and UNACTUATED keep the offset (DESIGN, issue 16).
    session.masterKind = msg.master_kind === pb.MasterKind.ACTUATED ? 'ACTUATED' : 'UNACTUATED';
    session.state = 'open';
    session.log = session.log.child({ role: granted, name: session.name });
    metrics.clients.inc({ role: granted.toLowerCase() });
    const welcome: farhand.v1.IWelcome = {
      session_id: session.id,
      agent_version: AGENT_VERSION,
      protocol_major: PROTOCOL_MAJOR,
      protocol_minor: PROTOCOL_MINOR,
      role: pb.Role[granted],
      control_rate_hz: config.controlRateHz,
      telemetry_rate_hz: config.telemetryRateHz,
      limits: welcomeLimits(config, this.motionScale()),
      arm_ids: this.g.deps.armIds,
      agent_time_ns: clock.nowNs(),
      controller_session_id: this.g.lock.holder ?? '',
      rtc: welcomeRtc(this.g.deps.rtc, this.g.deps.video),
    };
    const arms = this.g.deps.arms;
    if (arms) welcome.arms = arms.map((a) => ({ arm_id: a.armId, name: a.name, kind: a.kind === 'CAMERA' ? pb.ArmKind.CAMERA : pb.ArmKind.INSTRUMENT }));
    session.send(encodeEnvelope({ welcome }));
    session.log.info({ code: 'SESSION_OPEN', clientMinor: v.hello.minor }, `${granted.toLowerCase()} connected`);
    this.onOpen(session);
  }
}
