// The two inputs that feed the core from a client: motion frames (only from the session holding control,
// within its frame rate, each one validated) and clock probes (answered at once; replies to the agent's
// probes measure RTT and offset, and a surgeon's go to the core's clock sync). A refused frame never
// reaches the core; it is recorded as refused (the first per sender and reason each second, the rest
// summarised with their count).
import { encodeEnvelope, validateClockProbe, validateMotionFrame, type farhand } from '@farhand/protocol';
import { MOTION_TRANSPORT_TEXT, type MotionTransportName } from '../transport/names.js';
import type { ClientSession } from './client.js';
import type { Refusals } from './refusals.js';
import type { GatewayShared } from './shared.js';

export class Inputs {
  constructor(
    private readonly g: GatewayShared,
    private readonly refusals: Refusals,
  ) {}

  /** A motion frame from the session's WebSocket or its DataChannel (`via`): the same checks either way. */
  onMotion(session: ClientSession, msg: farhand.v1.IMotionFrame, bytes: Buffer, t: number, via: MotionTransportName): void {
    const { loop, metrics, recorder, config } = this.g.deps;
    session.framesReceived++;
    if (via === 'webrtc') session.framesReceivedRtc++;
    metrics.framesReceived.inc({ session: session.id, role: session.role!.toLowerCase() });
    metrics.framesByTransport.inc({ session: session.id, transport: via });
    let code: string | null = null;
    let sentence = '';
    if (this.g.lock.holder !== session.id) {
      code = 'NOT_CONTROLLER';
      sentence =
        session.role === 'SURGEON'
          ? 'motion frames are accepted only from the session holding control; send REQUEST_CONTROL first.'
          : `motion frames are accepted only from the surgeon holding control, not from ${session.role!.toLowerCase()} sessions.`;
    } else if (!session.frameBucket.take(t)) {
      code = 'FLOOD';
      sentence = `more than ${config.limits.maxFrameRateHz} motion frames per second; the excess is refused.`;
    }
    const arms = this.g.deps.arms;
    const v = code === null ? validateMotionFrame(msg, arms ? { armIds: this.g.deps.armIds, arms } : { armIds: this.g.deps.armIds }) : null;
    if (v !== null && !v.ok) {
      code = v.code;
      sentence = v.message;
    }
    if (code !== null || v === null || !v.ok) {
      this.#refuseFrame(session, bytes, t, code ?? 'REFUSED', sentence);
      return;
    }
    if (session.motionTransport !== via) this.#transportChanged(session, via, t);
    // Several arms: the two-handed form goes to the loop with it (a one-arm loop plays v.frame).
    const seq = v.hands && arms
      ? loop.frame({ frame: v.frame, receiveTimeNs: t, sourceId: session.id }, { frame: v.hands, receiveTimeNs: t, sourceId: session.id })
      : loop.frame({ frame: v.frame, receiveTimeNs: t, sourceId: session.id });
    if (seq < 0) {
      // The loop has not drained its inputs for a while (its ring is full): to the core, a lost frame.
      this.#refuseFrame(session, bytes, t, 'LOOP_BUSY', 'the control loop is not taking inputs fast enough (its input queue is full); the frame is dropped, as if lost.');
      return;
    }
    session.framesApplied++;
    metrics.framesApplied.inc({ session: session.id });
    recorder?.send({ k: 'frame', seq, tick: -1, receiveTimeNs: t, sessionId: session.id, envelope: new Uint8Array(bytes), refused: false, refuseReason: '' });
    const offsetS = session.probes.clientMinusAgentS;
    if (Number.isFinite(offsetS)) {
      const owd = (t - (v.frame.captureTimeNs - offsetS * 1e9)) / 1e9;
      session.oneWayDelayS = Number.isFinite(session.oneWayDelayS) ? session.oneWayDelayS + (owd - session.oneWayDelayS) / 16 : owd;
      metrics.oneWayDelay.set({ session: session.id }, session.oneWayDelayS);
    }
  }

  /** A frame that never reaches the core: counted, told to its sender, recorded as refused. */
  #refuseFrame(session: ClientSession, bytes: Buffer, t: number, c: string, sentence: string): void {
    const { loop, metrics, recorder } = this.g.deps;
    session.framesRefused++;
    session.refusedReasons.add(c);
    metrics.framesRefused.inc({ session: session.id, reason: c });
    if (this.refusals.recordable(session, 'frame', c, t)) recorder?.send({
      k: 'frame',
      seq: -1,
      tick: loop.nextTick,
      receiveTimeNs: t,
      sessionId: session.id,
      envelope: new Uint8Array(bytes),
      refused: true,
      refuseReason: `${c}: ${sentence}`,
    });
    this.refusals.notify(session, t, 'FRAME_REFUSED', `${c}: ${sentence}`);
  }

  /** The controller's motion now arrives over another transport: said to everyone and recorded (an Event). */
  #transportChanged(session: ClientSession, via: MotionTransportName, t: number): void {
    const first = session.motionTransport === null;
    session.motionTransport = via;
    session.log.info({ code: 'MOTION_TRANSPORT', transport: via }, `motion frames over ${via}`);
    this.g.broadcastEvent({
      timeNs: t,
      severity: first || via === 'webrtc' ? 'INFO' : 'WARNING',
      code: 'MOTION_TRANSPORT',
      message: `${via}: motion frames from ${session.id} ${first ? 'arrive' : 'now arrive'} over ${MOTION_TRANSPORT_TEXT[via]}.`,
      sessionId: session.id,
      armId: this.g.deps.armIds[0]!,
    });
  }

  onClock(session: ClientSession, msg: farhand.v1.IClockProbe, t: number): void {
    const { clock, loop, metrics, recorder } = this.g.deps;
    const v = validateClockProbe(msg);
    if (!v.ok) {
      this.refusals.refuseMessage(session, t, v.code, v.message);
      return;
    }
    const p = v.probe;
    if (!p.reply) {
      // Answer at once: t1 = arrival (stamped before decoding), t2 = departure.
      session.send(encodeEnvelope({ clock: { id: p.id, t0_ns: p.t0Ns, t1_ns: t, t2_ns: clock.nowNs(), reply: true } }));
      return;
    }
    const sample = session.probes.reply(p.id, p.t0Ns, p.t1Ns, p.t2Ns, t);
    if (sample === null) {
      this.refusals.refuseMessage(session, t, 'UNKNOWN_PROBE', `clock reply ${p.id} does not answer a probe this agent sent recently (id and t0_ns must be echoed).`);
      return;
    }
    metrics.rtt.set({ session: session.id }, session.probes.rttS);
    metrics.clockOffset.set({ session: session.id }, -session.probes.clientMinusAgentS);
    if (session.framesApplied === 0) metrics.oneWayDelay.set({ session: session.id }, session.probes.rttS / 2);
    // The core syncs clocks only with those who may send it motion.
    if (session.role !== 'SURGEON') return;
    const seq = loop.clock({ sourceId: session.id, agentOriginated: true, ...sample });
    recorder?.send({
      k: 'clock',
      seq,
      sessionId: session.id,
      probe: { id: p.id, t0_ns: sample.t0Ns, t1_ns: sample.t1Ns, t2_ns: sample.t2Ns, t3_ns: sample.t3Ns, reply: true },
      agentOriginated: true,
    });
  }
}
