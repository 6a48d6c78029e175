#!/usr/bin/env python3
"""The interactive half of benches/live.sh: drives the real touchstone binary in
pseudo-terminals (Python's pty module, no other package) and measures what a user
feels, each figure beside a reference measured in the same run. See BENCHMARKS.md
("Live screens") for what each figure means.

    python3 benches/live.py BIN DB WORK        (live.sh passes these)

Prints one JSON object of figures on standard output; progress goes to standard error.
Every wait is bounded: a screen that never shows what is waited for is reported as
timed out (null), and the run goes on.
"""

import codecs
import fcntl
import json
import os
import pty
import random
import signal
import socket
import sqlite3
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time

BIN, DB, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
ROWS, COLS = 40, 120
CLK = os.sysconf("SC_CLK_TCK")
# How long anything may take before it counts as timed out (the 25,000-school home
# screen took about 11 s before issue 11).
LONG = float(os.environ.get("LIVE_TIMEOUT", "120"))


def say(*args):
    print("  ", *args, file=sys.stderr, flush=True)


# --- A small terminal emulator ---------------------------------------------------------
class Screen:
    """Enough of a VT100 for what crossterm writes: cursor moves, erases, text. Colours
    and modes are ignored; the selection mark (▸) is text, so it is seen."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.grid = [[" "] * cols for _ in range(rows)]
        self.r = self.c = 0
        self.state, self.buf = "text", ""
        self.decode = codecs.getincrementaldecoder("utf-8")("replace")
        self.replies = b""

    def feed(self, data):
        for ch in self.decode.decode(data):
            self.char(ch)

    def char(self, ch):
        st = self.state
        if st == "text":
            if ch == "\x1b":
                self.state = "esc"
            elif ch == "\r":
                self.c = 0
            elif ch == "\n":
                self.newline()
            elif ch == "\b":
                self.c = max(0, self.c - 1)
            elif ch >= " " and ch != "\x7f":
                if self.c >= self.cols:
                    self.c = 0
                    self.newline()
                self.grid[self.r][self.c] = ch
                self.c += 1
        elif st == "esc":
            if ch == "[":
                self.state, self.buf = "csi", ""
            elif ch == "]":
                self.state = "osc"
            elif ch in "()#":
                self.state = "skip1"
            else:
                self.state = "text"
        elif st == "skip1":
            self.state = "text"
        elif st == "osc":
            if ch == "\x07":
                self.state = "text"
            elif ch == "\x1b":
                self.state = "osc_esc"
        elif st == "osc_esc":
            self.state = "text"
        elif st == "csi":
            if "@" <= ch <= "~":
                self.csi(self.buf, ch)
                self.state = "text"
            else:
                self.buf += ch

    def newline(self):
        if self.r == self.rows - 1:
            self.grid.pop(0)
            self.grid.append([" "] * self.cols)
        else:
            self.r += 1

    def csi(self, params, final):
        private = params.startswith("?")
        nums = [int(p) if p.isdigit() else 0 for p in params.lstrip("?>=").split(";")]
        p1 = nums[0] if nums else 0
        if private:
            return
        clamp = lambda v, hi: max(0, min(v, hi - 1))
        if final in "Hf":
            self.r = clamp((p1 or 1) - 1, self.rows)
            self.c = clamp(((nums[1] if len(nums) > 1 else 0) or 1) - 1, self.cols)
        elif final == "A":
            self.r = clamp(self.r - (p1 or 1), self.rows)
        elif final == "B":
            self.r = clamp(self.r + (p1 or 1), self.rows)
        elif final == "C":
            self.c = clamp(self.c + (p1 or 1), self.cols)
        elif final == "D":
            self.c = clamp(self.c - (p1 or 1), self.cols)
        elif final == "G":
            self.c = clamp((p1 or 1) - 1, self.cols)
        elif final == "d":
            self.r = clamp((p1 or 1) - 1, self.rows)
        elif final == "J":
            if p1 == 0:
                self.grid[self.r][self.c:] = [" "] * (self.cols - self.c)
                for row in self.grid[self.r + 1:]:
                    row[:] = [" "] * self.cols
            elif p1 in (2, 3):
                for row in self.grid:
                    row[:] = [" "] * self.cols
        elif final == "K":
            row = self.grid[self.r]
            if p1 == 0:
                row[self.c:] = [" "] * (self.cols - self.c)
            elif p1 == 2:
                row[:] = [" "] * self.cols
        elif final == "n" and p1 == 6:
            self.replies += f"\x1b[{self.r + 1};{self.c + 1}R".encode()
        elif final == "c":
            self.replies += b"\x1b[?62c"

    def text(self):
        return "\n".join("".join(row) for row in self.grid)


class Term:
    """A program in a pseudo-terminal of ROWS x COLS, read by a thread."""

    def __init__(self, argv, env=None, rows=ROWS, cols=COLS):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env or ENV,
            start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.master = master
        self.screen = Screen(rows, cols)
        self.bytes = 0
        self.cond = threading.Condition()
        self.alive = True
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                data = b""
            with self.cond:
                if not data:
                    self.alive = False
                    self.cond.notify_all()
                    return
                self.bytes += len(data)
                self.screen.feed(data)
                replies, self.screen.replies = self.screen.replies, b""
                self.cond.notify_all()
            if replies:
                self.send(replies)

    def send(self, data):
        try:
            os.write(self.master, data)
        except OSError:
            pass

    def wait(self, pred, timeout=LONG):
        """The time at which `pred(screen text)` first held, or None on timeout."""
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                if pred(self.screen.text()):
                    return time.monotonic()
                left = end - time.monotonic()
                if left <= 0 or not self.alive:
                    return None
                self.cond.wait(min(left, 0.05))

    def text(self):
        with self.cond:
            return self.screen.text()

    def close(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        os.close(self.master)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def pct(values, p):
    """The p-th percentile (nearest rank) of the values that are not None."""
    v = sorted(x for x in values if x is not None)
    if not v:
        return None
    return v[min(len(v) - 1, max(0, int(round(p / 100 * len(v) + 0.5)) - 1))]


def ms(seconds):
    return None if seconds is None else round(seconds * 1000, 1)


# --- The environment: nothing of the user's --------------------------------------------
HOME = os.path.join(WORK, "home")
os.makedirs(HOME, exist_ok=True)
ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": HOME,
    "XDG_CONFIG_HOME": os.path.join(HOME, "config"),
    "XDG_DATA_HOME": os.path.join(HOME, "data"),
    "TOUCHSTONE_USER": "bench",
    "TERM": "xterm-256color",
    "LANG": "C.UTF-8",
}
results = {}


def home_ready(text):
    """The home screen's first full frame: the list title, a selected row and the key
    line at the bottom (ratatui writes a frame top to bottom)."""
    lines = text.split("\n")
    return "Assessments (" in text and "▸" in text and "Enter open" in lines[-1]


RATE_FAILURES = 0
db = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
# Drafts: a submitted assessment is read only (`rate` and `session start` refuse it),
# and a team works on its assessment in progress.
latest_id = db.execute(
    "SELECT id FROM assessments WHERE deleted_at IS NULL AND status = 'draft'"
    " ORDER BY date DESC, updated_at DESC, id DESC LIMIT 1"
).fetchone()[0]
others = [r[0] for r in db.execute(
    "SELECT id FROM assessments WHERE deleted_at IS NULL AND status = 'draft' ORDER BY date, id LIMIT 50")]
db.close()


def rate(assessment, indicator, level):
    done = subprocess.run([BIN, "--db", DB, "rate", assessment, indicator, level], env=ENV,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        # A refused write changes nothing, and a figure measured on it would be false.
        global RATE_FAILURES
        RATE_FAILURES += 1


# --- 1. Home screen: first full frame, peak memory, then idle ---------------------------
say("home screen: time to the first full frame (3 runs) against sqlite3 DB 'select 1'")
firsts, refs, rss = [], [], []
for _ in range(3):
    t0 = time.monotonic()
    subprocess.run(["sqlite3", DB, "select 1"], stdout=subprocess.DEVNULL, check=True)
    refs.append(time.monotonic() - t0)
    term = Term([BIN, "--db", DB])
    at = term.wait(home_ready)
    firsts.append(None if at is None else at - term.started)
    time.sleep(2)
    rss.append(peak_rss_kib(term.proc.pid))
    term.close()
first = statistics.median([f if f is not None else float("inf") for f in firsts])
ref = statistics.median(refs)
results["home_first_frame"] = {
    "touchstone_ms": ms(first) if first != float("inf") else None,
    "sqlite3_select1_ms": ms(ref),
    "ratio": None if first == float("inf") else round(first / ref, 1),
    "goal_ratio": 5,
    "peak_rss_mib": round(max(x or 0 for x in rss) / 1024, 1),
    "goal_peak_rss_mb": 64,
}
say(results["home_first_frame"])

say("idle home screen: bytes written and CPU over 10 s")
term = Term([BIN, "--db", DB])
if term.wait(home_ready) is not None:
    time.sleep(3)
    b0, c0 = term.bytes, cpu_seconds(term.proc.pid)
    time.sleep(10)
    b1, c1 = term.bytes, cpu_seconds(term.proc.pid)
    results["idle_home"] = {"bytes_in_10s": b1 - b0, "goal_bytes": 0,
                            "cpu_percent_of_a_core": round((c1 - c0) * 10, 1), "goal_cpu_percent": 5}
else:
    results["idle_home"] = {"bytes_in_10s": None, "cpu_percent_of_a_core": None,
                            "note": "the home screen did not appear"}
say(results["idle_home"])

# --- 2. Key to frame while 20 changes a second arrive ------------------------------------
say("home screen: key to frame while another process makes 20 changes a second")
latencies = []
if term.alive and home_ready(term.text()):
    stop = threading.Event()

    def changes():
        levels = ["1", "2", "3", "4"]
        n = 0
        while not stop.is_set():
            start = time.monotonic()
            # One process per change, as `touchstone rate` from scripts or people.
            threading.Thread(target=rate, args=(others[n % len(others)], "cl-2", levels[n % 4]),
                             daemon=True).start()
            n += 1
            time.sleep(max(0.0, 0.05 - (time.monotonic() - start)))

    changer = threading.Thread(target=changes, daemon=True)
    changer.start()
    time.sleep(1)

    def marked_row(text):
        for i, line in enumerate(text.split("\n")):
            if "▸" in line:
                return i
        return None

    for k in range(20):
        before = marked_row(term.text())
        key = b"\x1b[B" if k % 2 == 0 else b"\x1b[A"
        t0 = time.monotonic()
        term.send(key)
        at = term.wait(lambda t: marked_row(t) not in (None, before), timeout=10)
        latencies.append(None if at is None else at - t0)
        if latencies[-3:] == [None] * 3:
            break  # three keys in a row unanswered for 10 s: the figure is clear
        time.sleep(0.2 + random.random() * 0.1)
    stop.set()
    changer.join()
timed_out = sum(1 for x in latencies if x is None)
results["key_to_frame_under_changes"] = {
    "keys": len(latencies), "timed_out_10s": timed_out,
    "median_ms": ms(pct(latencies, 50)), "p95_ms": ms(pct(latencies, 95)),
    "max_ms": ms(max((x for x in latencies if x is not None), default=None)),
    "goal_ms": 50,
}
say(results["key_to_frame_under_changes"])
term.close()

# --- 3. A rating by another process, shown on an open assessment screen -----------------
say("assessment screen: a rating by another process until it is shown (10 times)")
term = Term([BIN, "--db", DB, "assess", latest_id])
shown = []
names = {"1": "Not yet", "2": "Emerging", "3": "Developing", "4": "Fully implementing"}
if term.wait(lambda t: "cl-1" in t and "● " in t) is not None:
    # Start from Not yet, so each of the changes timed below is a real change.
    rate(latest_id, "cl-1", "1")
    term.wait(lambda t: "● Not yet" in t, timeout=30)
    time.sleep(1)
    for k in range(10):
        level = "2" if k % 2 == 0 else "3"
        t0 = time.monotonic()
        rate(latest_id, "cl-1", level)
        done = time.monotonic()
        at = term.wait(lambda t: f"● {names[level]}" in t, timeout=30)
        # From the end of the writing process: its commit is when the change exists.
        shown.append(None if at is None else max(0.0, at - done))
        time.sleep(0.5)
results["rating_from_elsewhere_shown"] = {
    "samples": len(shown), "timed_out_30s": sum(1 for x in shown if x is None),
    "median_ms": ms(pct(shown, 50)), "max_ms": ms(max((x for x in shown if x is not None), default=None)),
    "goal_ms": 300,
}
say(results["rating_from_elsewhere_shown"])
term.close()

# --- 4. list --json against sqlite3 -json -------------------------------------------------
say("list --json against sqlite3 -json printing the same columns (3 runs each)")
LIST_SQL = """
SELECT a.id, s.name AS school, nullif(s.district, '') AS district, a.date, a.status,
       r.rubric_id, r.version,
       count(x.indicator_id) AS rows,
       sum(x.level IS NOT NULL) AS rated,
       sum(x.level IS NOT NULL AND x.level <> 'na') AS applicable_rated
