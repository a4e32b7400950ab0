// Shared by bench/run.mjs and every bench/*.bench.mjs: format a bench result as an aligned text table,
// and run a bench file's run() when the file is executed directly (`node bench/x.bench.mjs`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Numbers: integers as they are, others to 3 significant digits (at least 1 decimal below 100). */
export function formatCell(v) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (Number.isInteger(v)) return String(v);
    const a = Math.abs(v);
    if (a >= 100) return v.toFixed(0);
    if (a >= 1) return v.toFixed(a >= 10 ? 1 : 2);
    return a === 0 ? '0' : v.toPrecision(3);
  }
  return v === undefined || v === null ? '' : String(v);
}

/** Columns: union of the rows' keys in first-seen order. Numbers right-aligned, text left-aligned. */
export function formatTable(rows) {
  const cols = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  const cells = rows.map((r) => cols.map((c) => formatCell(r[c])));
  const numeric = cols.map((c) => rows.every((r) => r[c] === undefined || typeof r[c] === 'number'));
  const width = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals) => vals.map((v, i) => (numeric[i] ? v.padStart(width[i]) : v.padEnd(width[i]))).join('  ').trimEnd();
  return [line(cols), width.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** The text block for one bench result: title, table, notes. */
export function formatResult(result) {
  const out = [`## ${result.title}`, '', formatTable(result.rows)];
  if (result.notes?.length) out.push('', ...result.notes.map((n) => `- ${n}`));
  return out.join('\n');
}

/** Checks a bench's return value has the agreed shape; returns a sentence or null. */
export function checkResult(result) {
  if (!result || typeof result !== 'object') return 'run() must return { title, rows, notes? }';
  if (typeof result.title !== 'string' || !result.title) return 'result.title must be a non-empty string';
  if (!Array.isArray(result.rows)) return 'result.rows must be an array of objects';
  for (const r of result.rows) {
    if (!r || typeof r !== 'object') return 'every row must be an object';
    for (const [k, v] of Object.entries(r)) if (typeof v !== 'string' && typeof v !== 'number') return `row field ${k} must be a string or a number`;
  }
  if (result.notes !== undefined && !(Array.isArray(result.notes) && result.notes.every((n) => typeof n === 'string'))) return 'result.notes must be an array of strings';
  return null;
}

/**
 * In a bench file: `await runIfMain(import.meta.url, run);` prints the table when the file is run
 * directly and does nothing when bench/run.mjs imports it.
 */
export async function runIfMain(metaUrl, run) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(metaUrl)) return;
  const result = await run();
  const problem = checkResult(result);
  if (problem) throw new Error(problem);
  process.stdout.write(`${formatResult(result)}\n`);
}
