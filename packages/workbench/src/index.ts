// @farhand/workbench: the engineer's workbench. Replay a recorded session through the same tick as the
// live loop (bit for bit), re-impair it ("what if it had run over that link") with a report, import hand
// motion recorded elsewhere, and put the same impairment model in front of a live agent as a proxy.
// The `farhand` CLI (farhand.ts) dispatches to each.
export { replayFile, replaySession, DamagedSessionError, MultiArmRecordingError, describeDamage, type ReplayOptions, type ReplayOutcome } from './replay/replay.js';
export { loadSession, SessionFileError, type LoadedSession, type LoadOptions } from './replay/session.js';
export { buildSession, importConfig, ImportError, type ImportOptions, type ImportResult } from './import/build.js';
export { buildArmsSession, type ArmsImportResult, type ArmImportFigures } from './import/build-arms.js';
export { LinkProxy, type LinkProxyOptions, type ProxyConnectionStats } from './link/proxy.js';
export { LinkImpairment, IDEAL_LINK, gilbertElliottFor, lognormalFor, type ImpairmentParams } from './link/impairment.js';
export { impairmentFromFlags } from './link/options.js';
export { WORKBENCH_VERSION } from './version.js';
