#!/usr/bin/env python3
"""Farhand link lab forwarder: joins two TUN devices and impairs every IP packet between them.

Python 3 standard library only (Node cannot ioctl TUNSETIFF without a native addon). Two modes:

  forwarder.py run --config JSON --tun-console NAME --tun-agent NAME [--netns NS ...] [--stats-file PATH]
                   [--priority high|normal]
      Opens two TUN devices (IFF_TUN | IFF_NO_PI), prints {"type": "ready"} on stdout, then forwards
      packets console -> agent ("up") and agent -> console ("down"), each direction through its own
      impairment model. The caller moves the devices into their namespaces after "ready"; the open fds
      stay valid. Control on stdin, one command a line: "stats ID" prints {"type": "stats", "id": ID, ...};
      "quit" prints {"type": "final", ...} and exits. SIGTERM does the same as "quit", SIGUSR1 prints stats.
      EOF on stdin means the parent died without stopping us: we then act as its cleanup guardian,
      killing every process in the --netns namespaces and deleting them, before exiting.
      SIGINT is ignored: a Ctrl+C on the terminal is the parent's to handle (it stops us with "quit").
      --priority high (default) asks for SCHED_FIFO (else nice -10): a forwarder that wakes late on a busy
      machine is a worse link than the one asked for.

  forwarder.py simulate --config JSON --direction up|down --packets N --interval-us US [--size BYTES] [--decisions]
      Runs one direction's model on N virtual packets sent every US microseconds, with no devices, and
      prints its statistics (and with --decisions, every packet's fate). Same seed, same decisions: the
      tests check the model on its own with this.

The model of one direction, per packet, in this order (each random feature draws from its own seeded
stream, so switching one on does not change the fate the others give each packet):
  1. loss       independent (probability lossRatio) or Gilbert-Elliott (good state never loses, bad always
                does; P(good->bad) and P(bad->good) from lossRatio and meanBurstLength) -> dropped
  2. rate       a FIFO transmitter at rateBps: the packet waits for the ones before it, then takes
                size*8/rate to serialise; beyond queueBytes of backlog it is tail-dropped
  3. delay      delayNs + jitter: uniform on [-j, +j], normal with SD j, or log-normal (heavy tail,
                extra delay >= 0 with mean = SD = j); the total never goes below 0
  4. order      fifo: never delivered before the packet ahead of it, unless picked for reordering
                (probability reorderRatio), which holds it back reorderDelayNs so later ones overtake it
  5. duplicate  with probability duplicateRatio a second copy follows the first
"""

import ctypes
import errno
import fcntl
import heapq
import json
import math
import os
import random
import select
import signal
import struct
import subprocess
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000
MAX_PACKET = 65536
MAX_BATCH = 256
HIST_BIN_NS = 100_000  # 0.1 ms bins for the delay percentiles
HIST_MAX_NS = 10_000_000_000

DIRECTIONS = ("up", "down")


class DelayHistogram:
    def __init__(self):
        self.count = 0
        self.sum = 0.0
        self.sumsq = 0.0
        self.min = None
        self.max = None
        self.bins = {}

    def add(self, ns):
        self.count += 1
        self.sum += ns
        self.sumsq += ns * ns
        self.min = ns if self.min is None or ns < self.min else self.min
        self.max = ns if self.max is None or ns > self.max else self.max
        b = min(ns, HIST_MAX_NS) // HIST_BIN_NS
        self.bins[b] = self.bins.get(b, 0) + 1

    def quantile_ms(self, q):
        if self.count == 0:
            return None
        target = q * self.count
        seen = 0
        for b in sorted(self.bins):
            seen += self.bins[b]
            if seen >= target:
                return (b + 0.5) * HIST_BIN_NS / 1e6
        return self.max / 1e6

    def summary(self):
        if self.count == 0:
            return {"count": 0, "meanMs": None, "sdMs": None, "minMs": None, "maxMs": None, "p50Ms": None, "p90Ms": None, "p99Ms": None}
        mean = self.sum / self.count
        var = max(0.0, self.sumsq / self.count - mean * mean)
        return {
            "count": self.count,
            "meanMs": mean / 1e6,
            "sdMs": math.sqrt(var) / 1e6,
            "minMs": self.min / 1e6,
            "maxMs": self.max / 1e6,
            "p50Ms": self.quantile_ms(0.5),
            "p90Ms": self.quantile_ms(0.9),
            "p99Ms": self.quantile_ms(0.99),
        }


