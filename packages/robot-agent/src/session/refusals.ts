// Refusals: a message or frame that fails a check is counted, reported to its sender as a WARNING Event
// (a few per second at most; the rest are summarised in the next notice) and logged. It never reaches
// the core. In the recording, the first refusal per sender, kind and reason each second is kept in full
// and the rest are summarised in one Event with their count (summary.ts).
import { encodeEnvelope } from '@farhand/protocol';
import { wireEvent, type AgentEvent } from '../telemetry.js';
import type { ClientSession } from './client.js';
import type { GatewayShared } from './shared.js';
import { RefusalSummary, type SummaryKind, type SummaryLine } from './summary.js';
import { eventBody } from './wire-bodies.js';

const WHAT: Record<SummaryKind, string> = { frame: 'motion frames', command: 'commands answered by the agent', estop: 'e-stops' };

export class Refusals {
  readonly #summary = new RefusalSummary();

  constructor(private readonly g: GatewayShared) {}

  /** Whether this refusal goes to the recording in full (the first of its sender, kind and reason this second). */
  recordable(session: ClientSession, kind: SummaryKind, code: string, t: number): boolean {
    return this.#summary.note(session.id, kind, code, t, this.#emit);
  }

  /** Writes the summaries of the seconds that are over (or of one session's, when it goes away). */
  flush(t: number, sessionId?: string): void {
    this.#summary.flush(t, this.#emit, sessionId);
  }

  readonly #emit = (l: SummaryLine): void => {
    const seconds = ((l.endNs - l.startNs) / 1e9).toFixed(2);
    const estop = l.kind === 'estop';
    const message = estop
      ? `${l.count} more e-stops from session ${l.sessionId} within ${seconds} s were coalesced: the arm was already e-stopped or an e-stop was queued (counted, not queued or recorded one by one).`
      : `${l.count} more ${WHAT[l.kind]} from session ${l.sessionId} within ${seconds} s were refused for ${l.code} (counted, not recorded one by one).`;
    const code = estop ? 'ESTOP_COALESCED' : 'REFUSALS_SUMMARY';
    const wire = wireEvent({ timeNs: l.endNs, severity: 'WARNING', code, message, sessionId: l.sessionId, armId: this.g.deps.armIds[0]! });
    this.g.deps.recorder?.send({ k: 'event', event: eventBody(wire) });
    this.g.deps.log.info({ code, session: l.sessionId, kind: l.kind, reason: l.code, count: l.count }, message);
  };

  /** Counts a message dropped for `reason` against the session (metrics labels removed at disconnect). */
  countDropped(session: ClientSession, reason: string): void {
    session.messagesRefused++;
    session.droppedReasons.add(reason);
  }

  refuseMessage(session: ClientSession, t: number, code: string, sentence: string): void {
    this.countDropped(session, code);
    this.g.deps.metrics.messagesDropped.inc({ session: session.id, reason: code });
    this.notify(session, t, 'MESSAGE_REFUSED', `${code}: ${sentence}`);
  }

  /** A WARNING Event to the sender only, at most a few per second (the rest are counted and summarised). */
  notify(session: ClientSession, t: number, code: string, message: string): void {
    const allow = session.allowRefusalEvent(t);
    if (!allow.ok) return;
    const text = allow.suppressed > 0 ? `${message} (${allow.suppressed} more refusals since the last notice were not reported one by one)` : message;
    const ev: AgentEvent = { timeNs: t, severity: 'WARNING', code, message: text, sessionId: session.id, armId: this.g.deps.armIds[0]! };
    const wire = wireEvent(ev);
    session.send(encodeEnvelope({ event: wire }));
    this.g.deps.recorder?.send({ k: 'event', event: eventBody(wire) });
    session.log.warn({ code, reason: message.split(':')[0] }, message);
  }
}
