// Motion recorded elsewhere, as one timed sequence of poses: what the CSV and ROS bag readers produce
// and what the session builder turns into a farhand session.
import type { Quat, Vec3 } from '@farhand/latency-core';

export interface PoseSample {
  /** Time on the source's clock, ns (any origin). Strictly increasing within a track. */
  timeNs: number;
  position: Vec3;
  /** Unit quaternion (x, y, z, w). */
  orientation: Quat;
  /** 0 open .. 1 closed. */
  grip: number;
  clutch: boolean;
  operatorPresent: boolean;
}

/** What the poses describe: the surgeon's hand (master) or the instrument tip (tool). */
export type TrackKind = 'hand' | 'tool';

export interface DroppedSample {
  /** Row (CSV, 1-based line) or message index (bag, 0-based) in the source. */
  where: string;
  reason: string;
}

export interface PoseTrack {
  kind: TrackKind;
  /** For people: file name, topic. */
  source: string;
  /** Frame the poses are expressed in, when the source says (ROS header frame_id). */
  frameId: string;
  samples: PoseSample[];
  /** Samples left out, with why (e.g. a time stamp that goes back). */
  dropped: DroppedSample[];
  /** Unix-epoch time of the first sample, ns, when the source's clock is the Unix epoch (a ROS bag's stamps). */
  startUnixNs?: bigint;
}

/** Largest accepted deviation of |q| from 1 before normalising. */
export const IMPORT_QUATERNION_TOLERANCE = 1e-2;

/** Normalises a quaternion whose norm is within tolerance of 1; null otherwise. */
export function normalisedQuat(x: number, y: number, z: number, w: number): Quat | null {
  const n = Math.sqrt(x * x + y * y + z * z + w * w);
  if (!(Math.abs(n - 1) <= IMPORT_QUATERNION_TOLERANCE)) return null;
  return [x / n, y / n, z / n, w / n];
}

/** The arms the two hands drive, in hand order: on a da Vinci the right hand (MTMR) drives PSM1, the left (MTML) PSM2. */
export const HAND_ARMS = ['PSM1', 'PSM2'] as const;
export type HandArm = (typeof HAND_ARMS)[number];

/**
 * Two hands (or two instruments) recorded together: one PoseTrack per hand in HAND_ARMS order (PSM1's
 * first), every one with the same sample times (a CSV's shared time column; a bag's second topic is
 * interpolated at the first topic's times). Operator presence is the frame's, so it is hand 0's.
 */
export interface HandsTrack {
  kind: TrackKind;
  source: string;
  hands: [PoseTrack, PoseTrack];
  /** Samples left out of both hands (a row whose time does not increase). */
  dropped: DroppedSample[];
  /** How the hands were put on one timeline, for people (a bag's topics starting apart). */
  notes: string[];
  startUnixNs?: bigint;
}