class Direction:
    """One direction's impairment model and statistics. decide() is the whole model: no I/O, no clock."""

    def __init__(self, name, params, seed):
        self.name = name
        self.p = params
        stream = lambda s: random.Random(f"farhand-link-lab/{seed}/{name}/{s}")
        self.rng_loss = stream("loss")
        self.rng_jitter = stream("jitter")
        self.rng_reorder = stream("reorder")
        self.rng_duplicate = stream("duplicate")
        loss = params["lossRatio"]
        burst = params["meanBurstLength"]
        if burst is not None and loss > 0:
            # Simple Gilbert: stationary P(bad) = p / (p + r) = loss, mean bad run = 1 / r = burst.
            self.ge_r = 1.0 / burst
            self.ge_p = loss * self.ge_r / (1.0 - loss)
            if self.ge_p > 1.0:
                raise ValueError(f"{name}: loss {loss} with mean burst {burst} needs P(good->bad) > 1")
        else:
            self.ge_r = None
            self.ge_p = None
        self.ge_bad = False
        self.tx_free_ns = 0  # when the rate-limited transmitter is next free
        self.fifo_tail_ns = 0  # latest delivery time of an in-order packet
        self.index = 0
        # statistics
        self.packets_in = 0
        self.bytes_in = 0
        self.packets_out = 0
        self.bytes_out = 0
        self.dropped_loss = 0
        self.dropped_queue = 0
        self.write_errors = 0
        self.duplicated = 0
        self.reorder_picked = 0
        self.reordered_out = 0  # delivered after a packet that was sent later
        self.loss_bursts = 0
        self.loss_run = 0
        self.max_out_index = -1
        self.delay = DelayHistogram()  # per delivered packet: read from one device -> written to the other, ns
        self.queue_ns_sum = 0

    def _lost(self):
        u = self.rng_loss.random()
        if self.ge_r is None:
            return u < self.p["lossRatio"]
        # Advance the chain once per packet, then the state decides.
        if self.ge_bad:
            if u < self.ge_r:
                self.ge_bad = False
        elif u < self.ge_p:
            self.ge_bad = True
        return self.ge_bad

    def _jitter_ns(self):
        j = self.p["jitterNs"]
        if j <= 0:
            return 0.0
        dist = self.p["jitterDistribution"]
        if dist == "uniform":
            return (2.0 * self.rng_jitter.random() - 1.0) * j
        if dist == "normal":
            return self.rng_jitter.gauss(0.0, j)
        # log-normal with mean = SD = j: sigma^2 = ln 2, mu = ln j - sigma^2 / 2
        s2 = math.log(2.0)
        return self.rng_jitter.lognormvariate(math.log(j) - s2 / 2.0, math.sqrt(s2))

    def decide(self, now_ns, size):
        """Fate of one packet received at now_ns: (its index, its delivery times: [] dropped, two duplicated)."""
        idx = self.index
        self.index += 1
        self.packets_in += 1
        self.bytes_in += size
        # Every stream advances once per packet whatever happens, so features stay independent.
        lost = self._lost()
        jitter = self._jitter_ns()
        picked = self.rng_reorder.random() < self.p["reorderRatio"]
        dup = self.rng_duplicate.random() < self.p["duplicateRatio"]
        if lost:
            self.dropped_loss += 1
            if self.loss_run == 0:
                self.loss_bursts += 1
            self.loss_run += 1
            return idx, []
        self.loss_run = 0
        depart = now_ns
        rate = self.p["rateBps"]
        if rate is not None:
            start = max(now_ns, self.tx_free_ns)
            backlog_bytes = (start - now_ns) * rate / 8e9
            if backlog_bytes + size > self.p["queueBytes"]:
                self.dropped_queue += 1
                return idx, []
            self.tx_free_ns = start + size * 8e9 / rate
            depart = self.tx_free_ns
            self.queue_ns_sum += depart - now_ns
        t = max(depart, depart + self.p["delayNs"] + jitter)
        if picked:
            self.reorder_picked += 1
            t += self.p["reorderDelayNs"]
        elif self.p["fifo"]:
            t = max(t, self.fifo_tail_ns)
            self.fifo_tail_ns = t
        t = int(t)
        if dup:
            self.duplicated += 1
            return idx, [t, t]
        return idx, [t]

    def delivered(self, idx, size, delay_ns):
        self.delay.add(delay_ns)
        self.packets_out += 1
        self.bytes_out += size
        if idx < self.max_out_index:
            self.reordered_out += 1
        else:
            self.max_out_index = idx

    def stats(self):
        dropped = self.dropped_loss + self.dropped_queue
        model_lost = self.dropped_loss
        return {
            "packetsIn": self.packets_in,
            "bytesIn": self.bytes_in,
            "packetsOut": self.packets_out,
            "bytesOut": self.bytes_out,
            "dropped": dropped,
            "droppedLoss": self.dropped_loss,
            "droppedQueue": self.dropped_queue,
            "writeErrors": self.write_errors,
            "duplicated": self.duplicated,
            "reorderPicked": self.reorder_picked,
            "reordered": self.reordered_out,
            "lossRatio": (model_lost / self.packets_in) if self.packets_in else 0.0,
            "lossBursts": self.loss_bursts,
            "meanBurstLength": (model_lost / self.loss_bursts) if self.loss_bursts else None,
            "meanQueueMs": (self.queue_ns_sum / 1e6 / max(1, self.packets_in - dropped)) if self.p["rateBps"] is not None else 0.0,
            "delay": self.delay.summary(),
        }


