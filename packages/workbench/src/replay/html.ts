// The replay report as one self-contained HTML page: inline CSS and inline SVG plots, no script, no
// network, so it can be mailed, archived and printed. Rendered from the same ReplayReport as the JSON.
import type { ArmReproduction, ReplayReport, RunSummary, StateSegment } from './report.js';
import type { PlotSeries } from './figures.js';
import { esc, lineChart, timeline, type LineSeries } from './svg.js';

const C = { run: '#1f6fb2', ref: '#8a8f98', x: '#c8362f', y: '#3a9d5d', z: '#1f6fb2', limit: '#c8362f', delay: '#7a4fb5', lost: '#c8362f' };

const mm = (m: number) => (Number.isFinite(m) ? `${(m * 1e3).toFixed(3)} mm` : '–');
const ms = (s: number) => (Number.isFinite(s) ? `${(s * 1e3).toFixed(1)} ms` : '–');
const sec = (s: number) => (Number.isFinite(s) ? `${s.toFixed(3)} s` : '–');
const pct = (r: number) => (Number.isFinite(r) ? `${(r * 100).toFixed(2)} %` : '–');
const num = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');

function row(label: string, ...cells: string[]): string {
  return `<tr><th>${esc(label)}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function runRows(r: RunSummary, ref: RunSummary | null): string {
  const both = (f: (x: RunSummary) => string) => (ref ? [f(r), f(ref)] : [f(r)]);
  const m = (x: RunSummary) => x.motion;
  const t = (x: RunSummary) => x.time;
  return [
    row('peak speed (setpoint)', ...both((x) => `${num(m(x).peakSpeedMps * 1e3, 1)} mm/s <span class="dim">at ${sec(m(x).peakSpeedAtS)}</span>`)),
    row('peak acceleration', ...both((x) => `${num(m(x).peakAccelMps2)} m/s² <span class="dim">at ${sec(m(x).peakAccelAtS)}</span>`)),
    row('peak angular speed', ...both((x) => `${num(m(x).peakAngularSpeedRadps)} rad/s`)),
    row('peak jaw speed', ...both((x) => `${num(m(x).peakJawSpeedRadps)} rad/s`)),
    row('path length', ...both((x) => mm(m(x).pathLengthM))),
    row('time at the linear speed limit', ...both((x) => sec(m(x).linearClippedS))),
    row('time at the angular speed limit (orientation clipped)', ...both((x) => sec(m(x).angularClippedS))),
    row('time following', ...both((x) => sec(t(x).followingS))),
    row('time held (HOLDING)', ...both((x) => sec(t(x).heldS))),
    row('time in fault / e-stop', ...both((x) => sec(t(x).latchedS))),
    row('safety events', ...both((x) => String(Object.values(x.eventCounts).reduce((a, b) => a + b, 0)))),
    row('replay speed', ...both((x) => `${num(x.speedX, 0)}× real time`)),
  ].join('');
}

/** The what-if over several seeds: the spread of each figure, then one row per seed. */
function seedsSection(r: ReplayReport): string {
  const sd = r.seeds;
  if (!sd || sd.rows.length === 0) return '';
  const cols: Array<[keyof (typeof sd.rows)[number] & keyof typeof sd.spread, string, (v: number) => string]> = [
    ['heldS', 'held', sec],
    ['holds', 'holds', (v) => num(v, 0)],
    ['trackingRmsM', 'tracking RMS', mm],
    ['trackingMaxM', 'tracking max', mm],
    ['peakSpeedMps', 'peak speed', (v) => `${num(v * 1e3, 1)} mm/s`],
    ['peakAccelMps2', 'peak accel.', (v) => `${num(v)} m/s²`],
    ['linearClippedS', 'at speed limit', sec],
    ['angularClippedS', 'at angular limit', sec],
    ['lossRatio', 'frames lost', pct],
    ['safetyEvents', 'safety events', (v) => num(v, 0)],
  ];
  const head = `<tr><th>seed</th>${cols.map(([, h]) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const spread = (['min', 'median', 'max'] as const).map((q) => `<tr><th>${q}</th>${cols.map(([k, , f]) => `<td>${f(sd.spread[k][q])}</td>`).join('')}</tr>`).join('');
  const rows = sd.rows.map((x) => `<tr><td>${x.seed}</td>${cols.map(([k, , f]) => `<td>${f(x[k])}</td>`).join('')}</tr>`).join('');
  return `<h2>Over ${sd.rows.length} seeds of the same link</h2><p class="dim">One seeded link is one draw of the losses, bursts and jitter; the plots and figures above are for seed ${sd.rows[0]!.seed}. Tracking is against the unimpaired run.</p><table class="small">${head}${spread}</table><table class="small">${head}${rows}</table>`;
}

function verdict(r: ReplayReport): string {
  const rep = r.reproduction;
  if (rep.identical) {
    return `<div class="verdict ok"><b>Reproduced bit for bit.</b> The replay with the recorded inputs and ${r.config.changes.length ? 'the changed' : 'the recorded'} config matches the recording on every one of ${rep.ticksCompared} ticks (setpoint, jaw, state, reason, measured pose).</div>`;
  }
  const f = rep.firstDifference;
  const diffs = f
    ? `<table class="small"><tr><th>field</th><th>recorded</th><th>replayed</th></tr>${f.differences
        .map((d) => `<tr><td><code>${esc(d.field)}</code></td><td>${esc(String(d.recorded))}</td><td>${esc(String(d.replayed))}</td></tr>`)
        .join('')}</table>`
    : '';
  const expected = r.config.changes.length > 0 ? ' (expected: the config was changed)' : '';
  return `<div class="verdict ${r.config.changes.length ? 'info' : 'bad'}"><b>Differs from the recording${esc(expected)}.</b> ${esc(rep.summary)}${diffs}</div>`;
}

/** Several arms: one row per arm (reproduction, and the what-if figures with a link); the figures further down are arm 0's. */
function armsSection(r: ReplayReport): string {
  if (!r.arms || r.arms.length === 0) return '';
  const mm = (m: number) => `${num(m * 1000, 3)} mm`;
  const whatIf = r.arms.some((a) => a.whatIf);
  const rows = r.arms
    .map((a) => {
      const w = a.whatIf;
      return `<tr><td>${a.armId}</td><td>${esc(a.name)}</td><td>${esc(a.kind.toLowerCase())}</td><td>${a.identical ? 'reproduced' : 'differs'}</td><td>${esc(a.summary)}</td>${
        whatIf ? `<td>${w ? mm(w.trackingRmsM) : ''}</td><td>${w ? mm(w.trackingMaxM) : ''}</td><td>${w ? `${num(w.lagS * 1e3, 0)} ms` : ''}</td><td>${w ? sec(w.heldS) : ''}</td>` : ''
      }</tr>`;
    })
    .join('');
  const plotted = r.arms.every((a) => a.plots !== undefined);
  const below = plotted ? `The figures below are arm 0's (${esc(r.arms[0]!.name)}); the plots are each arm's, under its name.` : `The figures and plots below are arm 0's (${esc(r.arms[0]!.name)}).`;
  return `<h2>Arms</h2><p class="dim">Each arm against its own recorded ticks${whatIf ? '; over the link, each against its own unimpaired run' : ''}. ${below}</p><table class="small"><tr><th>id</th><th>arm</th><th>kind</th><th>replay</th><th>summary</th>${
    whatIf ? '<th>tracking RMS</th><th>max</th><th>lag</th><th>held</th>' : ''
  }</tr>${rows}</table>`;
}

function linkSection(r: ReplayReport): string {
  const l = r.link;
  const parts: string[] = [`<h2>Link</h2><p>${esc(l.description)}</p>`];
  if (l.frames) {
    const f = l.frames;
    parts.push(
      `<table><tr><th></th><th>measured on the replayed frames</th></tr>` +
        row('frames sent / delivered', `${f.packetsSent} / ${f.packetsDelivered}`) +
        row('loss', `${pct(f.lossRatio)} <span class="dim">(loss ${f.lostLoss}, outage ${f.lostOutage}, queue ${f.lostQueue}; ${f.bursts} bursts, mean ${num(f.meanBurstLength, 2)} frames)</span>`) +
        row('one-way delay', `mean ${ms(f.delayMeanS)}, SD ${ms(f.delaySdS)}, min ${ms(f.delayMinS)}, p50 ${ms(f.delayP50S)}, p95 ${ms(f.delayP95S)}, p99 ${ms(f.delayP99S)}, max ${ms(f.delayMaxS)}`) +
        row('reordered / duplicated', `${pct(f.reorderedRatio)} / ${pct(f.duplicateRatio)}`) +
        row('bandwidth queue', `mean ${ms(f.queueMeanS)}`) +
        row('commands resent (lost once or more)', String(l.commandsRetransmitted)) +
        row('clock probes completed', `${l.probesCompleted} of ${l.probesSent}`) +
        row('inputs arriving after the last tick', String(l.arrivedAfterEnd)) +
        `</table>`,
    );
    if (l.clockRelations.length > 0) {
      parts.push(
        `<p class="dim">Recorded clock relation: ${l.clockRelations
          .map((c) => `${esc(c.sessionId)}: offset ${ms(c.offsetNs / 1e9)}, drift ${num(c.drift * 1e6, 2)} ppm from ${c.method === 'probes' ? `${c.samplesUsed} probes` : 'frames (no probes)'}, recorded median delay ${ms(c.recordedDelayNs / 1e9)}`)
          .join('; ')}</p>`,
      );
    }
  }
  const cl = r.run.coreLink;
  if (cl) {
    parts.push(
      `<p>The core's own view at the end of the run: RTT ${ms(cl.rttS)}, one-way delay ${ms(cl.oneWayDelayS)}, jitter ${ms(cl.jitterS)}, loss ${pct(cl.lossRatio)}, playout delay ${ms(cl.playoutDelayS)}; frames received ${cl.framesReceived}, late ${cl.framesLate}, dropped ${cl.framesDropped}, refused ${cl.framesRefused}; clocks ${cl.clockSynced ? 'synced' : 'not synced'}.</p>`,
    );
  }
  return parts.join('');
}

/** What the motion plots of one arm are drawn from (the report's `series` for arm 0, or an arm's `plots`). */
interface MotionPlots {
  run: PlotSeries;
  reference: PlotSeries | null;
  runStates: StateSegment[];
  referenceStates: StateSegment[];
  trackingRmsM: number;
}

/** An arm's setpoint position against its reference, its tracking error, its speed and its states. */
function motionCharts(r: ReplayReport, s: MotionPlots, armName = ''): string[] {
  const dur = r.session.durationS;
  const out: string[] = [];
  const impaired = r.link.impaired;
  const runName = impaired ? 'impaired' : 'replay';
  const refName = impaired ? 'unimpaired' : 'recording';
  // Several arms: each title names its arm, so a plot copied out of the page still says whose it is.
  const named = (title: string) => (armName ? `${armName}: ${title}` : title);
  const pos: LineSeries[] = [];
  const axes = ['x', 'y', 'z'] as const;
  for (const a of axes) {
    if (s.reference) pos.push({ name: `${a} ${refName}`, color: C[a], x: s.reference.timeS, y: s.reference[a].map((v) => v * 1e3), dashed: true });
    pos.push({ name: `${a} ${runName}`, color: C[a], x: s.run.timeS, y: s.run[a].map((v) => v * 1e3) });
  }
  out.push(lineChart({ title: named(armName ? 'tip setpoint position (its own base frame)' : 'Tool tip setpoint position (RCM frame)'), xLabel: 'time, s', yLabel: 'mm', series: pos, xMax: dur }));
  out.push(
    lineChart({
      title: armName ? `${armName}: tracking error, ${r.tracking.run} vs ${r.tracking.reference} (peak per bucket)` : `Tracking error: ${r.tracking.run} vs ${r.tracking.reference} (peak per bucket)`,
      xLabel: 'time, s',
      yLabel: 'mm',
      yFromZero: true,
      xMax: dur,
      series: [{ name: 'distance', color: C.run, x: s.run.timeS, y: s.run.errorM.map((v) => v * 1e3) }],
      hLines: [{ y: s.trackingRmsM * 1e3, label: `RMS ${mm(s.trackingRmsM)}`, color: C.ref }],
    }),
  );
  const speed: LineSeries[] = [];
  if (s.reference && impaired) speed.push({ name: refName, color: C.ref, x: s.reference.timeS, y: s.reference.speedMps.map((v) => v * 1e3), dashed: true });
  speed.push({ name: runName, color: C.run, x: s.run.timeS, y: s.run.speedMps.map((v) => v * 1e3) });
  out.push(
    lineChart({
      title: named(armName ? 'tip setpoint speed (peak per bucket)' : 'Tool tip setpoint speed (peak per bucket)'),
      xLabel: 'time, s',
      yLabel: 'mm/s',
      yFromZero: true,
      xMax: dur,
      series: speed,
      hLines: [{ y: r.config.maxLinearSpeedMps * 1e3, label: `limit ${num(r.config.maxLinearSpeedMps * 1e3, 0)} mm/s`, color: C.limit }],
    }),
  );
  out.push(
    timeline(
      named(armName ? 'supervisor state' : 'Supervisor state'),
      [
        { name: runName, segments: s.runStates },
        { name: refName, segments: s.referenceStates },
      ],
      dur,
    ),
  );
  return out;
}

/** What the link did (shared by every arm): the frames' delay over an impaired link, and the core's view. */
function linkCharts(r: ReplayReport): string[] {
  const s = r.series;
  const dur = r.session.durationS;
  const out: string[] = [];
  if (s.linkDelay) {
    const d = s.linkDelay;
    out.push(
      lineChart({
        title: 'Frame one-way delay over the impaired link (per bucket of frames)',
        xLabel: 'capture time, s',
        yLabel: 'ms',
        yFromZero: true,
        xMax: dur,
        series: [
          { name: 'max', color: C.delay, x: d.timeS, y: d.maxDelayS.map((v) => v * 1e3) },
          { name: 'mean', color: C.run, x: d.timeS, y: d.meanDelayS.map((v) => v * 1e3) },
          { name: 'bucket with losses', color: C.lost, x: d.timeS.filter((_, i) => (d.lost[i] as number) > 0), y: d.timeS.filter((_, i) => (d.lost[i] as number) > 0).map(() => 0), points: true },
        ],
      }),
    );
  }
  if (s.coreLink.length > 1) {
    const c = s.coreLink;
    out.push(
      lineChart({
        title: 'What the core measured: one-way delay and playout delay',
        xLabel: 'time, s',
        yLabel: 'ms',
        yFromZero: true,
        xMax: dur,
        series: [
          { name: 'one-way delay', color: C.delay, x: c.map((p) => p.timeS), y: c.map((p) => p.oneWayDelayS * 1e3) },
          { name: 'playout delay', color: C.run, x: c.map((p) => p.timeS), y: c.map((p) => p.playoutDelayS * 1e3) },
          { name: 'jitter', color: C.ref, x: c.map((p) => p.timeS), y: c.map((p) => p.jitterS * 1e3) },
        ],
      }),
    );
  }
  return out;
}

const figures = (svgs: string[]): string => svgs.map((svg) => `<figure>${svg}</figure>`).join('\n');

/** One arm's heading, figures in a line (and its spread over the seeds with a link), then its plots. */
function armPlotsSection(r: ReplayReport, a: ArmReproduction & { plots: NonNullable<ArmReproduction['plots']> }): string {
  const p = a.plots;
  const w = a.whatIf;
  const sd = w?.seeds;
  const spread =
    sd && sd.rows.length > 1
      ? ` Over ${sd.rows.length} seeds, min / median / max: tracking RMS ${(['min', 'median', 'max'] as const).map((q) => mm(sd.spread.trackingRmsM[q])).join(' / ')}, held ${(['min', 'median', 'max'] as const).map((q) => sec(sd.spread.heldS[q])).join(' / ')}.`
      : '';
  const held = w ? `, held ${sec(w.heldS)} (${w.holds} hold${w.holds === 1 ? '' : 's'})` : '';
  const line = `Against ${esc(r.tracking.reference)}: tracking RMS ${mm(p.tracking.rmsM)}, max ${mm(p.tracking.maxM)} at ${sec(p.tracking.maxAtS)}, lag ${ms(p.tracking.lagS)}${held}.${spread}`;
  return `<section class="arm" data-arm="${esc(a.name)}"><h3>${esc(a.name)} <span class="dim">(arm ${a.armId}, ${esc(a.kind.toLowerCase())}; ${a.identical ? 'reproduced' : 'differs'})</span></h3><p class="dim">${line}</p>
${figures(motionCharts(r, { run: p.run, reference: p.reference, runStates: p.runStates, referenceStates: p.referenceStates, trackingRmsM: p.tracking.rmsM }, a.name))}</section>`;
}

/** Several arms with their plots: one section per arm, named; else arm 0's plots as a one-arm report has them. The link's plots follow, once. */
function charts(r: ReplayReport): string {
  const arms = r.arms ?? [];
  const perArm = arms.length > 0 && arms.every((a) => a.plots !== undefined);
  if (!perArm) {
    const s = r.series;
    return figures([...motionCharts(r, { run: s.run, reference: s.reference, runStates: s.runStates, referenceStates: s.referenceStates, trackingRmsM: r.tracking.rmsM }), ...linkCharts(r)]);
  }
  const sections = arms.map((a) => armPlotsSection(r, a as ArmReproduction & { plots: NonNullable<ArmReproduction['plots']> })).join('\n');
  const link = linkCharts(r);
  return `<h2>Plots per arm</h2>\n${sections}${link.length > 0 ? `\n<h2>The link (every arm's)</h2>\n${figures(link)}` : ''}`;
}

function eventsTable(r: RunSummary, title: string): string {
  if (r.events.length === 0 && r.stateChanges.length === 0) return `<h3>${esc(title)}</h3><p class="dim">No safety events, no state changes.</p>`;
  const counts = Object.entries(r.eventCounts)
    .map(([c, n]) => `<code>${esc(c)}</code> ×${n}`)
    .join(', ');
  const ev = r.events
    .map((e) => `<tr class="sev-${esc(e.severity)}"><td>${e.timeS.toFixed(3)}</td><td>${e.tick}</td><td>${esc(e.severity)}</td><td><code>${esc(e.code)}</code></td><td>${esc(e.message)}</td></tr>`)
    .join('');
  const tr = r.stateChanges
    .map((c) => `<tr><td>${c.timeS.toFixed(3)}</td><td>${c.tick}</td><td>${esc(c.from)} → <b>${esc(c.to)}</b></td><td><code>${esc(c.reason)}</code></td></tr>`)
    .join('');
  return (
    `<h3>${esc(title)}</h3><p>${counts || 'No safety events.'}</p>` +
    (ev ? `<details open><summary>Events (${r.events.length}${r.events.length >= 500 ? ', first 500' : ''})</summary><table class="small"><tr><th>t, s</th><th>tick</th><th>severity</th><th>code</th><th>message</th></tr>${ev}</table></details>` : '') +
    (tr ? `<details><summary>State changes (${r.stateChanges.length})</summary><table class="small"><tr><th>t, s</th><th>tick</th><th>change</th><th>reason</th></tr>${tr}</table></details>` : '')
  );
}

const CSS = `
:root{--fg:#1d2430;--dim:#6b7380;--line:#dde1e7;--bg:#fff;--ok:#e6f4ea;--okb:#3a9d5d;--bad:#fdecea;--badb:#c8362f;--info:#fff6e0;--infob:#d09a1a}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1180px;padding:24px 28px 60px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.sub{color:var(--dim);margin:0 0 14px}
.dim{color:var(--dim)}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
table{border-collapse:collapse;margin:6px 0 10px}
th,td{text-align:left;padding:4px 12px 4px 0;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600}
table.small td,table.small th{font-size:12.5px;padding:3px 10px 3px 0}
.verdict{border-left:5px solid;padding:10px 14px;margin:12px 0;border-radius:3px}
.verdict.ok{background:var(--ok);border-color:var(--okb)}.verdict.bad{background:var(--bad);border-color:var(--badb)}.verdict.info{background:var(--info);border-color:var(--infob)}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin:14px 0}
.kpi{border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.kpi .v{font-size:20px;font-weight:650}.kpi .l{color:var(--dim);font-size:12px}
figure{margin:10px 0 18px}
svg.chart{display:block}
svg .ct{font:600 13px system-ui,sans-serif;fill:var(--fg)}
svg .tk{font:11px system-ui,sans-serif;fill:var(--dim)}
svg .al{font:12px system-ui,sans-serif;fill:var(--fg)}
svg .grid{stroke:#eef0f3;stroke-width:1}
svg .frame{fill:none;stroke:#c9ced6}
tr.sev-ALARM td,tr.sev-CRITICAL td{color:#a3231c}
tr.sev-WARNING td{color:#8a5a00}
details summary{cursor:pointer;margin:6px 0}
footer{margin-top:36px;color:var(--dim);font-size:12px}
@media print{body{padding:0}details{display:block}}
`;

function lagSentence(tr: ReplayReport['tracking']): string {
  if (tr.maxM === 0) return 'The runs are identical.';
  if (tr.rmsAtLagM <= 0.5 * tr.rmsM) {
    return `Most of it is plain delay: with the run shifted back by ${ms(tr.lagS)}, ${mm(tr.rmsAtLagM)} RMS remains.`;
  }
  return `It is not plain delay: the best constant shift (${ms(tr.lagS)}) still leaves ${mm(tr.rmsAtLagM)} RMS (holds, limits, lost motion).`;
}

export function renderHtml(r: ReplayReport): string {
  const s = r.session;
  const tr = r.tracking;
  const kpi = (v: string, l: string) => `<div class="kpi"><div class="v">${v}</div><div class="l">${esc(l)}</div></div>`;
  const header = `<h1>Replay of session <code>${esc(s.sessionId)}</code></h1>
<p class="sub">${esc(s.file)} · recorded ${esc(s.wallClockIso || 'at an unknown wall time')} by agent ${esc(s.agentVersion)} (protocol ${esc(s.protocol)}, ${esc(s.armDriver)} arm) · ${s.ticks} ticks, ${sec(s.durationS)} · ${s.frames} frames (${s.framesRefused} refused before the core) · ${s.commands} commands · ${s.controlChanges} control changes</p>`;
  const damage = s.damage ? `<div class="verdict bad"><b>Damaged file (${esc(s.damage.kind)}).</b> ${esc(s.damage.message)}. Only the readable part (ticks ${s.firstTick}..${s.lastTick}) was replayed.</div>` : '';
  const changes = r.config.changes.length
    ? `<h2>Config changes</h2><table><tr><th>path</th><th>recorded</th><th>replayed</th></tr>${r.config.changes
        .map((c) => `<tr><td><code>${esc(c.path)}</code></td><td>${esc(JSON.stringify(c.recorded))}</td><td>${esc(JSON.stringify(c.replayed))}</td></tr>`)
        .join('')}</table>`
    : '';
  const notes = r.config.notes.map((n) => `<p class="dim">Note: ${esc(n)}</p>`).join('');
  const kpis = `<div class="kpis">${[
    kpi(mm(tr.rmsM), `tracking error RMS vs ${tr.reference}`),
    kpi(mm(tr.maxM), `tracking error max (at ${sec(tr.maxAtS)})`),
    kpi(ms(tr.lagS), `lag behind the reference (RMS after it: ${mm(tr.rmsAtLagM)})`),
    kpi(`${num(r.run.motion.peakSpeedMps * 1e3, 1)} mm/s`, `peak setpoint speed (limit ${num(r.config.maxLinearSpeedMps * 1e3, 0)})`),
    kpi(sec(r.run.time.heldS), 'time held (HOLDING)'),
    kpi(sec(r.run.time.latchedS), 'time in fault / e-stop'),
    kpi(String(Object.values(r.run.eventCounts).reduce((a, b) => a + b, 0)), 'safety events'),
    kpi(`${num(r.run.speedX, 0)}×`, 'replay speed, multiples of real time'),
  ].join('')}</div>`;
  const figures = `<h2>Figures</h2><table><tr><th></th><th>${r.link.impaired ? 'impaired run' : 'replay'}</th>${r.reference ? '<th>unimpaired run</th>' : ''}</tr>${runRows(r.run, r.reference)}</table>
<p class="dim">Tracking error is the distance between the tool tip setpoints of the ${esc(tr.run)} and of ${esc(tr.reference)} at the same tick: RMS ${mm(tr.rmsM)}, p95 ${mm(tr.p95M)}, max ${mm(tr.maxM)}; orientation RMS ${num(tr.orientationRmsRad, 4)} rad, max ${num(tr.orientationMaxRad, 4)} rad; jaw max ${num(tr.jawMaxRad, 4)} rad. ${lagSentence(tr)}</p>`;
  const events = `<h2>Safety events</h2>${eventsTable(r.run, r.link.impaired ? 'Impaired run' : 'Replay')}${r.reference ? eventsTable(r.reference, 'Unimpaired run') : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Farhand replay ${esc(s.sessionId)}</title><style>${CSS}</style></head>
<body>
${header}
${damage}
${verdict(r)}
${armsSection(r)}
${notes}
${changes}
${kpis}
${charts(r)}
${figures}
${seedsSection(r)}
${linkSection(r)}
${events}
<footer>${esc(r.generatedBy)} · load ${sec(r.performance.loadSeconds)} · the same figures are in the JSON report (--json).</footer>
</body></html>
`;
}
