// @farhand/ros: the ROS 1 world. The CRTK arm driver (`--driver ros`, loaded on demand by @farhand/loop so
// that a sim-only agent never loads the ROS client) and the simulated PSM as a CRTK arm on ROS (sim-ros).
import type { ArmDriver } from '@farhand/latency-core';
import type { Logger } from 'pino';
import { RosArmDriver } from './driver/ros-arm-driver.js';
import type { RosArmDriverOptions } from './driver/ros-arm-driver.js';

export { RosArmDriver, ROS_FAULT } from './driver/ros-arm-driver.js';
export type { RosArmDriverOptions, RosDriverStats, RosTopicStats } from './driver/ros-arm-driver.js';
export { parseBaseFrame, BaseFrameMap, IDENTITY_TRANSFORM } from './driver/frames.js';
export type { RigidTransform } from './driver/frames.js';
export { monotonicNs } from './driver/clock.js';

/** The `ros` section of the agent config (packages/protocol/src/config.ts). */
export interface RosDriverConfig {
  masterUri: string;
  arm: string;
  maxMeasurementAgeS: number;
  commandRateHz: number;
  baseFrame?: unknown;
  /** Optional (not in the agent's schema yet): configure()'s bound on the graph check and first messages, s. */
  startTimeoutS?: number;
  /** Optional: enable()/home()'s bound on the arm reporting the state, s. */
  stateTimeoutS?: number;
}

/**
 * Builds the driver from the agent config (or from its `ros` section). Nothing connects until configure(),
 * which rejects with a sentence naming what is missing (master, topics, types) so that the agent can hold.
 */
export function createRosArmDriver(
  config: { ros: RosDriverConfig } | RosDriverConfig,
  deps: { logger?: Logger; hostname?: string } & Partial<Pick<RosArmDriverOptions, 'startTimeoutS' | 'stateTimeoutS'>> = {},
): RosArmDriver & ArmDriver {
  const ros = 'ros' in config ? config.ros : config;
  return new RosArmDriver({
    masterUri: ros.masterUri,
    arm: ros.arm,
    maxMeasurementAgeS: ros.maxMeasurementAgeS,
    commandRateHz: ros.commandRateHz,
    baseFrame: ros.baseFrame,
    ...(ros.startTimeoutS !== undefined ? { startTimeoutS: ros.startTimeoutS } : {}),
    ...(ros.stateTimeoutS !== undefined ? { stateTimeoutS: ros.stateTimeoutS } : {}),
    ...deps,
  });
}
export { SimOnRos, PSM_JOINT_NAMES, type SimOnRosOptions, type SimOnRosStats } from './sim-ros/sim-ros.js';
export { RosImageSource, type RosImageSourceOptions } from './video/image-source.js';
export { IMAGE_ENCODINGS, checkImage, rawToI420 } from './video/image-msgs.js';
export { ConsoleRos, type ConsoleRosOptions, type ConsoleRosStats } from './console-ros/console-ros.js';
export { ConsoleFrame, DEFAULT_CONSOLE_FRAME_ID, dvrkConsoleBaseFrame } from './console-ros/console-frame.js';
export { buildFrame, planFromWelcome, type ConsoleInput, type HandPlan } from './console-ros/frame-builder.js';
export { DEFAULT_GRIPPER, DEFAULT_PEDAL_TOPICS, JOY_TYPE, gripFromAngle, type MtmSide, type PedalName } from './console-ros/inputs.js';
export { SimMtm, defaultMtmTrajectory, type SimMtmOptions, type MtmTrajectory, type PublishedPose } from './sim-ros/sim-mtm.js';
