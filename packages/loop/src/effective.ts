// The effective configuration: the agent config after every layer and default, with the core section
// replaced by latency-core's full parsed config and the simulator seed decided. This is what the loop
// runs with and what SessionStart.config_json records (without the tokens), so replay can rebuild the
// exact same core and simulator from a recording.
import { parseCoreConfig, type CoreConfig } from '@farhand/latency-core';
import { agentConfigSchema, describeConfigIssues, type AgentConfig } from '@farhand/protocol';
import { CART_INSTRUMENT_WORKSPACE, isMultiArm, multiArmConfigFor } from './arms.js';

export type EffectiveConfig = Omit<AgentConfig, 'core' | 'sim'> & {
  core: CoreConfig;
  sim: { tool: AgentConfig['sim']['tool']; seed: number };
};

export type EffectiveResult = { ok: true; config: EffectiveConfig } | { ok: false; errors: string[] };

/**
 * Completes a validated AgentConfig: parses the core section (errors prefixed "core.") and picks a
 * random simulator seed when none was given (recorded, so a replay uses the same one).
 */
export function completeConfig(config: AgentConfig, randomSeed: () => number = defaultSeed): EffectiveResult {
  // The core designs its filters for the rate it is stepped at: the agent's rate, unless set to the same.
  const given = config.core.controlRateHz;
  if (given !== undefined && given !== config.controlRateHz) {
    return {
      ok: false,
      errors: [`core.controlRateHz = ${JSON.stringify(given)}: expected the agent's controlRateHz (${config.controlRateHz}), or leave it out (the core is stepped at the agent's rate)`],
    };
  }
  const core = parseCoreConfig({ ...withCartWorkspace(config), controlRateHz: config.controlRateHz });
  if (!core.ok) return { ok: false, errors: core.errors.map((e) => prefixCore(e)) };
  const effective: EffectiveConfig = { ...config, core: core.config, sim: { tool: config.sim.tool, seed: config.sim.seed ?? randomSeed() } };
  // Several arms: the composition's own checks (camera control, eye rotation) at startup, not at the first tick.
  if (isMultiArm(effective)) {
    const m = multiArmConfigFor(effective);
    if (!m.ok) return { ok: false, errors: m.errors };
  }
  return { ok: true, config: effective };
}

/**
 * Several arms and no workspace given: the cart's instrument box (arms.ts CART_INSTRUMENT_WORKSPACE), not
 * the one-arm default, which would keep the two tips from ever meeting in the picture. The parsed box is
 * what the session records, so a replay keeps the one it ran with.
 */
function withCartWorkspace(config: AgentConfig): Record<string, unknown> {
  const core = config.core;
  const limits = core['limits'];
  const given = typeof limits === 'object' && limits !== null && (limits as Record<string, unknown>)['workspace'] !== undefined;
  if (!isMultiArm(config) || given) return core;
  return { ...core, limits: { ...(typeof limits === 'object' && limits !== null ? limits : {}), workspace: CART_INSTRUMENT_WORKSPACE } };
}

function prefixCore(e: string): string {
  return e.startsWith('core.') || e.startsWith('core ') ? e : `core.${e}`;
}

function defaultSeed(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0]!;
}

/** JSON for SessionStart.config_json: everything but the secrets (tokens, TURN credentials). */
export function recordedConfigJson(config: EffectiveConfig): string {
  const { tokens: _tokens, rtc, ...rest } = config;
  // The credential is replaced, not dropped: a TURN entry without one would not parse again in replay.
  const iceServers = rtc.iceServers.map((server) => (server.credential === undefined ? server : { ...server, credential: '(redacted)' }));
  return JSON.stringify({ ...rest, rtc: { ...rtc, iceServers } });
}

/**
 * Rebuilds an EffectiveConfig from SessionStart.config_json (what replay does). Validated again with the
 * same schemas, so a hand-edited or foreign recording gets the same clear errors as a config file.
 */
export function effectiveConfigFromJson(json: string): EffectiveResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`config_json is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  const parsed = agentConfigSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeConfigIssues(parsed.error.issues, raw, () => 'config_json').map((p) => p.message) };
  if (parsed.data.sim.seed === undefined) return { ok: false, errors: ['sim.seed = (absent) (from config_json): expected the seed the session ran with'] };
  return completeConfig(parsed.data);
}
