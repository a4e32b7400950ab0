// The workbench's version, from its package.json (stamped into reports and imported sessions).
import { readFileSync } from 'node:fs';

export const WORKBENCH_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
