// The dVRK master console on ROS 1: MTML/MTMR measured_cp and gripper, and the foot pedals, subscribed
// through the arm driver's TopicStream (newest valid value, its receive time, wrong types and bad messages
// caught). Callbacks run between pacer ticks; snapshot() only reads fields.
import type { RosNode } from '@foxglove/ros1';
import type { Logger } from 'pino';
import type { Pose } from '@farhand/latency-core';
import { monotonicNs } from '../driver/clock.js';
import { JOINT_STATE_TYPE, POSE_STAMPED_TYPE } from '../driver/msgdefs.js';
import { TopicStream } from '../driver/topic-stream.js';
import type { ConsoleFrame } from './console-frame.js';
import type { ConsoleInput } from './frame-builder.js';
import {
  JOY_TYPE,
  PEDAL_NAMES,
  mtmTopics,
  parseFramedPose,
  parseGripper,
  parsePedal,
  type GripperCalibration,
  type MtmSide,
  type PedalEvent,
  type PedalName,
} from './inputs.js';

export interface ConsoleInputsOptions {
  node: RosNode;
  sides: readonly MtmSide[];
  pedalTopics: Readonly<Record<PedalName, string>>;
  frame: ConsoleFrame;
  gripper: GripperCalibration;
  logger?: Logger;
  clock?: () => number;
}

interface Hand {
  cp: TopicStream<Pose>;
  gripper: TopicStream<number>;
}

export class ConsoleInputs {
  private readonly hands = new Map<MtmSide, Hand>();
  private readonly pedals = new Map<PedalName, TopicStream<PedalEvent>>();
  /** Pedal held according to the newest PRESSED/RELEASED event (a CLICK is a press and a release: no change). */
  private readonly held: Record<PedalName, boolean> = { clutch: false, camera: false, coag: false, operatorPresent: false };
  private readonly opts: ConsoleInputsOptions;
  private readonly multiLogged = new Set<MtmSide>();
  private readonly refusalLog = new Map<string, { atNs: number; badCount: number; wrongType: string | null }>();

  constructor(opts: ConsoleInputsOptions) {
    this.opts = opts;
    const clock = opts.clock ?? monotonicNs;
    const logger = opts.logger;
    for (const side of opts.sides) {
      const t = mtmTopics(side);
      const cp = new TopicStream<Pose>(
        {
          node: opts.node,
          topic: t.measuredCp,
          types: [POSE_STAMPED_TYPE],
          parse: (m) => {
            const p = parseFramedPose(m);
            return p.ok ? opts.frame.toConsole(side, p.value) : p;
          },
          clock,
          badCode: 'MTM_BAD_MESSAGE',
        },
        POSE_STAMPED_TYPE,
      );
      const gripper = new TopicStream<number>(
        {
          node: opts.node,
          topic: t.gripper,
          types: [JOINT_STATE_TYPE],
          parse: (m) => parseGripper(m, opts.gripper),
          clock,
          badCode: 'MTM_BAD_MESSAGE',
        },
        JOINT_STATE_TYPE,
      );
      this.hands.set(side, { cp, gripper });
    }
    // One subscription per topic: the dead-man may be the COAG pedal's own topic (--operator-present-topic
    // /footpedals/coag), and then one event sets both.
    const byTopic = new Map<string, PedalName[]>();
    for (const name of PEDAL_NAMES) byTopic.set(opts.pedalTopics[name], [...(byTopic.get(opts.pedalTopics[name]) ?? []), name]);
    for (const [topic, names] of byTopic) {
      const stream = new TopicStream<PedalEvent>(
        {
          node: opts.node,
          topic,
          types: [JOY_TYPE],
          parse: parsePedal,
          clock,
          badCode: 'PEDAL_BAD_MESSAGE',
          onValue: (ev) => {
            if (ev === 'CLICKED') return;
            const now = ev === 'PRESSED';
            for (const name of names) {
              if (now !== this.held[name]) logger?.info({ pedal: name, topic, pressed: now, code: now ? 'PEDAL_PRESSED' : 'PEDAL_RELEASED' }, `pedal ${name} ${now ? 'pressed' : 'released'}`);
              this.held[name] = now;
            }
          },
        },
        JOY_TYPE,
      );
      for (const name of names) this.pedals.set(name, stream);
    }
  }

