// pino JSON logs, to stderr (stdout stays for the URLs people read) or to a file. Every line carries the
// agent's session id; per-client lines add the client's session id and role; reason codes go in `code`.
import { pino, type Logger } from 'pino';

export type { Logger };

export interface LogOptions {
  level: string;
  /** Write here instead of stderr. */
  file?: string;
  agentSessionId: string;
  /** For tests: an in-memory destination. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(opts: LogOptions): Logger {
  const dest =
    opts.destination ??
    (opts.file !== undefined
      ? pino.destination({ dest: opts.file, mkdir: true, sync: false })
      : pino.destination({ fd: 2, sync: false }));
  return pino(
    {
      level: opts.level,
      base: { pid: process.pid, agent: opts.agentSessionId },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    dest,
  );
}

/** Flushes an async pino destination (before exit). */
export function flushLogger(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    try {
      log.flush(() => resolve());
    } catch {
      resolve();
    }
  });
}
