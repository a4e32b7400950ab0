// Refusals: a message or frame that fails a check is counted, reported to its sender as a WARNING Event
// (a few per second at most; the rest are summarised in the next notice) and logged. It never reaches
// the core.
import { encodeEnvelope } from '@farhand/protocol';
import { wireEvent, type AgentEvent } from '../telemetry.js';
import type { ClientSession } from './client.js';
import type { GatewayShared } from './shared.js';
import { eventBody } from './wire-bodies.js';

export class Refusals {
  constructor(private readonly g: GatewayShared) {}

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
