// @farhand/protocol: the farhand.v1 wire schema (generated static code), the Envelope codec, semantic
// validation of every message that comes from outside, and versioning. Runs in Node and the browser:
// nothing exported here imports a Node module.
export { farhand } from './gen/farhand.js';
export { PROTOCOL_MAJOR, PROTOCOL_MINOR, PROTOCOL_VERSION, checkVersion, type VersionCarrier, type VersionCheck } from './version.js';
export {
  DEFAULT_MAX_ENVELOPE_BYTES,
  MESSAGE_KINDS,
  decodeEnvelope,
  encodeEnvelope,
  type DecodeError,
  type DecodeErrorCode,
  type DecodeOptions,
  type DecodeResult,
  type DecodedMessage,
  type EnvelopeInit,
  type EnvelopeMessages,
  type MessageKind,
} from './codec.js';
export { reasonText, type Refusal, type RefusalCode } from './refusal.js';
export {
  DEFAULT_MAX_MASTER_POSITION_M,
  QUATERNION_NORM_TOLERANCE,
  toMotionFrame,
  validateMotionFrame,
  MAX_HANDS,
  type HandsFrame,
  type MasterFrame,
  type MotionCheck,
  type MotionValidationOptions,
  type Quat,
  type Vec3,
} from './motion.js';
export {
  MAX_CLIENT_NAME_CHARS,
  MAX_ICE_CANDIDATE_CHARS,
  MAX_RTC_ENVELOPE_BYTES,
  MAX_RTC_REASON_CHARS,
  MAX_SDP_CHARS,
  MAX_SDP_MID_CHARS,
  MAX_SESSION_ID_CHARS,
  MAX_TOKEN_CHARS,
  RTC_MOTION_LABEL,
  validateClockProbe,
  validateCommand,
  validateHello,
  validateRtcSignal,
  type RtcSignalCheck,
  type RtcSignalName,
  type RtcSignalValidationOptions,
  type ValidRtcSignal,
  type ClockProbeCheck,
  type CommandCheck,
  type CommandValidationOptions,
  type HelloCheck,
  type HelloRefusal,
  type ValidClockProbe,
  type ValidCommand,
  type ValidHello,
} from './validate.js';
export { VIDEO_REPORT_LIMITS, quantile, validateVideoReport, type ValidVideoReport, type VideoReportCheck } from './video-report.js';
export {
  acceptedValues,
  armStateName,
  commandName,
  rejectName,
  roleName,
  severityName,
  supervisorStateName,
  type ArmStateName,
  type CommandName,
  type RejectName,
  type RoleName,
  type SeverityName,
  type SupervisorStateName,
} from './enums.js';
export * from './config.js';
// The agent's configuration schema (zod) lives here too, so the console can validate against it;
// config.ts is written by the agent's authors.
export * from './config.js';
