// Wire forms of what the agent tells clients: the limits in Welcome, Telemetry from a loop snapshot,
// Events. Telemetry is encoded once per telemetry tick and the same bytes go to every client.
import { encodeEnvelope, farhand } from '@farhand/protocol';
import type { CoreEvent, LinkFigures, Pose, Severity } from '@farhand/latency-core';
import type { EffectiveConfig } from '@farhand/loop';
import type { Snapshot } from './loop/messages.js';

const pb = farhand.v1;

export function wirePose(p: Pose): farhand.v1.IPose {
  return {
    position: { x: p.position[0], y: p.position[1], z: p.position[2] },
    orientation: { x: p.orientation[0], y: p.orientation[1], z: p.orientation[2], w: p.orientation[3] },
  };
}

/** Limits for Welcome: the core's (motion, link, safety) and the agent's (input). */
export function welcomeLimits(config: EffectiveConfig, motionScale: number): farhand.v1.ILimits {
  const c = config.core;
  const ws = c.limits.workspace;
  const workspace =
    ws.shape === 'box'
      ? { min_m: { x: ws.minM[0], y: ws.minM[1], z: ws.minM[2] }, max_m: { x: ws.maxM[0], y: ws.maxM[1], z: ws.maxM[2] } }
      : // A cylinder is announced as its bounding box: the wire form has only boxes.
        { min_m: { x: -ws.radiusM, y: -ws.radiusM, z: ws.zMinM }, max_m: { x: ws.radiusM, y: ws.radiusM, z: ws.zMaxM } };
  return {
    motion_scale: motionScale,
    motion_scale_min: c.mapping.motionScaleMin,
    motion_scale_max: c.mapping.motionScaleMax,
    max_linear_speed_mps: c.limits.maxLinearSpeedMps,
    max_linear_accel_mps2: c.limits.maxLinearAccelMps2,
    max_angular_speed_radps: c.limits.maxAngularSpeedRadps,
    max_angular_accel_radps2: c.limits.maxAngularAccelRadps2,
    max_jaw_speed_radps: c.mapping.jaw.maxSpeedRadps,
    stale_link_timeout_s: c.staleLinkTimeoutS,
    engage_alignment_tolerance_rad: c.mapping.alignmentToleranceRad,
    max_one_way_delay_engage_s: c.link.engageMaxOneWayDelayS,
    warn_one_way_delay_s: c.link.warnOneWayDelayS,
    tracking_error_limit_m: c.trackingError.limitM,
    tracking_error_time_s: c.trackingError.timeS,
    max_frame_bytes: config.limits.maxFrameBytes,
    max_frame_rate_hz: config.limits.maxFrameRateHz,
    workspace,
    playout_delay_min_s: c.playout.minDelayS,
    playout_delay_max_s: c.playout.maxDelayS,
  };
}

function wireLink(l: LinkFigures, extraRefused: number): farhand.v1.ILinkFigures {
  return {
    rtt_s: l.rttS,
    one_way_delay_s: l.oneWayDelayS,
    jitter_s: l.jitterS,
    loss_ratio: l.lossRatio,
    playout_delay_s: l.playoutDelayS,
    frames_received: l.framesReceived,
    frames_late: l.framesLate,
    frames_dropped: l.framesDropped,
    frames_refused: l.framesRefused + extraRefused,
    frames_refused_jump: l.framesRefusedJump,
    frames_lost: l.framesLost,
    frame_rate_hz: l.frameRateHz,
    clock_offset_s: l.clockOffsetS,
    clock_uncertainty_s: l.clockUncertaintyS,
    clock_synced: l.clockSynced,
  };
}

export interface TelemetryExtras {
  armId: number;
  /** Frames the agent refused from the controller before the core (added to the core's count). */
  controllerRefused: number;
  recording: boolean;
  recordingBytes: number;
  /** Loop period error p99 over the last seconds, s. */
  periodErrorP99S: number;
  /** What carried the controller's newest accepted motion frame. */
  motionTransport: farhand.v1.MotionTransport;
  /** The controller's motion frames received over the DataChannel. */
  controllerFramesRtc: number;
  /** The field's video figures (Telemetry.video, field 40); null/absent: no video reported or sent. */
  video?: farhand.v1.IVideoFigures | null;
}

