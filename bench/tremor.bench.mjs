// latency-core tremor filter through the whole core (issue 16): attenuation of the tremor band, gain and
// delay of voluntary motion, error against the true (tremor-free) hand path, and jerk, with the filter
// off, causal, and the look-ahead with each bridge of the future the buffer lacks: 'input' (the raw hand
// extrapolated into the filter), 'output' (the filter runs up to the newest frame held and its output
// is extrapolated past it; after the buffer ran dry the revision is blended over 0.2 s), 'tremor-model'
// (default: a model of the hand - slope + acceleration for the voluntary motion, a fitted sinusoid for
// the tremor - extrapolated into the filter; blended like 'output'; also with the former 20 dB design;
// and 'input' with the former 20 dB design; every other row runs the default design: 25 dB with
// look-ahead, 20 dB causal, mapping.tremor.causalStopbandDb), and 'output' with
// 10 / 20 ms more playout delay (the trade-off: delay buys future). FARHAND_BENCH_MODES /
// FARHAND_BENCH_LINKS run part of the table.
// Links each way: 100 ms +- 20 ms log-normal jitter, 2 % loss in bursts of mean 3, 0.5 % duplicates
// ("impaired"), and 100 ms constant ("clean"; the jitter buffer then holds ~10 ms of future, too little
// for the look-ahead: the filter runs causal, and says so). Probes at 10 Hz, 120 ppm drift, float32
// frames at 100 Hz. Imports the BUILT package (node scripts/build.mjs first). ~20 s of CPU (108 s wall
// on this shared, loaded 2-vCPU machine).
import { coreConfig } from '../packages/latency-core/dist/index.js';
import { runScenario } from '../packages/latency-core/dist/testing/scenario.js';
import { randomHand } from '../packages/latency-core/dist/testing/motion.js';
import { runIfMain } from './table.mjs';

const HOME = { position: [0, 0, -0.1135], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] };
const ORIGIN = [0.1, 0, 0.2];
const SCALE = 0.2;
const START_S = 2; // the hand holds still while the session engages (at 1.5 s)
const IMPAIRED = { baseDelayS: 0.1, jitterS: 0.02, jitterModel: 'lognormal', loss: 0.02, burstLen: 3, duplicate: 0.005 };
const LINKS = [
  ['100 +- 20 ms log-normal, 2 % loss', IMPAIRED, [5, 6, 7]],
  ['100 ms clean', { baseDelayS: 0.1 }, [5]],
];
const MODES = [
  ['off', { enabled: false }],
  ['causal', { enabled: true, lookAhead: false }],
  ['look-ahead, input bridged', { enabled: true, lookAhead: true, bridge: 'input' }],
  ['look-ahead, output bridged', { enabled: true, lookAhead: true, bridge: 'output' }],
  ['look-ahead, tremor-model bridged (default)', { enabled: true, lookAhead: true, bridge: 'tremor-model' }],
  ['look-ahead, tremor-model bridged, 20 dB design', { enabled: true, lookAhead: true, bridge: 'tremor-model', stopbandDb: 20 }],
  ['look-ahead, input bridged, 20 dB design (the former default)', { enabled: true, lookAhead: true, bridge: 'input', stopbandDb: 20 }],
];
const MODE_KEYS = ['off', 'causal', 'input', 'output', 'tremor-model', 'tremor-model-20db', 'input-20db'];
const LINK_KEYS = ['impaired', 'clean'];
const TREMOR_M = 0.0004; // hand tremor amplitude (tool: x 0.2)

