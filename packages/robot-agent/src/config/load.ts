// Configuration layers: defaults < config file (--config or FARHAND_CONFIG) < environment (FARHAND_*)
// < CLI flags. Each layer is a partial config object; the merge is validated once by the protocol
// package's agentConfigSchema, and every problem is reported with the field, the value as given, the
// layer it came from and what is accepted. Pure apart from reading the config file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BOOLEAN_FLAGS,
  CONFIG_FIELDS,
  agentConfigSchema,
  cliFlagsSchema,
  configField,
  describeConfigIssues,
  didYouMean,
  parseFieldString,
  problemMessage,
  type AgentConfig,
  type CliFlags,
} from '@farhand/protocol';

export interface LoadInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths in flags, env and the file resolve against this. */
  cwd: string;
  readFile?: (path: string) => string;
}

export type LoadResult =
  | { ok: true; config: AgentConfig; flags: CliFlags; configPath?: string; sources: ReadonlyMap<string, string> }
  | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;

/** The flags parseArgs knows: derived from cliFlagsSchema so the two cannot drift. */
function parseArgsOptions(): Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> {
  const opts: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const name of Object.keys(cliFlagsSchema.shape)) {
    opts[name] = (BOOLEAN_FLAGS as readonly string[]).includes(name) ? { type: 'boolean' } : { type: 'string' };
  }
  opts.core = { type: 'string', multiple: true };
  return opts;
}

/** Every flag name without its dashes, as --help lists them. */
function knownFlags(): string[] {
  return [...Object.keys(parseArgsOptions()), 'help', 'version'];
}

