// The --help text of farhand-agent, written from CONFIG_FIELDS (the same table the README's is).
import { CONFIG_FIELDS } from '@farhand/protocol';
import { AGENT_VERSION } from './version.js';

/** Width of the name column of --help (two-space indent included); descriptions start after it. */
const HELP_NAME_COLUMN = 29;

/**
 * One --help row: the name, then the description in its column, at least two spaces apart. A name too
 * long for the column gets its own line and the description goes on the next, in the column.
 */
export function helpRow(name: string, description: string): string {
  const left = `  ${name}`;
  if (left.length + 2 <= HELP_NAME_COLUMN) return `${left.padEnd(HELP_NAME_COLUMN)}${description}`;
  return `${left}\n${' '.repeat(HELP_NAME_COLUMN)}${description}`;
}

export function helpText(): string {
  const lines = [
    `farhand-agent ${AGENT_VERSION}: the Farhand robot agent (control loop, simulated or ROS arm, pages, recording)`,
    '',
    'usage: farhand-agent [flags]        (npm start -- [flags])',
    '',
    'Prints the surgeon console and bedside monitor URLs, each with its token. Ctrl+C (SIGINT) or SIGTERM',
    'brings the arm to a hold, disables it, tells the clients and closes the recording.',
    '',
    'flags (each also settable in the config file and by the environment variable shown):',
    helpRow('--config FILE', 'JSON config file (env FARHAND_CONFIG)'),
  ];
  for (const f of CONFIG_FIELDS) {
    if (f.flag === undefined) continue;
    const flag = f.kind === 'bool' ? (f.path === 'recording.enabled' ? '--recording / --no-recording' : f.path === 'rtc.enabled' ? '--webrtc / --no-webrtc' : `--${f.flag}`) : `--${f.flag} ${f.arg ?? 'VALUE'}`;
    const def = f.defaultText !== undefined ? ` [${f.defaultText}]` : '';
    const env = f.env !== undefined ? ` (env ${f.env})` : '';
    lines.push(helpRow(flag, `${f.help}${def}${env}`));
  }
  lines.push(helpRow('--help', 'this text'));
  lines.push(helpRow('--version', 'print the version'));
  lines.push('');
  lines.push('config file only (or env):');
  for (const f of CONFIG_FIELDS) {
    if (f.flag !== undefined) continue;
    const def = f.defaultText !== undefined ? ` [${f.defaultText}]` : '';
    const env = f.env !== undefined ? ` (env ${f.env})` : '';
    lines.push(helpRow(f.path, `${f.help}${def}${env}`));
  }
  lines.push('');
  lines.push('Precedence: defaults < config file < environment < flags. Invalid values stop the start with the field,');
  lines.push('the value and what is accepted. Binding beyond loopback needs --tls-cert/--tls-key (or --insecure).');
  return lines.join('\n');
}
