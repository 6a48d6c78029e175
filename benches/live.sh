#!/usr/bin/env bash
# What a user of a 25,000-school network feels, measured on the real binary, each figure
# beside a reference measured in the same run (BENCHMARKS.md, "Live screens"):
#
#   1. `touchstone demo --schools 25000`: wall time and peak memory (goal <= 64 MB);
#   2. in pseudo-terminals (benches/live.py, Python's pty module, nothing to install):
#      - the home screen: time to its first full frame against `sqlite3 DB 'select 1'`
#        (goal <= 5x), its peak memory (goal <= 64 MB);
#      - the idle home screen: bytes written to the terminal in 10 s (goal 0) and CPU
#        (goal <= 5% of a core);
#      - key to frame on the home screen while another process makes 20 changes a
#        second with `touchstone rate` (goal <= 50 ms);
#      - a rating made by another process until an open assessment screen shows it
#        (goal <= 300 ms);
#      - `list --json` against `sqlite3 -json` printing the same columns (goal <= 1.5x);
#      - `touchstone serve` with 10 idle SSH connections on the home screen: server CPU
#        (goal <= 5% of a core) and bytes each connection gets in 10 s (goal 0);
#      - `touchstone serve` with 30 SSH participants (OpenSSH's `ssh`) in one coaching
#        session, each voting once: vote -> the facilitator's count shows it, p99 (goal
#        <= 300 ms), and the server's CPU per vote;
#   3. rollup against sqlite3 (goal <= 0.5x) and import against Python's tomllib parse
#      (goal <= 0.45x): benches/compare.sh, run from here on its own demo network;
#   4. `touchstone demo --schools 250000` completes; its time, peak memory and database
#      size, and `rollup --json` on it (time, memory, figures).
#
# Run from anywhere:
#   bash benches/live.sh                       # about 30-40 minutes here
#   SCHOOLS=2000 BIG=0 COMPARE=0 bash benches/live.sh    # a quick trial
# Environment: SCHOOLS (25000), SEED (2026), BIG (250000; 0 skips step 4), COMPARE (1; 0
# skips step 3), REPEATS (compare.sh's timed runs, 3), DB=FILE uses that demo database
# for steps 1-2 instead of making one (it gets ratings and a session written into it),
# KEEP=1 keeps the work folder, WORK=DIR uses that folder, RESULTS=FILE also writes the
# summary there, LIVE_TIMEOUT (seconds a screen may take to appear, 120).
# Installs sqlite3, time, python3 and openssh-client with apt-get if they are missing;
# nothing else. Never fails because something was slow: a wait that runs out is reported.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHOOLS=${SCHOOLS:-25000}
SEED=${SEED:-2026}
BIG=${BIG:-250000}
COMPARE=${COMPARE:-1}
REPEATS=${REPEATS:-3}

say() { printf '\n== %s\n' "$*" >&2; }
die() {
    printf 'live.sh: %s\n' "$*" >&2
    exit 1
}

