// Config changes for a replay ("what if the speed limit had been lower"): dotted paths into the
// recorded effective config, e.g. core.limits.maxLinearSpeedMps=0.05. A path must exist in the
// recording (the recorded config is complete, so an unknown path is a typo, not a new setting); the
// value is JSON where it parses as JSON, a string otherwise. The result is validated by the agent's own
// config schemas (effectiveConfigFromJson), so a bad value gets the same message as a bad config file.
import { effectiveConfigFromJson, type EffectiveConfig } from '@farhand/loop';

export interface ConfigOverride {
  path: string;
  value: unknown;
}

export interface ConfigChange {
  path: string;
  recorded: unknown;
  replayed: unknown;
}

export class ConfigOverrideError extends Error {
  override name = 'ConfigOverrideError';
}

/** Paths a replay cannot change: the tick grid is the recording's. */
const FIXED: Record<string, string> = {
  controlRateHz: 'the replay runs on the recorded ticks, so the control rate is the recording\'s',
  'core.controlRateHz': 'the replay runs on the recorded ticks, so the control rate is the recording\'s',
};

/** "core.limits.maxLinearSpeedMps=0.05" -> { path, value }. */
export function parseOverride(text: string): ConfigOverride {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new ConfigOverrideError(`--set "${text}": expected PATH=VALUE, e.g. core.limits.maxLinearSpeedMps=0.05`);
  const path = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(path)) throw new ConfigOverrideError(`--set "${text}": "${path}" is not a dotted config path such as core.limits.maxLinearSpeedMps`);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: a bare string (e.g. sim.tool=LND420006).
  }
  return { path, value };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Applies overrides to the recorded config JSON and validates the result.
 * @returns the effective config to replay with and the list of changes
 */
export function applyOverrides(recordedJson: string, overrides: readonly ConfigOverride[]): { config: EffectiveConfig; changes: ConfigChange[]; json: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(recordedJson);
  } catch (e) {
    throw new ConfigOverrideError(`the recording's config_json is not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(raw)) throw new ConfigOverrideError("the recording's config_json is not a JSON object");
  const changes: ConfigChange[] = [];
  for (const o of overrides) {
    const why = FIXED[o.path];
    if (why) throw new ConfigOverrideError(`--set ${o.path}: cannot be changed: ${why}`);
    const keys = o.path.split('.');
    let node: Record<string, unknown> = raw;
    for (let i = 0; i < keys.length - 1; i++) {
      const k = keys[i] as string;
      const next = node[k];
      if (!isObject(next)) {
        throw new ConfigOverrideError(`--set ${o.path}: ${keys.slice(0, i + 1).join('.')} is not a section of the recorded config; sections here: ${Object.keys(node).filter((x) => isObject(node[x])).join(', ')}`);
      }
      node = next;
    }
    const leaf = keys[keys.length - 1] as string;
    if (!(leaf in node)) {
      throw new ConfigOverrideError(`--set ${o.path}: unknown field "${leaf}"; fields here: ${Object.keys(node).join(', ')}`);
    }
    changes.push({ path: o.path, recorded: node[leaf], replayed: o.value });
    node[leaf] = o.value;
  }
  const json = JSON.stringify(raw);
  const r = effectiveConfigFromJson(json);
  if (!r.ok) {
    throw new ConfigOverrideError(
      overrides.length > 0 ? `the changed config is not accepted:\n  ${r.errors.join('\n  ')}` : `the recording's config is not accepted by this agent:\n  ${r.errors.join('\n  ')}`,
    );
  }
  return { config: r.config, changes, json };
}