export function encodeTelemetry(s: Snapshot, x: TelemetryExtras): Uint8Array {
  const t: farhand.v1.ITelemetry = {
    agent_time_ns: Math.max(0, Math.round(s.timeNs)),
    state: pb.SupervisorState[s.state],
    reason: s.reason,
    measured_cp: wirePose(s.measured_cp),
    setpoint_cp: wirePose(s.setpoint_cp),
    measured_js: s.measured_js,
    setpoint_js: s.setpoint_js,
    jaw_measured_rad: s.jaw_measured_rad,
    jaw_setpoint_rad: s.jaw_setpoint_rad,
    last_applied_seq: Math.max(0, s.lastAppliedSeq),
    link: { ...wireLink(s.link, x.controllerRefused), frames_received_rtc: x.controllerFramesRtc },
    operating_state: ARM_STATE[s.operating_state],
    controller_session_id: s.controllerId ?? '',
    motion_scale: s.motionScale,
    arm_id: x.armId,
    loop_overruns: s.loop.overruns,
    loop_period_error_p99_s: Number.isFinite(x.periodErrorP99S) ? x.periodErrorP99S : 0,
    recording: x.recording,
    recording_bytes: x.recordingBytes,
    motion_transport: x.motionTransport,
    total_delay_s: s.link.totalDelayS,
    filter_delay_s: s.link.filterDelayS,
    tick_delay_s: s.link.tickDelayS,
    tremor_filter_causal: s.link.tremorFilterCausal,
    master_kind: s.masterKind === 'ACTUATED' ? pb.MasterKind.ACTUATED : pb.MasterKind.UNACTUATED,
  };
  if (s.master_cp) t.master_cp = wirePose(s.master_cp);
  if (s.arms) {
    // Protocol 1.1: every arm, the first included, from the same tick.
    t.arms = s.arms.map((a) => {
      const w: farhand.v1.IArmTelemetry = {
        arm_id: a.armId,
        state: pb.SupervisorState[a.state],
        reason: a.reason,
        measured_cp: wirePose(a.measured_cp),
        setpoint_cp: wirePose(a.setpoint_cp),
        measured_js: a.measured_js,
        jaw_measured_rad: a.jaw_measured_rad,
        jaw_setpoint_rad: a.jaw_setpoint_rad,
        operating_state: ARM_STATE[a.operating_state],
        base_frame: wirePose(a.base_frame),
      };
      if (a.master_cp) w.master_cp = wirePose(a.master_cp);
      return w;
    });
    t.camera_mode = s.cameraMode === true;
  }
  if (x.video) t.video = x.video;
  return encodeEnvelope({ telemetry: t });
}

const ARM_STATE = {
  DISABLED: pb.ArmOperatingState.ARM_DISABLED,
  ENABLED: pb.ArmOperatingState.ARM_ENABLED,
  PAUSED: pb.ArmOperatingState.ARM_PAUSED,
  FAULT: pb.ArmOperatingState.ARM_FAULT,
} as const;

export const SEVERITY: Record<Severity, farhand.v1.Severity> = {
  INFO: pb.Severity.INFO,
  WARNING: pb.Severity.WARNING,
  ALARM: pb.Severity.ALARM,
  CRITICAL: pb.Severity.CRITICAL,
};

export interface AgentEvent {
  timeNs: number;
  severity: Severity;
  code: string;
  message: string;
  sessionId?: string;
  armId: number;
}

export function wireEvent(e: AgentEvent): farhand.v1.IEvent {
  return {
    agent_time_ns: Math.max(0, Math.round(e.timeNs)),
    severity: SEVERITY[e.severity],
    code: e.code,
    message: e.message,
    session_id: e.sessionId ?? '',
    arm_id: e.armId,
  };
}

export function fromCoreEvent(e: CoreEvent, armId: number): AgentEvent {
  return { timeNs: e.timeNs, severity: e.severity, code: e.code, message: e.message, ...(e.sourceId !== undefined ? { sessionId: e.sourceId } : {}), armId };
}
