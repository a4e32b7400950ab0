// A simulated dVRK master console on ROS 1, for tests and for trying `farhand console-ros` without one:
// MTML and MTMR measured_cp from joint trajectories through the dVRK MTM kinematics (@farhand/sim createMtm,
// standard DH from MTML.json/MTMR.json), frame "MTMx_base" as a dVRK without a console base frame publishes
// it, measured_js (7 joints), gripper/measured_js (one angle, rad) at `rateHz`, and the foot pedals and
// operator presence as sensor_msgs/Joy events on change (as the dVRK publishes prmEventButton: 1 pressed,
// 0 released), optionally repeated at `pedalRepeatHz`.
import type { RosNode } from '@foxglove/ros1';
import type { Logger } from 'pino';
import { createMtm, toPose, MTM_JOINT_NAMES, type Mtm } from '@farhand/sim';
import type { Pose } from '@farhand/latency-core';
import { monotonicNs, wallMs } from '../driver/clock.js';
import { LatestWinsPublisher } from '../driver/latest-publisher.js';
import { JOINT_STATE_DEF, JOINT_STATE_TYPE, POSE_STAMPED_DEF, POSE_STAMPED_TYPE, header } from '../driver/msgdefs.js';
import { startRosNode, uniqueNodeName } from '../driver/node.js';
import { DEFAULT_PEDAL_TOPICS, JOY_DEF, JOY_TYPE, MTM_SIDES, mtmTopics, type MtmSide, type PedalName } from '../console-ros/inputs.js';

/** Joint positions (rad) of one MTM at time t (s since start), and its gripper angle (rad). */
export type MtmTrajectory = (tS: number) => { q: number[]; gripperRad: number };

/**
 * A gentle default motion inside both MTMs' joint limits: each of the first three joints swings +-0.12 rad
 * about a comfortable posture at its own frequency, the wrist +-0.2 rad, the gripper opens and closes.
 */
export function defaultMtmTrajectory(side: MtmSide): MtmTrajectory {
  const phase = side === 'MTMR' ? 0 : 1.3;
  return (t) => {
    const s = (f: number, a: number): number => a * Math.sin(2 * Math.PI * f * t + phase);
    return {
      q: [s(0.23, 0.12), 0.25 + s(0.31, 0.12), 0.15 + s(0.19, 0.12), s(0.27, 0.2), s(0.21, 0.2), s(0.33, 0.2), s(0.17, 0.3)],
      gripperRad: 0.5 + 0.45 * Math.sin(2 * Math.PI * 0.4 * t + phase),
    };
  };
}

export interface SimMtmOptions {
  masterUri: string;
  rateHz?: number;
  /** Repeat the pedal state at this rate (0: on change only, as the dVRK; default 0). */
  pedalRepeatHz?: number;
  trajectories?: Partial<Record<MtmSide, MtmTrajectory>>;
  pedalTopics?: Partial<Record<PedalName, string>>;
  /** frame_id of measured_cp (default "MTMx_base"). */
  frameId?: (side: MtmSide) => string;
  hostname?: string;
  logger?: Logger;
}

export interface PublishedPose {
  /** Monotonic time of publication, ns (this process's clock: the same as the console tool's in a test). */
  atNs: number;
  pose: Pose;
  gripperRad: number;
}

interface Side {
  mtm: Mtm;
  traj: MtmTrajectory;
  cp: LatestWinsPublisher;
  js: LatestWinsPublisher;
  gripper: LatestWinsPublisher;
  history: PublishedPose[];
  seq: number;
}

export class SimMtm {
  node: RosNode | null = null;
  /** Stop publishing one MTM (measured_cp, measured_js and gripper), e.g. to make it stale. */
  readonly paused: Record<MtmSide, boolean> = { MTML: false, MTMR: false };
  /** Publish a bad measured_cp instead of the FK (a NaN, a non-unit quaternion, a wrong frame) while set. */
  corrupt: { side: MtmSide; kind: 'nan' | 'non-unit' | 'wrong-frame' } | null = null;
  readonly pedals: Record<PedalName, boolean> = { clutch: false, camera: false, coag: false, operatorPresent: false };
  private readonly sides = new Map<MtmSide, Side>();
  private readonly pedalPubs = new Map<PedalName, LatestWinsPublisher>();
  private timer: NodeJS.Timeout | null = null;
  private pedalTimer: NodeJS.Timeout | null = null;
  private t0Ns = 0;
  private pedalSeq = 0;

  constructor(private readonly opts: SimMtmOptions) {}