def load_config(text):
    cfg = json.loads(text)
    seed = cfg["seed"]
    if not isinstance(seed, int):
        raise ValueError("config.seed must be an integer")
    for d in DIRECTIONS:
        if d not in cfg:
            raise ValueError(f"config.{d} is missing")
    return cfg


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC)
    ifr = struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI) + b"\x00" * 22
    fcntl.ioctl(fd, TUNSETIFF, ifr)
    return fd


def emit(obj):
    sys.stdout.write(json.dumps(obj, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def cleanup_namespaces(names):
    """Guardian cleanup: the parent is gone, so nobody else will remove what it made."""
    for ns in names:
        try:
            out = subprocess.run(["ip", "netns", "pids", ns], capture_output=True, text=True, timeout=5).stdout
            for pid in out.split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
        except Exception:
            pass
    for ns in names:
        subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=5)


def raise_priority():
    """A late forwarder is a worse link than the one asked for: on a busy machine, run ahead of ordinary
    processes. SCHED_FIFO at the lowest real-time priority (the forwarder sleeps in epoll between packets,
    and the kernel's RT throttling bounds it anyway), else nice -10, else as we are."""
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(1))
        return "SCHED_FIFO 1"
    except (OSError, AttributeError):
        pass
    try:
        os.nice(-10)
        return "nice -10"
    except OSError:
        return "normal"


