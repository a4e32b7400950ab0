// What Foxglove shows with no setup: the tool's setpoint and measured poses as foxglove.FrameTransforms
// (3D panel: two frames under the arm's base) and foxglove.PoseInFrame, and the joints as
// farhand.viz.JointState (Plot panel). Foxglove's own protobuf schemas are copied in proto/foxglove/ (it
// recognises a channel by schema name); every channel's schema carries a FileDescriptorSet that is
// complete on its own, so Foxglove, the mcap CLI or protobufjs decode them with nothing else.
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Topic -> message type of the visualisation channels (written beside the farhand channels). */
export const VIZ_CHANNELS = {
  tf: { topic: '/farhand/viz/tf', type: 'foxglove.FrameTransforms' },
  setpoint: { topic: '/farhand/viz/setpoint_cp', type: 'foxglove.PoseInFrame' },
  measured: { topic: '/farhand/viz/measured_cp', type: 'foxglove.PoseInFrame' },
  joints: { topic: '/farhand/viz/joint_states', type: 'farhand.viz.JointState' },
} as const;
export type VizChannelName = keyof typeof VIZ_CHANNELS;

/** Frame ids: the poses are in the arm's base (RCM) frame, as the core and the driver use them. */
export const VIZ_FRAMES = { base: 'farhand_base', setpoint: 'tool_setpoint', measured: 'tool_measured' } as const;

/** CRTK / dVRK PSM joint names in measured_js order (the simulator's and the dVRK's). */
export const PSM_JOINT_NAMES = ['outer_yaw', 'outer_pitch', 'outer_insertion', 'outer_roll', 'outer_wrist_pitch', 'outer_wrist_yaw'] as const;

/** Default visualisation rate: 100 Hz, one message per channel every 10 ms of ticks (1 kHz loop: every 10th). */
export const VIZ_RATE_HZ = 100;

export interface VizSchema {
  types: Record<VizChannelName, protobuf.Type>;
  /** FileDescriptorSet (binary) with foxglove.*, farhand.viz.* and google/protobuf/timestamp.proto. */
  descriptorSet: Uint8Array;
}

let cached: VizSchema | null = null;

/** proto/ beside src/ and dist/. */
export function vizProtoDir(): string {
  return fileURLToPath(new URL('../proto/', import.meta.url));
}

export function loadVizSchema(dir: string = vizProtoDir()): VizSchema {
  if (cached) return cached;
  const root = new protobuf.Root();
  // google/protobuf/*.proto are protobufjs' built-in copies.
  root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(dir, target));
  root.loadSync(['foxglove/FrameTransforms.proto', 'foxglove/PoseInFrame.proto', 'farhand/viz/joint_state.proto'], { keepCase: true });
  root.resolveAll();
  const types = Object.fromEntries(Object.entries(VIZ_CHANNELS).map(([k, c]) => [k, root.lookupType(c.type)])) as Record<VizChannelName, protobuf.Type>;
  cached = { types, descriptorSet: fileDescriptorSet(root) };
  return cached;
}

interface FileDescriptorLike {
  name: string;
  package?: string;
  dependency: string[];
}

/**
 * protobufjs writes one file per package and no imports between them; strict decoders (protoc's, Go's,
 * Python's) need each file's imports and the well-known type under its usual file name. Fixed here.
 */
function fileDescriptorSet(root: protobuf.Root): Uint8Array {
  const set = (root as unknown as { toDescriptor(syntax: string): { file: FileDescriptorLike[] } }).toDescriptor('proto3');
  const files = set.file;
  const google = files.find((f) => f.package === 'google.protobuf');
  if (google) google.name = 'google/protobuf/timestamp.proto';
  for (const f of files) {
    f.name = f.package === 'foxglove' ? 'foxglove/foxglove.proto' : f.package === 'farhand.viz' ? 'farhand/viz/joint_state.proto' : f.name;
    if (f !== google && google) f.dependency = [google.name];
  }
  // Dependencies first.
  set.file = [...(google ? [google] : []), ...files.filter((f) => f !== google)];
  const FileDescriptorSet = (descriptor as unknown as { FileDescriptorSet: protobuf.Type }).FileDescriptorSet;
  return FileDescriptorSet.encode(set as unknown as protobuf.Message).finish();
}

type Stamp = { seconds: number; nanos: number };

/** google.protobuf.Timestamp of a Unix-epoch time in ns. */
export function timestampOf(unixNs: bigint): Stamp {
  return { seconds: Number(unixNs / 1_000_000_000n), nanos: Number(unixNs % 1_000_000_000n) };
}

/** foxglove.FrameTransform from the base to `child`, the pose at r[o..o+7) (position m, quaternion xyzw). */
export function frameTransform(stamp: Stamp, child: string, r: Float64Array, o: number): Record<string, unknown> {
  return {
    timestamp: stamp,
    parent_frame_id: VIZ_FRAMES.base,
    child_frame_id: child,
    translation: { x: r[o], y: r[o + 1], z: r[o + 2] },
    rotation: { x: r[o + 3], y: r[o + 4], z: r[o + 5], w: r[o + 6] },
  };
}

/** foxglove.PoseInFrame in the base frame, the pose at r[o..o+7). */
export function poseInFrame(stamp: Stamp, r: Float64Array, o: number): Record<string, unknown> {
  return {
    timestamp: stamp,
    frame_id: VIZ_FRAMES.base,
    pose: { position: { x: r[o], y: r[o + 1], z: r[o + 2] }, orientation: { x: r[o + 3], y: r[o + 4], z: r[o + 5], w: r[o + 6] } },
  };
}
