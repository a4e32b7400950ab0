// File names of a rotated recording: part 1 is <stem>.mcap, part n >= 2 is <stem>.partNNN.mcap beside it.
// Every part is a complete MCAP file with the session's metadata and SessionStart; replay reads a series
// from part 1 (see @farhand/workbench loadSession).
import { existsSync } from 'node:fs';

const PART_RE = /^(.*)\.part(\d{3,})\.mcap$/;

/** The path of part `part` (1-based) of the series whose first file is `firstPath`. */
export function partPath(firstPath: string, part: number): string {
  if (part <= 1) return firstPath;
  const stem = firstPath.endsWith('.mcap') ? firstPath.slice(0, -'.mcap'.length) : firstPath;
  return `${stem}.part${String(part).padStart(3, '0')}.mcap`;
}

/** The first file and part number a path names (a path that is not a .partNNN.mcap is part 1). */
export function parsePartPath(path: string): { firstPath: string; part: number } {
  const m = PART_RE.exec(path);
  if (!m) return { firstPath: path, part: 1 };
  return { firstPath: `${m[1]}.mcap`, part: Number(m[2]) };
}

/** Every existing file of the series `path` belongs to, in order from part 1 (stops at the first missing part). */
export function seriesFiles(path: string, exists: (p: string) => boolean = existsSync): string[] {
  const { firstPath } = parsePartPath(path);
  const out: string[] = [];
  for (let part = 1; exists(partPath(firstPath, part)); part++) out.push(partPath(firstPath, part));
  return out;
}