/** A parseArgs failure as a sentence that says what is accepted. */
function argError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  const opt = /'(-{1,2}[^' <=]+)/.exec(msg)?.[1];
  const name = opt?.replace(/^-+/, '') ?? '';
  const field = CONFIG_FIELDS.find((f) => f.flag === name);
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = opt?.startsWith('--') ? didYouMean(name.split('=')[0]!, knownFlags()) : undefined;
      return `unknown flag ${opt ?? msg}${near !== undefined ? ` (did you mean --${near}?)` : ''}: see farhand-agent --help for the accepted flags`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(msg)) return `${opt} takes no value: it is a switch (e.g. ${opt}, not ${opt}=...)`;
      if (name === 'config') return `--config needs a value: expected a JSON config file path`;
      return `${opt} needs a value: expected ${field?.accepted ?? 'a value'}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /argument '([^']*)'/.exec(msg)?.[1] ?? '';
      return `unexpected argument "${arg}": farhand-agent takes only flags (see --help)`;
    }
    default:
      return msg;
  }
}

function setPath(obj: Obj, path: readonly string[], value: unknown): void {
  let o = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = o[k];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) o[k] = {};
    o = o[k] as Obj;
  }
  o[path[path.length - 1]!] = value;
}

/** Deep merge of plain objects; arrays and scalars of `b` replace those of `a`. */
function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (!isPlain(a) || !isPlain(b)) return b;
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
  return out;
}

function isPlain(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Records, for every leaf path a layer sets, which layer it was. */
function noteSources(obj: unknown, prefix: string, label: string, into: Map<string, string>): void {
  if (isPlain(obj)) {
    if (prefix !== '') into.set(prefix, label);
    for (const [k, v] of Object.entries(obj)) noteSources(v, prefix === '' ? k : `${prefix}.${k}`, label, into);
  } else if (prefix !== '') {
    into.set(prefix, label);
  }
}

const PATH_FIELDS = new Set(['webRoot', 'recording.dir', 'tls.certFile', 'tls.keyFile', 'logFile']);

/** Relative file paths from flags and env resolve against the working directory, from a file against the file. */
function resolvePaths(obj: Obj, base: string): void {
  for (const p of PATH_FIELDS) {
    const segs = p.split('.');
    let o: unknown = obj;
    for (let i = 0; i < segs.length - 1 && isPlain(o); i++) o = o[segs[i]!];
    const last = segs[segs.length - 1]!;
    if (isPlain(o) && typeof o[last] === 'string' && o[last] !== '') o[last] = resolve(base, o[last]);
  }
}

export function loadConfig(input: LoadInput): LoadResult {
  const readFile = input.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const errors: string[] = [];

  // 1. Flags (parsed first: --help and --config decide what else happens).
  let values: Obj;
  try {
    values = parseArgs({ args: [...input.argv], options: parseArgsOptions(), strict: true, allowPositionals: false }).values as Obj;
  } catch (e) {
    return { ok: false, errors: [argError(e)] };
  }
  const flagCheck = cliFlagsSchema.safeParse(values);
  if (!flagCheck.success) {
    for (const issue of flagCheck.error.issues) {
      const name = String(issue.path[0] ?? '');
      const raw = issue.path.length > 1 ? (values[name] as unknown[])[Number(issue.path[1])] : values[name];
      errors.push(
        name === 'core'
          ? `--core ${JSON.stringify(raw)}: expected KEY=VALUE with a core setting name and a JSON value, e.g. --core mapping.motionScale=0.5`
          : `--${name} = ${JSON.stringify(raw)}: ${issue.message}`,
      );
    }
    return { ok: false, errors };
  }
  const flags = flagCheck.data;
  if (flags.help || flags.version) {
    return { ok: true, config: agentConfigSchema.parse({}), flags, sources: new Map() };
  }

  const sources = new Map<string, string>();

  // 2. Config file.
  const configPathRaw = flags.config ?? emptyToUndefined(input.env.FARHAND_CONFIG);
  let fileLayer: Obj = {};
  let configPath: string | undefined;
  if (configPathRaw !== undefined) {
    configPath = resolve(input.cwd, configPathRaw);
    const label = flags.config !== undefined ? configPathRaw : `${configPathRaw} (FARHAND_CONFIG)`;
    let text: string;
    try {
      text = readFile(configPath);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return { ok: false, errors: [`config file ${JSON.stringify(configPathRaw)}: cannot be read (${err.code ?? err.message}); expected a readable JSON file`] };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: [`config file ${JSON.stringify(configPathRaw)}: not valid JSON (${(e as Error).message}); expected one JSON object`] };
    }
    if (!isPlain(parsed)) {
      return { ok: false, errors: [`config file ${JSON.stringify(configPathRaw)}: holds ${Array.isArray(parsed) ? 'an array' : JSON.stringify(parsed)}; expected one JSON object`] };
    }
    fileLayer = parsed;
    resolvePaths(fileLayer, resolve(configPath, '..'));
    noteSources(fileLayer, '', label, sources);
  }

  // 3. Environment.
  const envLayer: Obj = {};
  for (const field of CONFIG_FIELDS) {
    if (field.env === undefined) continue;
    const raw = emptyToUndefined(input.env[field.env]);
    if (raw === undefined) continue;
    const v = parseFieldString(field, raw);
    if (!v.ok) {
      errors.push(problemMessage(field.path, raw, field.env, v.message, field.secret === true));
      continue;
    }
    if (field.path === 'core' && !isPlain(v.value)) {
      errors.push(problemMessage('core', raw, field.env, 'a JSON object of latency-core settings, e.g. {"mapping":{"motionScale":0.5}}'));
      continue;
    }
    setPath(envLayer, field.path.split('.'), v.value);
  }
  resolvePaths(envLayer, input.cwd);
  for (const field of CONFIG_FIELDS) {
    if (field.env === undefined || emptyToUndefined(input.env[field.env]) === undefined) continue;
    if (field.path === 'core') noteSources(getPath(envLayer, ['core']), 'core', field.env, sources);
    else sources.set(field.path, field.env);
  }

  // 4. Flags.
  const flagLayer: Obj = {};
  for (const field of CONFIG_FIELDS) {
    if (field.flag === undefined || field.path === 'core' || field.kind === 'bool') continue;
    const raw = (flags as Obj)[field.flag];
    if (typeof raw !== 'string') continue;
    const v = parseFieldString(field, raw);
    if (!v.ok) {
      errors.push(problemMessage(field.path, raw, `--${field.flag}`, v.message, field.secret === true));
      continue;
    }
    setPath(flagLayer, field.path.split('.'), v.value);
    sources.set(field.path, `--${field.flag}`);
  }
  if (flags.insecure === true) {
    flagLayer.insecure = true;
    sources.set('insecure', '--insecure');
  }
  if (flags.recording === true || flags['no-recording'] === true) {
    setPath(flagLayer, ['recording', 'enabled'], flags['no-recording'] !== true);
    sources.set('recording.enabled', flags['no-recording'] === true ? '--no-recording' : '--recording');
  }
  if (flags.webrtc === true || flags['no-webrtc'] === true) {
    setPath(flagLayer, ['rtc', 'enabled'], flags['no-webrtc'] !== true);
    sources.set('rtc.enabled', flags['no-webrtc'] === true ? '--no-webrtc' : '--webrtc');
  }
  for (const kv of flags.core ?? []) {
    const eq = kv.indexOf('=');
    const key = kv.slice(0, eq);
    const rawValue = kv.slice(eq + 1);
    let value: unknown;
    try {
      value = JSON.parse(rawValue);
    } catch {
      // A bare word is a string: --core mode=fast reads as "fast". Anything that looks like JSON must be JSON.
      if (/^[\[{"]/.test(rawValue.trim()) || rawValue.trim() === '') {
        errors.push(`core.${key} = ${JSON.stringify(rawValue)} (from --core): expected a JSON value (number, true/false, "string", [..] or {..})`);
        continue;
      }
      value = rawValue;
    }
    setPath(flagLayer, ['core', ...key.split('.')], value);
    sources.set(`core.${key}`, '--core');
  }
  resolvePaths(flagLayer, input.cwd);
  if (errors.length > 0) return { ok: false, errors };

  const merged = merge(merge(fileLayer, envLayer), flagLayer) as Obj;
  const parsed = agentConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const sourceOf = (p: string): string | undefined => {
      for (let q = p; ; ) {
        const s = sources.get(q);
        if (s !== undefined) return s;
        const i = q.lastIndexOf('.');
        if (i < 0) return undefined;
        q = q.slice(0, i);
      }
    };
    return { ok: false, errors: describeConfigIssues(parsed.error.issues, merged, sourceOf).map((p) => p.message) };
  }
  return { ok: true, config: parsed.data, flags, ...(configPath !== undefined ? { configPath } : {}), sources };
}

function emptyToUndefined(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : s;
}

function getPath(obj: unknown, path: readonly string[]): unknown {
  let o = obj;
  for (const k of path) {
    if (!isPlain(o)) return undefined;
    o = o[k];
  }
  return o;
}

/** Source label for a path, for callers that report later problems (e.g. the core section). */
export function sourceLabel(sources: ReadonlyMap<string, string>, path: string): string | undefined {
  for (let q = path; ; ) {
    const s = sources.get(q);
    if (s !== undefined) return s;
    const i = q.lastIndexOf('.');
    if (i < 0) return undefined;
    q = q.slice(0, i);
  }
}

export { configField };