  /**
   * The state now. A pedal whose publisher has gone reads as released: a console whose pedal process died
   * must not keep the dead-man held.
   */
  snapshot(): ConsoleInput {
    const emptyHand = { pose: null, poseNs: -Infinity, grip: null, gripNs: -Infinity };
    const hands = { MTML: { ...emptyHand }, MTMR: { ...emptyHand } } as ConsoleInput['hands'];
    for (const [side, h] of this.hands) {
      hands[side] = { pose: h.cp.value, poseNs: h.cp.receivedNs, grip: h.gripper.value, gripNs: h.gripper.receivedNs };
      // Two nodes publishing one MTM (a second console, a forgotten bag player) interleave two hands: the pose
      // would jump between them. Never use it: the hand reads as stale until one publisher is left.
      const pubs = h.cp.livePublishers();
      if (pubs.length > 1) {
        hands[side].poseNs = -Infinity;
        if (!this.multiLogged.has(side)) {
          this.multiLogged.add(side);
          this.opts.logger?.error(
            { side, topic: h.cp.topic, publishers: pubs, code: 'MTM_MULTIPLE_PUBLISHERS' },
            `${h.cp.topic} has ${pubs.length} publishers (${pubs.join(', ')}): the ${side} pose is not used until one is left`,
          );
        }
      } else this.multiLogged.delete(side);
    }
    const pedals = { clutch: false, camera: false, coag: false, operatorPresent: false };
    for (const name of PEDAL_NAMES) {
      const s = this.pedals.get(name)!;
      if (this.held[name] && !s.connected()) {
        this.held[name] = false;
        this.opts.logger?.warn({ pedal: name, topic: s.topic, code: 'PEDAL_LOST' }, `pedal ${name}: its publisher is gone; read as released`);
      }
      pedals[name] = this.held[name];
    }
    return { hands, pedals };
  }

  /** Counters for logs and tests. */
  stats(): Record<string, { count: number; bad: number; connected: boolean; wrongType: string | null }> {
    const out: Record<string, { count: number; bad: number; connected: boolean; wrongType: string | null }> = {};
    const add = (s: TopicStream<unknown>): void => {
      out[s.topic] = { count: s.count, bad: s.badCount, connected: s.connected(), wrongType: s.wrongTypePublisher() };
    };
    for (const h of this.hands.values()) {
      add(h.cp as TopicStream<unknown>);
      add(h.gripper as TopicStream<unknown>);
    }
    for (const p of new Set(this.pedals.values())) add(p as TopicStream<unknown>);
    return out;
  }

  /**
   * Logs refused input: a message that failed its checks (MTM_BAD_MESSAGE, PEDAL_BAD_MESSAGE) or a publisher of
   * a wrong type, at most once a second per topic with the count refused since (a console publishing garbage
   * at 100 Hz must not flood the log). Called from the pacer.
   */
  reportRefusals(nowNs: number): void {
    const logger = this.opts.logger;
    const visit = (s: TopicStream<unknown>, code: string): void => {
      const last = this.refusalLog.get(s.topic) ?? { atNs: -Infinity, badCount: 0, wrongType: null as string | null };
      const wrong = s.wrongTypePublisher();
      if (wrong !== null && wrong !== last.wrongType) {
        logger?.error({ code, topic: s.topic, publisher: wrong, accepted: s.types }, `${s.topic}: ${wrong}; accepted: ${s.types.join(', ')}`);
      }
      last.wrongType = wrong;
      const reason = s.takeBad();
      if (reason !== null && nowNs - last.atNs >= 1e9) {
        const refused = s.badCount - last.badCount;
        logger?.warn({ code, topic: s.topic, reason, refused }, `refused ${refused} message(s): ${reason}`);
        last.atNs = nowNs;
        last.badCount = s.badCount;
      }
      this.refusalLog.set(s.topic, last);
    };
    for (const h of this.hands.values()) {
      visit(h.cp as TopicStream<unknown>, 'MTM_BAD_MESSAGE');
      visit(h.gripper as TopicStream<unknown>, 'MTM_BAD_MESSAGE');
    }
    for (const p of new Set(this.pedals.values())) visit(p as TopicStream<unknown>, 'PEDAL_BAD_MESSAGE');
  }

  close(): void {
    for (const h of this.hands.values()) {
      h.cp.close();
      h.gripper.close();
    }
    for (const p of new Set(this.pedals.values())) p.close();
  }
}
