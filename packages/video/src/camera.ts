// The endoscope camera as a pinhole: where a point of the PSM base (RCM) frame lands in the picture.
// The synthetic scene draws the tool with it and the console registers its 3D overlay with the same
// numbers, so the predicted tool drawn over the video lands on the tool in the video.
// Convention (OpenCV): camera frame x right, y down, z forward (along the view); pixels from the top-left.

import { qFromMatrix, qRotate, type Quat, type Vec3 } from '@farhand/latency-core';

export type { Quat, Vec3 };

export interface CameraIntrinsics {
  width: number;
  height: number;
  /** Focal lengths, px. */
  fx: number;
  fy: number;
  /** Principal point, px. */
  cx: number;
  cy: number;
}

export interface CameraPose {
  /** Camera origin in the PSM base frame, m. */
  position: Vec3;
  /** Camera orientation in the PSM base frame, unit quaternion [x, y, z, w] (camera -> base). */
  orientation: Quat;
}

export interface Camera {
  intrinsics: CameraIntrinsics;
  pose: CameraPose;
}

/** Intrinsics for a horizontal field of view, centred principal point, square pixels. */
export function intrinsicsForFov(width: number, height: number, hfovRad: number): CameraIntrinsics {
  const f = width / 2 / Math.tan(hfovRad / 2);
  return { width, height, fx: f, fy: f, cx: width / 2, cy: height / 2 };
}

/** A point of the base frame in the camera frame, m. */
export function toCamera(pose: CameraPose, p: Vec3): Vec3 {
  const d: Vec3 = [p[0] - pose.position[0], p[1] - pose.position[1], p[2] - pose.position[2]];
  const [x, y, z, w] = pose.orientation;
  return qRotate([-x, -y, -z, w], d);
}

/** Pixel of a base-frame point, or null when it is behind the camera (or too close to the lens plane). */
export function project(cam: Camera, p: Vec3): { u: number; v: number; depthM: number } | null {
  const c = toCamera(cam.pose, p);
  if (!(c[2] > 1e-4)) return null;
  const k = cam.intrinsics;
  return { u: k.cx + (k.fx * c[0]) / c[2], v: k.cy + (k.fy * c[1]) / c[2], depthM: c[2] };
}

/**
 * A camera at `eye` looking at `target` with the image's "up" towards `up` (all in the base frame): the
 * default endoscope view of the simulated scene when no ECM drives it.
 */
export function lookAt(eye: Vec3, target: Vec3, up: Vec3): CameraPose {
  const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const norm = (a: Vec3): Vec3 => {
    const n = Math.hypot(a[0], a[1], a[2]);
    return [a[0] / n, a[1] / n, a[2] / n];
  };
  const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const z = norm(sub(target, eye));
  const x = norm(cross(z, up)); // image right
  const y = cross(z, x); // image down
  // Rotation matrix with columns x, y, z (camera axes in the base frame), row-major.
  const q = qFromMatrix([x[0], y[0], z[0], x[1], y[1], z[1], x[2], y[2], z[2]]);
  return { position: [...eye], orientation: q };
}
