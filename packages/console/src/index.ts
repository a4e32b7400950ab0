// @farhand/console: the surgeon console and bedside monitor pages (bundled by scripts/bundle.mjs into
// dist/web, served by the agent). This entry exports the DOM-free logic the pages are built on, for
// tests and tools: input mappings, the virtual hand, frame pacing and still-claims, HUD thresholds and
// figures, the predictive ghost and the monitor's models. The pages themselves are src/pages/*.ts.
export type { ConsoleAction, HandSide, InputContribution, InputSink, InputSource, ViewBasis } from './input/source.js';
export { emptyContribution, HAND_SIDES } from './input/source.js';
export { HandPair, pairChanged, pairFlagsKey, pairSampledAtMs, type HandMode, type HandPairState } from './input/hands.js';
export { buildMotionFrame, rosterFromWelcome, type FrameStamp, type Roster, type RosterArm } from './motion-out.js';
export { armsFromTelemetry, cameraInCart, relativePose, toConsoleRotation, toolInConsole, type ArmStateView } from './console/cart.js';
export { VirtualHand, handChanged, DEFAULT_HAND_OPTIONS, type HandOptions, type HandState } from './input/hand.js';
export {
  DEFAULT_POINTER_GAINS, deadzone, dragRotation, dragTranslation, rateStep, trackedDelta, wheelDeltaPx, wheelRoll, wheelTranslation, type PointerGains,
} from './input/mapping.js';
export { KEY_BINDINGS, DEFAULT_KEY_RATES, actionFor, heldControlFor, isConsoleKey, keyVelocity, type HeldControl, type KeyBinding, type KeyRates } from './input/keymap.js';
export {
  PAD, PAD_ACTIONS, PAD_LEGEND, PAD_LEGEND_BIMANUAL, DEFAULT_PAD_RATES, mapGamepad, mapGamepadBimanual, padActionEdges, padPressedVector,
  type PadBimanualReading, type PadButton, type PadHandReading, type PadRates, type PadReading,
} from './input/gamepad-map.js';
export { FramePacer, DEFAULT_PACER, MIN_STEADY_RATE_HZ, backlogBytesFor, pacerFor, pacerWithRate, type PacerOptions, type SendReason } from './pacing.js';
export { StillClaim, DEFAULT_STILL_CLAIM, type StillClaimOptions } from './input/still-claim.js';
export {
  CAPTURE_TO_ARRIVAL_TITLE, armSummary, delayBreakdown, formatCount, formatDelayParts, formatHalfRtt, formatJaw, formatMasterKind, type DelayBreakdown,
} from './figures.js';
export {
  DEFAULT_THRESHOLDS, LEVEL_WORDS, SCALE_STEPS, formatBytes, formatHz, formatMs, formatPercent, formatScale, frameRateLevel, jitterLevel, lossLevel, oneWayLevel,
  playoutLevel, refusesEngage, rttLevel, stepScale, thresholdsFromLimits, type Level, type Thresholds,
} from './hud-levels.js';
export { Backoff, DEFAULT_BACKOFF, isPermanentReject, type BackoffOptions } from './net/backoff.js';
export { predictGhost, type Ghost, type GhostInputs } from './predict/ghost.js';
export { PredictiveDisplay, type DisplayGhost, type DisplayTelemetry } from './predict/display.js';
export { RollingSeries, type SeriesOptions } from './monitor/series.js';
export { StateTimeline, type Segment } from './monitor/timeline.js';
export {
  AlarmList, DEFAULT_ALARM_POLICY, HOLD_CODES, needsSound, type Alarm, type AlarmPolicy, type AlarmSeverity, type EventGroup, type IncomingEvent, type OpenHold,
} from './monitor/alarms.js';
export { STATE_LOOK, humanizeCode, splitReason, stateLook, type StateLook } from './states.js';
export { reasonSentence } from './reasons.js';
export { qAxisAngle, poseCompose, poseInvert } from './geom.js';
