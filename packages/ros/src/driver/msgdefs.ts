// ROS 1 message definitions that a CRTK arm speaks, as text. @foxglove/ros1 takes definitions as text, so
// Farhand needs no ROS install and no message build: it computes the same md5sums as roscpp/rospy (checked
// against Debian's geometry_msgs, sensor_msgs and against `rostopic echo` in test/ros-*.test.ts).
//
// Origins (field lists only, comments dropped; the md5sum depends on the fields alone):
// - std_msgs/Header, geometry_msgs/{PoseStamped,Pose,Point,Quaternion}, sensor_msgs/JointState:
//   github.com/ros/std_msgs, github.com/ros/common_msgs (BSD-3-Clause, Willow Garage).
// - crtk_msgs/OperatingState (formerly crtk_msgs/operating_state), crtk_msgs/StringStamped:
//   github.com/collaborative-robotics/crtk_msgs v1.3.0 (MIT, JHU, UW, WPI).

const SEPARATOR = '\n================================================================================\n';

const HEADER = 'MSG: std_msgs/Header\nuint32 seq\ntime stamp\nstring frame_id';

function definition(main: string, ...deps: string[]): string {
  return [main, ...deps].join(SEPARATOR);
}

export const POSE_STAMPED_TYPE = 'geometry_msgs/PoseStamped';
export const POSE_STAMPED_DEF = definition(
  'Header header\ngeometry_msgs/Pose pose',
  HEADER,
  'MSG: geometry_msgs/Pose\nPoint position\nQuaternion orientation',
  'MSG: geometry_msgs/Point\nfloat64 x\nfloat64 y\nfloat64 z',
  'MSG: geometry_msgs/Quaternion\nfloat64 x\nfloat64 y\nfloat64 z\nfloat64 w',
);

export const JOINT_STATE_TYPE = 'sensor_msgs/JointState';
export const JOINT_STATE_DEF = definition(
  'Header header\nstring[] name\nfloat64[] position\nfloat64[] velocity\nfloat64[] effort',
  HEADER,
);

/** CRTK renamed the type in crtk_msgs v1.1.0 (Nov 2023); dVRK 2.x releases before that publish the old name. */
export const OPERATING_STATE_TYPES = ['crtk_msgs/OperatingState', 'crtk_msgs/operating_state'] as const;
export type OperatingStateTypeName = (typeof OPERATING_STATE_TYPES)[number];
export const OPERATING_STATE_DEF = definition('Header header\nstring state\nbool is_homed\nbool is_busy', HEADER);

export const STRING_STAMPED_TYPE = 'crtk_msgs/StringStamped';
export const STRING_STAMPED_DEF = definition('Header header\nstring string', HEADER);

/** The decoded shape of a std_msgs/Header (rosmsg-serialization gives time as { sec, nsec }). */
export interface RosHeader {
  seq: number;
  stamp: { sec: number; nsec: number };
  frame_id: string;
}

export interface PoseStampedMsg {
  header: RosHeader;
  pose: {
    position: { x: number; y: number; z: number };
    orientation: { x: number; y: number; z: number; w: number };
  };
}

export interface JointStateMsg {
  header: RosHeader;
  name: string[];
  position: ArrayLike<number>;
  velocity: ArrayLike<number>;
  effort: ArrayLike<number>;
}

export interface OperatingStateMsg {
  header: RosHeader;
  state: string;
  is_homed: boolean;
  is_busy: boolean;
}

export interface StringStampedMsg {
  header: RosHeader;
  string: string;
}

/** A ROS time from a wall-clock reading in ms (ROS 1 stamps are wall time unless /use_sim_time). */
export function rosTimeFromMs(wallMs: number): { sec: number; nsec: number } {
  const sec = Math.floor(wallMs / 1000);
  const nsec = Math.min(999_999_999, Math.round((wallMs - sec * 1000) * 1e6));
  return { sec, nsec };
}

export function header(seq: number, frameId: string, wallMs: number): RosHeader {
  return { seq, stamp: rosTimeFromMs(wallMs), frame_id: frameId };
}