const toTool = (p) => [HOME.position[0] + SCALE * (p[0] - ORIGIN[0]), HOME.position[1] + SCALE * (p[1] - ORIGIN[1]), HOME.position[2] + SCALE * (p[2] - ORIGIN[2])];
const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Voluntary motion (seeded, <= 1.5 Hz, 5 cm, 0.3 rad) plus a tremor d(t) along (1, 0.6, 0.8). */
function surgeon(seed, tremor) {
  const vol = randomHand(seed, { origin: ORIGIN, orientation: HOME.orientation, amplitudeM: 0.05, rotationRad: 0.3, maxHz: 1.5, tremorM: 0, startS: START_S });
  const withT = (t, p) => {
    const d = tremor(t);
    return [p[0] + d, p[1] + 0.6 * d, p[2] + 0.8 * d];
  };
  return {
    hand: (t) => {
      const h = vol(t);
      return { ...h, position: withT(t, h.position) };
    },
    truth: (t) => toTool(vol(t).position),
    input: (t) => toTool(withT(t, vol(t).position)),
  };
}
/** 8-10 Hz tremor whose frequency wanders (9 Hz +- 1 Hz at 0.2 Hz). */
const wandering = (t) => (t < START_S ? 0 : TREMOR_M * Math.sin(2 * Math.PI * (9 * (t - START_S) - (1 / (2 * Math.PI * 0.2)) * Math.cos(2 * Math.PI * 0.2 * (t - START_S)))));
const sine = (f, a) => (t) => (t < START_S ? 0 : a * Math.sin(2 * Math.PI * f * (t - START_S)));

/** Runs one session; returns the FOLLOWING ticks from 1 s after engage: t, setpoint, delay figures. */
function session(motion, link, tremor, seed, durationS, extra = {}) {
  const rows = [];
  let holds = 0, prev = 'IDLE', causal = 0;
  runScenario(
    {
      seed,
      durationS,
      config: coreConfig({ mapping: { tremor }, ...extra }),
      hand: motion.hand,
      initialTool: HOME,
      up: link,
      down: link,
      probeRateHz: 10,
      float32: true,
      driftPpm: 120,
      commands: [{ atS: 1.5, type: 'ENGAGE' }],
    },
    (r) => {
      const o = r.output;
      if (o.state === 'HOLDING' && prev !== 'HOLDING') holds++;
      prev = o.state;
      if (r.tS < START_S + 1 || r.tS > durationS - 0.3 || o.state !== 'FOLLOWING') return;
      if (o.link.tremorFilterCausal) causal++;
      rows.push({ tS: r.tS, sp: o.setpoint_cp.position, total: o.link.totalDelayS, base: o.link.playoutDelayS + o.link.tickDelayS });
    },
  );
  return { rows, holds, causal: rows.length ? causal / rows.length : 0 };
}

/** Amplitude and phase (rad) of x(t) at f by projection (a whole number of periods is not needed: long runs). */
function project(ts, xs, f) {
  let si = 0, co = 0, mean = 0;
  for (const x of xs) mean += x;
  mean /= xs.length;
  for (let i = 0; i < ts.length; i++) {
    const w = 2 * Math.PI * f * ts[i];
    si += (xs[i] - mean) * Math.sin(w);
    co += (xs[i] - mean) * Math.cos(w);
  }
  // x = A sin(w t - phi): projections give A cos(phi) / 2 and -A sin(phi) / 2 per sample.
  return { amp: (2 / ts.length) * Math.hypot(si, co), phase: Math.atan2(-co, si) };
}

/** Power of p (100 Hz, 3 axes, mean removed, Hann window) between f0 and f1 (direct DFT). */
function bandPower(p, dt, f0, f1) {
  const n = p.length;
  let total = 0;
  for (let k = 0; k < 3; k++) {
    let mean = 0;
    for (const v of p) mean += v[k];
    mean /= n;
    for (let f = f0; f <= f1 + 1e-9; f += 1 / (n * dt)) {
      let re = 0, im = 0;
      for (let i = 0; i < n; i++) {
        const a = 2 * Math.PI * f * i * dt;
        const x = (p[i][k] - mean) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
        re += x * Math.cos(a);
        im += x * Math.sin(a);
      }
      total += re * re + im * im;
    }
  }
  return total;
}

function jerkRms(p, dt) {
  let s = 0;
  for (let i = 3; i < p.length; i++) for (let k = 0; k < 3; k++) s += ((p[i][k] - 3 * p[i - 1][k] + 3 * p[i - 2][k] - p[i - 3][k]) / dt ** 3) ** 2;
  return Math.sqrt(s / (p.length - 3));
}

