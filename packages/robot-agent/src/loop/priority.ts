// Scheduling of the loop thread. A 1 kHz deadline on a shared machine is a scheduling problem before
// it is a timing one: under load, a normal (SCHED_OTHER) thread that wakes on time still waits for a
// CPU, ~1 ms at p99 on a busy 2-core box, whatever its nice value. SCHED_FIFO puts the loop thread
// ahead of every normal thread the moment it wakes (measured here under a load average of 5: p99 wake
// lateness 1.1 ms -> 0.4 us). It is what ros2_control does for its control thread. Safe here because
// the loop sleeps most of each period, its spin is capped (scheduler.ts), and the kernel's RT
// throttling (sched_rt_runtime_us) keeps 5 % for everyone else even if it misbehaved.
//
// Node has no sched_setscheduler; chrt(1) (util-linux) sets it for one thread id, found through
// /proc/thread-self. Each level needs a permission (CAP_SYS_NICE, or RLIMIT_RTPRIO / RLIMIT_NICE);
// without it the next level down is tried, and the result is reported, never fatal.
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

export type LoopPriority = 'realtime' | 'nice' | 'normal';

/** SCHED_FIFO priority: above every normal thread, below the kernel's own RT threads (50+). */
export const LOOP_FIFO_PRIORITY = 10;
/** Nice value when real-time is not permitted. */
export const LOOP_NICE = -10;

/** Applies the asked level (or the best permitted below it) to the calling thread; says what it got. */
export function raiseThreadPriority(asked: LoopPriority): string {
  if (asked === 'realtime') {
    try {
      const tid = readlinkSync('/proc/thread-self').split('/').pop()!;
      execFileSync('chrt', ['--fifo', '--pid', String(LOOP_FIFO_PRIORITY), tid], { stdio: 'ignore', timeout: 2000 });
      return `SCHED_FIFO ${LOOP_FIFO_PRIORITY}`;
    } catch {
      // Not permitted, no chrt, or not Linux: fall through to nice.
    }
  }
  if (asked === 'realtime' || asked === 'nice') {
    try {
      // On Linux nice is per thread, and setpriority(0) addresses the calling thread only.
      setPriority(0, LOOP_NICE);
      return `nice ${getPriority(0)}`;
    } catch {
      // Not permitted.
    }
  }
  try {
    return `nice ${getPriority(0)}`;
  } catch {
    return 'default';
  }
}

/** Nice value of the agent's main thread (sockets, validation) when the loop's level allows raising. */
export const MAIN_NICE = -5;

/**
 * The main thread carries the surgeon's frames from the socket to the loop: on a busy machine it is
 * what makes them late. It gets a modest raise (nice -5) when the loop is raised, after the other
 * threads were started (Linux threads inherit nice at creation; the recorder stays at the default).
 */
export function raiseMainPriority(loop: LoopPriority): string {
  if (loop !== 'normal') {
    try {
      setPriority(0, MAIN_NICE);
    } catch {
      // Not permitted: keep the default.
    }
  }
  try {
    return `nice ${getPriority(0)}`;
  } catch {
    return 'default';
  }
}