FROM assessments a
JOIN schools s ON s.id = a.school_id
JOIN rubric_snapshots r ON r.id = a.snapshot_id
LEFT JOIN ratings x ON x.assessment_id = a.id
WHERE a.deleted_at IS NULL
GROUP BY a.id
ORDER BY a.date, a.id;
"""


def timed(argv, stdin=None):
    t0 = time.monotonic()
    p = subprocess.run(argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    wall = time.monotonic() - t0
    if p.returncode != 0:
        say(f"{argv[0]} failed: {p.stderr.decode(errors='replace')[:300]}")
    return wall, p.stdout


ours, theirs, count = [], [], None
for _ in range(3):
    wall, out = timed([BIN, "--db", DB, "list", "--json"])
    ours.append(wall)
    count = len(json.loads(out)) if out else None
    wall, _ = timed(["sqlite3", "-json", DB], LIST_SQL.encode())
    theirs.append(wall)
results["list_json"] = {
    "rows": count,
    "touchstone_s": round(statistics.median(ours), 3),
    "sqlite3_json_s": round(statistics.median(theirs), 3),
    "ratio": round(statistics.median(a / b for a, b in zip(ours, theirs)), 2),
    "goal_ratio": 1.5,
}
say(results["list_json"])

# --- 5. serve: 10 idle connections, then 30 participants voting ----------------------------
key = os.path.join(WORK, "bench_key")
if not os.path.exists(key):
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = subprocess.Popen(
    [BIN, "--db", DB, "serve", "--listen", f"127.0.0.1:{port}", "--authorized-keys", key + ".pub",
     "--host-key", os.path.join(WORK, "host_key"), "--max-connections", "60",
     "--max-startups", "60", "--login-grace", "600"],
    env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
for _ in range(200):
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:
            break
    time.sleep(0.1)


def ssh(user):
    return Term(["ssh", "-q", "-p", str(port), "-i", key, "-o", "IdentitiesOnly=yes",
                 "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                 "-o", "UserKnownHostsFile=/dev/null", f"{user}@127.0.0.1"])


say("serve: 10 idle connections on the home screen, server CPU and bytes over 10 s")
clients = [ssh(f"idle{n}") for n in range(10)]
ready = [c.wait(home_ready, timeout=LONG * 3) for c in clients]
if all(r is not None for r in ready):
    time.sleep(3)
    c0, b0 = cpu_seconds(server.pid), sum(c.bytes for c in clients)
    time.sleep(10)
    c1, b1 = cpu_seconds(server.pid), sum(c.bytes for c in clients)
    results["serve_idle_10"] = {"cpu_percent_of_a_core": round((c1 - c0) * 10, 1), "goal_cpu_percent": 5,
                                "bytes_per_connection_in_10s": round((b1 - b0) / 10), "goal_bytes": 0}
else:
    results["serve_idle_10"] = {"note": f"{sum(r is None for r in ready)} of 10 never showed the home screen"}
say(results["serve_idle_10"])
for c in clients:
    c.close()

say("serve: a coaching session with 30 participants over SSH, each voting once")
facilitator = Term([BIN, "--db", DB, "session", "start", "baseline-check", "--assessment", latest_id])
code = None
if facilitator.wait(lambda t: "Join code: " in t) is not None:
    line = next(l for l in facilitator.text().split("\n") if "Join code: " in l)
    code = line.split("Join code: ")[1].split()[0].strip("│ ")
votes = []
server_cpu_per_vote = None
if code:
    facilitator.send(b">")  # to the first rating segment
    facilitator.wait(lambda t: "Votes 0/" in t or "Votes" in t, timeout=10)
    people = []
    for n in range(30):
        people.append(ssh(f"{code}.P{n + 1:02d}"))
        if n % 10 == 9:
            for p in people[-10:]:
                p.wait(lambda t: "you are P" in t, timeout=LONG)
    joined = sum(1 for p in people if "you are P" in p.text())
    facilitator.wait(lambda t: f"{joined} participants" in t, timeout=30)
    time.sleep(2)
    c0 = cpu_seconds(server.pid)
    for k, p in enumerate(people):
        t0 = time.monotonic()
        p.send(b"2")
        at = facilitator.wait(lambda t, k=k: f"Votes {k + 1}/" in t, timeout=30)
        votes.append(None if at is None else at - t0)
        if votes[-3:] == [None] * 3:
            break  # three votes in a row not shown within 30 s: the figure is clear
    c1 = cpu_seconds(server.pid)
    server_cpu_per_vote = (c1 - c0) / max(1, len(votes))
    results["session_30_ssh_votes"] = {
        "participants_joined": joined, "votes": len(votes),
        "timed_out_30s": sum(1 for v in votes if v is None),
        "median_ms": ms(pct(votes, 50)), "p99_ms": ms(pct(votes, 99)), "goal_p99_ms": 300,
        "server_cpu_ms_per_vote": ms(server_cpu_per_vote),
    }
    for p in people:
        p.close()
else:
    results["session_30_ssh_votes"] = {"note": "the facilitator's screen showed no join code"}
say(results["session_30_ssh_votes"])
facilitator.send(b"q")
facilitator.close()
os.killpg(server.pid, signal.SIGTERM)
try:
    server.wait(10)
except subprocess.TimeoutExpired:
    os.killpg(server.pid, signal.SIGKILL)

results["rate_failures"] = RATE_FAILURES
print(json.dumps(results, indent=2))