  async start(): Promise<void> {
    const node = await startRosNode({
      masterUri: this.opts.masterUri,
      name: uniqueNodeName('farhand_sim_mtm'),
      ...(this.opts.hostname ? { hostname: this.opts.hostname } : {}),
      ...(this.opts.logger ? { logger: this.opts.logger } : {}),
    });
    this.node = node;
    for (const side of MTM_SIDES) {
      const t = mtmTopics(side);
      const s: Side = {
        mtm: createMtm(side),
        traj: this.opts.trajectories?.[side] ?? defaultMtmTrajectory(side),
        cp: new LatestWinsPublisher(node, t.measuredCp, POSE_STAMPED_TYPE, POSE_STAMPED_DEF),
        js: new LatestWinsPublisher(node, `/${side}/measured_js`, JOINT_STATE_TYPE, JOINT_STATE_DEF),
        gripper: new LatestWinsPublisher(node, t.gripper, JOINT_STATE_TYPE, JOINT_STATE_DEF),
        history: [],
        seq: 0,
      };
      await s.cp.advertise();
      await s.js.advertise();
      await s.gripper.advertise();
      this.sides.set(side, s);
    }
    for (const name of Object.keys(DEFAULT_PEDAL_TOPICS) as PedalName[]) {
      const topic = this.opts.pedalTopics?.[name] ?? DEFAULT_PEDAL_TOPICS[name];
      const pub = new LatestWinsPublisher(node, topic, JOY_TYPE, JOY_DEF);
      await pub.advertise();
      this.pedalPubs.set(name, pub);
    }
    this.t0Ns = monotonicNs();
    const rate = this.opts.rateHz ?? 100;
    if (!(rate >= 1 && rate <= 1000)) throw new RangeError(`SimMtm: rateHz must be 1..1000, got ${rate}`);
    this.timer = setInterval(() => this.publishState(), 1000 / rate);
    const repeat = this.opts.pedalRepeatHz ?? 0;
    if (repeat > 0) this.pedalTimer = setInterval(() => this.publishPedals(), 1000 / repeat);
  }

  /** Subscribers connected to a pedal's topic (a test waits for the console before pressing). */
  pedalSubscribers(name: PedalName): number {
    return this.pedalPubs.get(name)?.subscriberCount() ?? 0;
  }

  mtmSubscribers(side: MtmSide): number {
    const s = this.sides.get(side);
    return s ? Math.min(s.cp.subscriberCount(), s.gripper.subscriberCount()) : 0;
  }

  /** Press or release a pedal: one Joy event, as the dVRK publishes on change. */
  setPedal(name: PedalName, pressed: boolean): void {
    this.pedals[name] = pressed;
    this.publishPedal(name);
  }

  history(side: MtmSide): readonly PublishedPose[] {
    return this.sides.get(side)?.history ?? [];
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.pedalTimer) clearInterval(this.pedalTimer);
    this.timer = null;
    this.pedalTimer = null;
    this.node?.shutdown();
    this.node = null;
    await new Promise((r) => setTimeout(r, 20));
  }

  private publishPedal(name: PedalName): void {
    this.pedalSeq += 1;
    this.pedalPubs.get(name)?.publish({ header: header(this.pedalSeq, '', wallMs()), axes: [], buttons: [this.pedals[name] ? 1 : 0] });
  }

  private publishPedals(): void {
    for (const name of this.pedalPubs.keys()) this.publishPedal(name);
  }

  private publishState(): void {
    const nowNs = monotonicNs();
    const tS = (nowNs - this.t0Ns) / 1e9;
    for (const [side, s] of this.sides) {
      if (this.paused[side]) continue;
      const { q, gripperRad } = s.traj(tS);
      const pose = toPose(s.mtm.forwardKinematics(q));
      s.seq += 1;
      const frameId = this.opts.frameId?.(side) ?? `${side}_base`;
      const h = header(s.seq, frameId, wallMs());
      let [x, y, z] = pose.position;
      let [qx, qy, qz, qw] = pose.orientation;
      let fid = frameId;
      const bad = this.corrupt?.side === side ? this.corrupt.kind : null;
      if (bad === 'nan') x = NaN;
      if (bad === 'non-unit') [qx, qy, qz, qw] = [qx * 1.1, qy * 1.1, qz * 1.1, qw * 1.1];
      if (bad === 'wrong-frame') fid = 'world';
      s.cp.publish({ header: { ...h, frame_id: fid }, pose: { position: { x, y, z }, orientation: { x: qx, y: qy, z: qz, w: qw } } });
      s.js.publish({ header: h, name: [...MTM_JOINT_NAMES], position: q, velocity: [], effort: [] });
      s.gripper.publish({ header: h, name: ['gripper'], position: [gripperRad], velocity: [], effort: [] });
      if (bad === null) {
        s.history.push({ atNs: nowNs, pose, gripperRad });
        if (s.history.length > 4000) s.history.splice(0, 2000);
      }
    }
  }
}