class DeadlineTimer:
    """A CLOCK_MONOTONIC timerfd armed at the next delivery's due time.

    epoll's own timeout is in whole milliseconds (Python rounds up), which delays every delivery by up to
    1 ms and biases the measured delays; a timerfd wakes within microseconds (a SCHED_FIFO thread has no
    timer slack). Python 3.11 has no os.timerfd_*, so libc is called through ctypes. Absent a usable
    timerfd (not Linux), run() falls back to epoll's millisecond timeout.
    """

    CLOCK_MONOTONIC = 1
    TFD_NONBLOCK = 0o4000
    TFD_CLOEXEC = 0o2000000
    TFD_TIMER_ABSTIME = 1

    class _Timespec(ctypes.Structure):
        _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]

    class _Itimerspec(ctypes.Structure):
        pass

    _Itimerspec._fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]

    def __init__(self):
        libc = ctypes.CDLL(None, use_errno=True)
        self._settime = libc.timerfd_settime
        self._settime.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.POINTER(self._Itimerspec), ctypes.c_void_p]
        fd = libc.timerfd_create(self.CLOCK_MONOTONIC, self.TFD_NONBLOCK | self.TFD_CLOEXEC)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "timerfd_create failed")
        self.fd = fd
        self._armed_ns = None

    def arm(self, due_ns):
        """Fires at due_ns (time.monotonic_ns(), which is CLOCK_MONOTONIC); None disarms."""
        if due_ns == self._armed_ns:
            return
        spec = self._Itimerspec()
        if due_ns is not None:
            # 0 would disarm: a deadline already past is set 1 ns after the epoch of the clock instead.
            due = max(1, due_ns)
            spec.it_value.tv_sec, spec.it_value.tv_nsec = divmod(due, 1_000_000_000)
        if self._settime(self.fd, self.TFD_TIMER_ABSTIME, ctypes.byref(spec), None) != 0:
            raise OSError(ctypes.get_errno(), "timerfd_settime failed")
        self._armed_ns = due_ns

    def drain(self):
        try:
            os.read(self.fd, 8)
        except BlockingIOError:
            pass
        # A fired timer stays disarmed until armed again.
        self._armed_ns = None


def run(args):
    cfg = load_config(args["config"])
    priority = raise_priority() if args.get("priority", "high") == "high" else "normal"
    dirs = {d: Direction(d, cfg[d], cfg["seed"]) for d in DIRECTIONS}
    fd_console = open_tun(args["tun-console"])
    fd_agent = open_tun(args["tun-agent"])
    # up: read from the console side's device, write to the agent side's; down the other way.
    route = {fd_console: ("up", fd_agent), fd_agent: ("down", fd_console)}
    stdin_fd = sys.stdin.fileno()
    os.set_blocking(stdin_fd, False)
    ep = select.epoll()
    ep.register(fd_console, select.EPOLLIN)
    ep.register(fd_agent, select.EPOLLIN)
    ep.register(stdin_fd, select.EPOLLIN | select.EPOLLHUP)
    heap = []  # (due_ns, order, out_fd, direction, index, received_ns, data)
    order = 0
    started_ns = time.monotonic_ns()
    state = {"quit": False, "stats_requests": []}

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: state.update(quit=True))
    signal.signal(signal.SIGUSR1, lambda *_: state["stats_requests"].append(None))
    # epoll is retried after a signal (PEP 475), so a handler alone would not end the wait: the wake-up
    # fd makes every signal an event of the loop.
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    ep.register(wake_r, select.EPOLLIN)
    try:
        timer = DeadlineTimer()
        ep.register(timer.fd, select.EPOLLIN)
    except (OSError, AttributeError):
        timer = None

    def snapshot():
        return {
            "seed": cfg["seed"],
            "priority": priority,
            "uptimeS": (time.monotonic_ns() - started_ns) / 1e9,
            "queued": len(heap),
            "up": dirs["up"].stats(),
            "down": dirs["down"].stats(),
        }

    def finish(guardian):
        final = snapshot()
        if args.get("stats-file"):
            tmp = args["stats-file"] + ".tmp"
            with open(tmp, "w") as f:
                json.dump(final, f)
            os.replace(tmp, args["stats-file"])
        if guardian:
            cleanup_namespaces(args["netns"])
        else:
            emit({"type": "final", **final})
        os.close(fd_console)
        os.close(fd_agent)

    emit({"type": "ready", "pid": os.getpid()})
    stdin_buf = b""
    while True:
        now = time.monotonic_ns()
        if timer is not None:
            timer.arm(heap[0][0] if heap else None)
            timeout = -1
        else:
            timeout = -1 if not heap else max(0.0, (heap[0][0] - now) / 1e9)
        try:
            events = ep.poll(timeout)
        except InterruptedError:
            events = []
        now = time.monotonic_ns()
        for fd, ev in events:
            if timer is not None and fd == timer.fd:
                timer.drain()
                continue
            if fd == wake_r:
                try:
                    while os.read(wake_r, 512):
                        pass
                except BlockingIOError:
                    pass
                continue
            if fd == stdin_fd:
                try:
                    chunk = os.read(stdin_fd, 4096)
                except BlockingIOError:
                    continue
                if not chunk:
                    finish(guardian=True)
                    return 0
                stdin_buf += chunk
                while b"\n" in stdin_buf:
                    line, stdin_buf = stdin_buf.split(b"\n", 1)
                    words = line.decode(errors="replace").split()
                    if not words:
                        continue
                    if words[0] == "stats":
                        state["stats_requests"].append(words[1] if len(words) > 1 else None)
                    elif words[0] == "quit":
                        state["quit"] = True
                continue
            name, out_fd = route[fd]
            model = dirs[name]
            # Drain the device: many packets may be waiting after one wake-up (bounded, so that a flood
            # in one direction cannot hold back the deliveries that are due).
            for _ in range(MAX_BATCH):
                try:
                    data = os.read(fd, MAX_PACKET)
                except BlockingIOError:
                    break
                except OSError as e:
                    if e.errno in (errno.EAGAIN, errno.EINTR):
                        break
                    raise
                if not data:
                    break
                idx, times = model.decide(now, len(data))
                for t in times:
                    heapq.heappush(heap, (t, order, out_fd, name, idx, now, data))
                    order += 1
        now = time.monotonic_ns()
        while heap and heap[0][0] <= now:
            _, _, out_fd, name, idx, recv_ns, data = heapq.heappop(heap)
            try:
                os.write(out_fd, data)
                dirs[name].delivered(idx, len(data), time.monotonic_ns() - recv_ns)
            except OSError:
                # The device is gone (namespace deleted) or its queue is full: count it, keep going.
                dirs[name].write_errors += 1
        while state["stats_requests"]:
            rid = state["stats_requests"].pop(0)
            emit({"type": "stats", "id": rid, **snapshot()})
        if state["quit"]:
            finish(guardian=False)
            return 0


