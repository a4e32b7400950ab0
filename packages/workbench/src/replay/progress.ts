// A one-line progress bar on stderr for long replays: redrawn at most ten times a second, cleared when
// done. Only when stderr is a terminal (or when asked), so logs and pipes never get carriage returns.

export interface ProgressBar {
  update(label: string, done: number, total: number): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean, width = 30): ProgressBar {
  let last = 0;
  let drawn = false;
  return {
    update(label, done, total) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const f = total > 0 ? Math.min(1, done / total) : 0;
      const full = Math.round(f * width);
      stream.write(`\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(f * 100).toFixed(0).padStart(3)}% ${label}   `);
      drawn = true;
    },
    done() {
      if (drawn) stream.write(`\r${' '.repeat(width + 60)}\r`);
      drawn = false;
    },
  };
}