# --- Tools ---------------------------------------------------------------------------
apt_install() {
    say "installing $* (apt-get)"
    if [ -z "${APT_UPDATED:-}" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v sqlite3 >/dev/null || apt_install sqlite3
[ -x /usr/bin/time ] || apt_install time
command -v python3 >/dev/null || apt_install python3
command -v ssh >/dev/null && command -v ssh-keygen >/dev/null || apt_install openssh-client
PYTHON=$(python3 -c 'import sys; print(sys.executable)')

# --- Build ---------------------------------------------------------------------------
say "building (release)"
cargo build --release --quiet
TARGET=$(cargo metadata --format-version 1 --no-deps |
    "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
BIN="$TARGET/release/touchstone"
[ -x "$BIN" ] || die "no binary at $BIN"

# --- Work folder ---------------------------------------------------------------------
if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/touchstone-live.XXXXXX")
fi
if [ -z "${KEEP:-}" ]; then
    trap 'rm -rf "$WORK"' EXIT
else
    say "keeping $WORK"
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# Runs a command under /usr/bin/time -v; writes "wall_s peak_kib cpu_s" to $WORK/m.LABEL.
measure() {
    local label=$1
    shift
    local start end
    start=$(date +%s%N)
    /usr/bin/time -v -o "$WORK/time.$label" "$@" >"$WORK/out.$label" 2>"$WORK/err.$label" ||
        {
            cat "$WORK/err.$label" >&2
            die "$label failed: $*"
        }
    end=$(date +%s%N)
    awk -v ns=$((end - start)) -F': ' '
        /Maximum resident set size/ {rss = $2}
        /(User|System) time \(seconds\)/ {cpu += $2}
        END {printf "%.3f %d %.2f\n", ns / 1e9, rss, cpu}' "$WORK/time.$label" >"$WORK/m.$label"
}

# --- 1. The network --------------------------------------------------------------------
if [ -n "${DB:-}" ]; then
    say "using $DB (not generated: no demo figures)"
    DEMO="null"
else
    DB="$WORK/network.db"
    rm -f "$DB" "$DB-wal" "$DB-shm"
    say "demo --schools $SCHOOLS --seed $SEED"
    measure demo "$BIN" --db "$DB" demo --schools "$SCHOOLS" --seed "$SEED"
    read -r wall rss cpu <"$WORK/m.demo"
    cat "$WORK/out.demo" >&2
    DEMO="{\"wall_s\": $wall, \"cpu_s\": $cpu, \"peak_rss_kib\": $rss}"
fi

# --- 2. The screens ----------------------------------------------------------------------
say "screens in pseudo-terminals (benches/live.py)"
LIVE_TIMEOUT=${LIVE_TIMEOUT:-120} "$PYTHON" benches/live.py "$BIN" "$DB" "$WORK" >"$WORK/live.json"

# --- 3. Rollup and import (compare.sh) ----------------------------------------------------
if [ "$COMPARE" != 0 ]; then
    say "rollup and import: benches/compare.sh (its own demo network, $REPEATS runs)"
    # (RESULTS first: the assignments are made left to right.)
    RESULTS="$WORK/compare.md" SCHOOLS=$SCHOOLS SEED=$SEED REPEATS=$REPEATS KEEP=${KEEP:-} \
        WORK="$WORK/compare" bash benches/compare.sh >/dev/null
else
    : >"$WORK/compare.md"
fi

# --- 4. The 250,000-school network --------------------------------------------------------
BIGJSON="null"
if [ "$BIG" != 0 ]; then
    BIGDB="$WORK/big.db"
    rm -f "$BIGDB" "$BIGDB-wal" "$BIGDB-shm"
    say "demo --schools $BIG, then rollup --json on it"
    measure bigdemo "$BIN" --db "$BIGDB" demo --schools "$BIG" --seed "$SEED"
    read -r dwall drss dcpu <"$WORK/m.bigdemo"
    cat "$WORK/out.bigdemo" >&2
    size=$(du -b "$BIGDB" | cut -f1)
    measure bigrollup "$BIN" --db "$BIGDB" rollup --rubric cs-site-2017 --json
    read -r rwall rrss rcpu <"$WORK/m.bigrollup"
    BIGJSON=$("$PYTHON" - "$WORK/out.bigrollup" <<PY
import json, sys
r = json.load(open(sys.argv[1]))
print(json.dumps({"schools": $BIG, "demo_wall_s": $dwall, "demo_cpu_s": $dcpu, "demo_peak_rss_kib": $drss,
                  "db_bytes": $size, "rollup_wall_s": $rwall, "rollup_cpu_s": $rcpu,
                  "rollup_peak_rss_kib": $rrss, "rolled_up_schools": r["schools"],
                  "fully_implementing": r["fully_implementing"], "baseline_met": r["baseline_met"]}))
PY
)
    [ -n "${KEEP:-}" ] || rm -f "$BIGDB" "$BIGDB-wal" "$BIGDB-shm"
fi

# --- Summary -------------------------------------------------------------------------------
summary=$("$PYTHON" - "$WORK/live.json" "$DEMO" "$BIGJSON" "$SCHOOLS" <<'PY'
import json, sys

live = json.load(open(sys.argv[1]))
demo, big, schools = json.loads(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4])

def fmt(v, unit=""):
    return "timed out" if v is None else f"{v}{unit}"

def verdict(value, goal):
    return "—" if value is None else ("met" if value <= goal else "NOT met")

rows = []
h = live["home_first_frame"]
rows.append(("home screen, first full frame", fmt(h["touchstone_ms"], " ms"),
             f"sqlite3 'select 1': {h['sqlite3_select1_ms']} ms", fmt(h["ratio"], "x"), "<= 5x",
             verdict(h["ratio"], 5)))
rows.append(("home screen, peak RSS", f"{h['peak_rss_mib']} MiB", "", "", "<= 64 MB",
             verdict(h["peak_rss_mib"] * 1.048576, 64)))
l = live["list_json"]
rows.append(("list --json", f"{l['touchstone_s']} s ({l['rows']} rows)",
             f"sqlite3 -json: {l['sqlite3_json_s']} s", f"{l['ratio']}x", "<= 1.5x", verdict(l["ratio"], 1.5)))
r = live["rating_from_elsewhere_shown"]
rows.append(("rating by another process shown (assessment screen)",
             f"median {fmt(r['median_ms'], ' ms')}, max {fmt(r['max_ms'], ' ms')}, {r['timed_out_30s']} timed out",
             "", "", "<= 300 ms", verdict(r["max_ms"] if not r["timed_out_30s"] else 1e9, 300)))
k = live["key_to_frame_under_changes"]
rows.append(("key to frame, 20 changes/s arriving (home)",
             f"median {fmt(k['median_ms'], ' ms')}, p95 {fmt(k['p95_ms'], ' ms')}, {k['timed_out_10s']} of {k['keys']} timed out",
             "", "", "<= 50 ms", verdict(k["p95_ms"] if not k["timed_out_10s"] else 1e9, 50)))
i = live["idle_home"]
rows.append(("idle home screen, bytes in 10 s", fmt(i.get("bytes_in_10s")), "", "", "0",
             verdict(i.get("bytes_in_10s"), 0)))
rows.append(("idle home screen, CPU", fmt(i.get("cpu_percent_of_a_core"), "% of a core"), "", "", "<= 5%",
             verdict(i.get("cpu_percent_of_a_core"), 5)))
s = live["serve_idle_10"]
rows.append(("serve, 10 idle connections, server CPU", fmt(s.get("cpu_percent_of_a_core"), "% of a core"),
             "", "", "<= 5%", verdict(s.get("cpu_percent_of_a_core"), 5)))
rows.append(("serve, 10 idle connections, bytes each in 10 s", fmt(s.get("bytes_per_connection_in_10s")),
             "", "", "0", verdict(s.get("bytes_per_connection_in_10s"), 0)))
v = live["session_30_ssh_votes"]
if "p99_ms" in v:
    rows.append(("serve, 30 SSH voters: vote -> facilitator's count",
                 f"median {fmt(v['median_ms'], ' ms')}, p99 {fmt(v['p99_ms'], ' ms')}, "
                 f"{v['timed_out_30s']} of {v['votes']} timed out",
                 "", "", "p99 <= 300 ms", verdict(v["p99_ms"] if not v["timed_out_30s"] else 1e9, 300)))
    rows.append(("serve, server CPU per vote", fmt(v["server_cpu_ms_per_vote"], " ms"), "", "", "", ""))
else:
    rows.append(("serve, 30 SSH voters", v.get("note", "?"), "", "", "p99 <= 300 ms", "—"))
if demo:
    rows.append((f"demo --schools {schools}", f"{demo['wall_s']} s, {demo['peak_rss_kib'] / 1024:.1f} MiB peak",
                 "", "", "<= 64 MB", verdict(demo["peak_rss_kib"] * 1024 / 1e6, 64)))
if big:
    rows.append((f"demo --schools {big['schools']}",
                 f"{big['demo_wall_s']} s, {big['demo_peak_rss_kib'] / 1024:.1f} MiB peak, "
                 f"{big['db_bytes'] / 2**30:.1f} GiB", "", "", "completes", "met"))
    fi, bm = big["fully_implementing"], big["baseline_met"]
    rows.append((f"rollup of {big['schools']} schools",
                 f"{big['rollup_wall_s']} s, {big['rollup_peak_rss_kib'] / 1024:.1f} MiB peak; "
                 f"{big['rolled_up_schools']} schools, fully implementing {fi['numerator']}/{fi['denominator']}, "
                 f"baseline met {bm['numerator']}/{bm['denominator']}", "", "", "completes", "met"))
print("| measure | touchstone | reference (same run) | ratio | goal | |")
print("|---|---|---|---:|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
PY
)
say "results"
{
    echo "touchstone $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)');" \
        "sqlite3 $(sqlite3 --version | cut -d' ' -f1); $("$PYTHON" --version); $(ssh -V 2>&1)"
    echo "$(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$SCHOOLS schools (seed $SEED), screens at 120x40"
    echo
    echo "$summary"
    if [ -s "$WORK/compare.md" ]; then
        echo
        echo "Rollup and import (benches/compare.sh):"
        echo
        cat "$WORK/compare.md"
    fi
} | tee "${RESULTS:-/dev/null}"