def simulate(args):
    cfg = load_config(args["config"])
    name = args["direction"]
    if name not in DIRECTIONS:
        raise ValueError(f"--direction must be one of {', '.join(DIRECTIONS)}")
    model = Direction(name, cfg[name], cfg["seed"])
    n = int(args["packets"])
    interval_ns = int(float(args["interval-us"]) * 1000)
    size = int(args.get("size") or 60)
    decisions = [] if args.get("decisions") else None
    out = []
    for i in range(n):
        now = i * interval_ns
        idx, times = model.decide(now, size)
        if decisions is not None:
            decisions.append([t - now for t in times])
        for t in times:
            out.append((t, idx, now))
    # Deliver in time order, as the run loop's heap does (ties in push order).
    for t, idx, sent in sorted(out, key=lambda x: x[0]):
        model.delivered(idx, size, t - sent)
    result = {"type": "simulate", "direction": name, "seed": cfg["seed"], "stats": model.stats()}
    if decisions is not None:
        result["decisions"] = decisions
    emit(result)
    return 0


def parse_args(argv):
    if not argv or argv[0] not in ("run", "simulate"):
        raise ValueError("usage: forwarder.py run|simulate --config JSON ... (see the module docstring)")
    args = {"mode": argv[0], "netns": []}
    i = 1
    while i < len(argv):
        a = argv[i]
        if not a.startswith("--"):
            raise ValueError(f"unexpected argument {a}")
        key = a[2:]
        if key == "decisions":
            args[key] = True
            i += 1
            continue
        if i + 1 >= len(argv):
            raise ValueError(f"{a} needs a value")
        if key == "netns":
            args["netns"].append(argv[i + 1])
        else:
            args[key] = argv[i + 1]
        i += 2
    if "config" not in args:
        raise ValueError("--config JSON is required")
    return args


def main():
    try:
        args = parse_args(sys.argv[1:])
        if args["mode"] == "simulate":
            return simulate(args)
        return run(args)
    except (ValueError, KeyError, OSError) as e:
        sys.stderr.write(f"forwarder: {type(e).__name__}: {e}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