/** Surgeon motion with the wandering tremor: 6-12 Hz dB, RMS at zero added lag and best lag, jerk. */
function surgeonFigures(link, tremor, seed, extra) {
  const m = surgeon(seed + 6, wandering);
  const { rows, holds, causal } = session(m, link, tremor, seed, START_S + 20, extra);
  const rmsAt = (lagOf, step = 5) => {
    let s = 0, n = 0;
    for (let i = 0; i < rows.length; i += step, n++) s += dist(rows[i].sp, m.truth(rows[i].tS - lagOf(rows[i]))) ** 2;
    return Math.sqrt(s / n);
  };
  const zero = rmsAt((r) => r.base, 1);
  let best = 0, bestRms = Infinity;
  for (let lag = -0.03; lag <= 0.06; lag += 0.001) {
    const v = rmsAt((r) => r.base + lag);
    if (v < bestRms) (bestRms = v), (best = lag);
  }
  const sp = [], inp = [], tru = [];
  for (let i = 0; i < rows.length; i += 10) {
    const t = rows[i].tS - rows[i].base;
    sp.push(rows[i].sp);
    inp.push(m.input(t));
    tru.push(m.truth(t));
  }
  const minus = (a, b) => a.map((p, i) => [p[0] - b[i][0], p[1] - b[i][1], p[2] - b[i][2]]);
  return {
    baseMs: (rows.reduce((x, r) => x + r.base, 0) / rows.length) * 1000,
    bandDb: 10 * Math.log10(bandPower(minus(sp, tru), 0.01, 6, 12) / bandPower(minus(inp, tru), 0.01, 6, 12)),
    zeroUm: zero * 1e6,
    bestUm: bestRms * 1e6,
    bestLagMs: best * 1000,
    jerk: jerkRms(sp, 0.01) / jerkRms(inp, 0.01),
    holds,
    causal,
  };
}

/** A single tremor sine at f on top of the voluntary motion: its coherent gain through the core, dB. */
function attenuationDb(link, tremor, f) {
  const m = surgeon(17, sine(f, TREMOR_M));
  const { rows } = session(m, link, tremor, 5, START_S + 10);
  const ts = [], xs = [];
  for (let i = 0; i < rows.length; i += 2) {
    const t = rows[i].tS - rows[i].base;
    ts.push(t - START_S);
    xs.push(rows[i].sp[0] - m.truth(t)[0]);
  }
  return 20 * Math.log10(project(ts, xs, f).amp / (SCALE * TREMOR_M));
}

/** A pure 2 cm sine of the hand at f: gain (dB) and the delay beyond playout + tick (ms). */
function passband(link, tremor, f) {
  const a = 0.02;
  const hand = (t) => ({ position: [ORIGIN[0] + sine(f, a)(t), ORIGIN[1], ORIGIN[2]], orientation: HOME.orientation, grip: 0 });
  const { rows } = session({ hand }, link, tremor, 5, START_S + 9.5);
  const ts = [], xs = [], base = [];
  for (let i = 0; i < rows.length; i += 2) {
    ts.push(rows[i].tS - START_S);
    xs.push(rows[i].sp[0]);
    base.push(rows[i].base);
  }
  // A whole number of periods (the projection is biased otherwise), the newest ones.
  const keep = Math.floor(((ts[ts.length - 1] - ts[0]) * f) + 1e-9) / f;
  const from = ts.findIndex((t) => t >= ts[ts.length - 1] - keep);
  ts.splice(0, from);
  xs.splice(0, from);
  base.splice(0, from);
  const r = project(ts, xs, f);
  const meanBase = base.reduce((s, x) => s + x, 0) / base.length;
  return { gainDb: 20 * Math.log10(r.amp / (SCALE * a)), delayMs: (r.phase / (2 * Math.PI * f) - meanBase) * 1000 };
}

export { surgeonFigures, attenuationDb, passband, session, surgeon, wandering, bandPower, IMPAIRED, LINKS, MODES };

export default async function run() {
  const rows = [];
  const row = (linkName, mode, link, tremor, seeds, extra, full) => {
    const s = seeds.map((seed) => surgeonFigures(link, tremor, seed, extra));
    const mean = (k) => s.reduce((x, r) => x + r[k], 0) / s.length;
    const span = (k, d) => (s.length === 1 ? s[0][k].toFixed(d) : `${mean(k).toFixed(d)} (${Math.min(...s.map((r) => r[k])).toFixed(d)}..${Math.max(...s.map((r) => r[k])).toFixed(d)})`);
    const att = full ? Object.fromEntries([6, 8, 10, 12].map((f) => [`${f} Hz dB`, attenuationDb(link, tremor, f)])) : {};
    const pb = full ? Object.fromEntries([0.5, 1, 2].map((f) => [f, passband(link, tremor, f)])) : null;
    rows.push({
      link: linkName,
      filter: mode,
      'playout + tick ms': mean('baseMs'),
      ...att,
      '8-10 Hz wandering dB': span('bandDb', 1),
      '0.5 / 1 / 2 Hz gain dB': pb ? [0.5, 1, 2].map((f) => pb[f].gainDb.toFixed(2)).join(' / ') : '',
      '0.5 / 1 / 2 Hz delay ms': pb ? [0.5, 1, 2].map((f) => pb[f].delayMs.toFixed(1)).join(' / ') : '',
      'RMS um, zero lag': span('zeroUm', 1),
      'RMS um, best lag': span('bestUm', 1),
      'best lag ms': mean('bestLagMs'),
      'jerk / input': span('jerk', 2),
      holds: s.reduce((x, r) => x + r.holds, 0),
      'causal %': mean('causal') * 100,
    });
  };
  // The machine is shared: FARHAND_BENCH_MODES (comma-separated names from MODE_KEYS) and
  // FARHAND_BENCH_LINKS ('impaired', 'clean') run part of the table (each part under ~60 s).
  const modes = process.env.FARHAND_BENCH_MODES?.split(',');
  const links = process.env.FARHAND_BENCH_LINKS?.split(',');
  LINKS.forEach(([linkName, link, seeds], li) => {
    if (links && !links.includes(LINK_KEYS[li])) return;
    MODES.forEach(([mode, tremor], mi) => {
      if (!modes || modes.includes(MODE_KEYS[mi])) row(linkName, mode, link, tremor, seeds, {}, true);
    });
  });
  // The trade-off: more playout delay buys the look-ahead more future (fewer extrapolated tips).
  if (!links || links.includes('impaired')) {
    for (const extraMs of [10, 20]) {
      if (!modes || modes.includes(`output+${extraMs}`)) row(LINKS[0][0], `look-ahead, output bridged, playout margin +${extraMs} ms`, IMPAIRED, MODES[3][1], LINKS[0][2], { playout: { marginS: 0.01 + extraMs / 1000 } }, false);
    }
  }
  return {
    title: 'latency-core: tremor filter through the core (off / causal / look-ahead with its three bridges)',
    rows,
    notes: [
      'Tremor attenuation: a 0.4 mm hand sine at 6, 8, 10, 12 Hz on top of voluntary motion (5 cm, 0.3 rad, <= 1.5 Hz); coherent gain of the setpoint error (setpoint - true tool path at playout + tick delay) at that frequency vs the tremor.',
      '8-10 Hz wandering: the same motion with a 9 +- 1 Hz tremor; power of the setpoint error in 6-12 Hz vs the input\'s (100 Hz samples, Hann): the tremor left AND the link\'s own errors in that band; mean (min..max) over seeds 5, 6, 7 (clean link: seed 5).',
      'Pass band: a pure 2 cm hand sine; gain of the setpoint vs 0.2 x the hand; delay = its phase delay less the reported playout + tick delays (the filter\'s own, as measured end to end).',
      'RMS: setpoint vs the true tremor-free tool path delayed by the reported playout + tick delay (zero lag), and by the constant extra lag that minimises it (best lag, searched over -30..60 ms).',
      'Jerk: third difference at 100 Hz, setpoint vs the input (with its tremor) delayed alike.',
      'Playout margin +10 / +20 ms: playout.marginS raised, i.e. that much more total delay, so the buffer holds that much more future (the trade-off).',
    ],
  };
}

await runIfMain(import.meta.url, run);
