#!/usr/bin/env bash
# Touchstone against reference tools, on the same files, in the same run (BENCHMARKS.md):
#
#   a. `touchstone --db DB rollup --json` against the sqlite3 shell computing the same
#      figures with SQL (benches/rollup.sql) from the same database file;
#   b. `touchstone --db EMPTY import DIR` (parse, validate and write every file) against
#      `python3 -c` that only opens and tomllib-parses every file in DIR.
#
# Wall time and peak memory (Maximum resident set size, from /usr/bin/time -v) of each.
# It fails loudly if touchstone and sqlite3 disagree on any figure, or if the import
# does not give back the same network; it never fails because something was slow.
#
# Run from anywhere (it works from the repository root):
#   bash benches/compare.sh
# Environment: SCHOOLS (25000), SEED (2026), REPEATS (timed runs of each command, 3),
# KEEP=1 keeps the work folder, WORK=DIR uses that folder, RESULTS=FILE also writes the
# summary there. Installs sqlite3, time (/usr/bin/time) and python3 with Debian's
# apt-get if they are missing; nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHOOLS=${SCHOOLS:-25000}
SEED=${SEED:-2026}
REPEATS=${REPEATS:-3}
RUBRIC=cs-site-2017

say() { printf '\n== %s\n' "$*" >&2; }
die() {
    printf 'compare.sh: %s\n' "$*" >&2
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
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
"$PYTHON" -c 'import tomllib' 2>/dev/null || die "python3 has no tomllib (needs Python 3.11 or later)"

# --- Build ---------------------------------------------------------------------------
say "building (release)"
cargo build --release --quiet
TARGET=$(cargo metadata --format-version 1 --no-deps |
    "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
BIN="$TARGET/release/touchstone"
[ -x "$BIN" ] || die "no binary at $BIN"
# The export helper (benches/export_latest.rs), built once here.
cargo bench --quiet --bench export_latest --no-run

# --- Work folder ---------------------------------------------------------------------
if [ -n "${WORK:-}" ]; then
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/touchstone-compare.XXXXXX")
fi
if [ -z "${KEEP:-}" ]; then
    trap 'rm -rf "$WORK"' EXIT
else
    say "keeping $WORK"
fi
DB="$WORK/network.db"
FILES="$WORK/files"
rm -rf "$DB" "$DB-wal" "$DB-shm" "$FILES"

# Runs a command under /usr/bin/time -v; records wall seconds (from the clock, to the
# nanosecond), CPU seconds and peak RSS (KiB) in $WORK/runs.tsv under a label.
# Standard output goes to $WORK/out.LABEL.
run() {
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
    local us=$(((end - start) / 1000)) rss cpu
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.$label")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {t += $2} END {print t}' "$WORK/time.$label")
    printf '%s\t%s\t%s\t%s\n' "$label" "$us" "$rss" "$cpu" >>"$WORK/runs.tsv"
    printf '  %-12s %9.3f s wall %7.2f s CPU %8d KiB peak\n' "$label" "$(awk -v us="$us" 'BEGIN {print us / 1e6}')" "$cpu" "$rss" >&2
}
: >"$WORK/runs.tsv"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- The network -----------------------------------------------------------------------
say "generating $SCHOOLS schools (seed $SEED)"
run demo "$BIN" --db "$DB" demo --schools "$SCHOOLS" --seed "$SEED"
cat "$WORK/out.demo" >&2

say "exporting each school's latest assessment"
cargo bench --quiet --bench export_latest -- "$DB" "$FILES" "$RUBRIC" >&2
FILE_COUNT=$(find "$FILES" -name '*.toml' | wc -l)
[ "$FILE_COUNT" -eq "$SCHOOLS" ] || die "expected $SCHOOLS files, found $FILE_COUNT"
FILE_BYTES=$(du -sb "$FILES" | cut -f1)

# The rubric as temporary tables for rollup.sql, written from the rubric file itself.
"$PYTHON" - standards "$RUBRIC" >"$WORK/rubric.sql" <<'PY'
import pathlib, sys, tomllib

# The newest version of the rubric, which `demo` assesses with.
def version(r):
    return [int(p) if p.isdigit() else p for p in str(r["version"]).split(".")]

found = [tomllib.loads(p.read_text()) for p in sorted(pathlib.Path(sys.argv[1]).glob("*.toml"))]
r = max((x for x in found if x.get("id") == sys.argv[2]), key=version)

def q(s):
    return "'" + str(s).replace("'", "''") + "'"

keys = [level["key"] for level in r["levels"]]
scoring = r.get("scoring", {})
baseline_key = scoring.get("baseline_level", keys[min(1, len(keys) - 1)])
floor = scoring.get("floor_level")
print("CREATE TEMP TABLE bench_rubric(rubric_id TEXT, standard_threshold REAL, "
      "school_threshold REAL, baseline_rank INTEGER, floor_rank INTEGER);")
print(f"INSERT INTO bench_rubric VALUES ({q(r['id'])}, {float(scoring.get('standard_threshold', 1.0))}, "
      f"{float(scoring.get('school_threshold', 1.0))}, {keys.index(baseline_key)}, "
      f"{'NULL' if floor is None else keys.index(floor)});")
print("CREATE TEMP TABLE bench_levels(key TEXT PRIMARY KEY, rank INTEGER, full INTEGER) "
      "WITHOUT ROWID;")
print("INSERT INTO bench_levels VALUES " + ", ".join(
    f"({q(level['key'])}, {i}, {int(bool(level.get('full', False)))})"
    for i, level in enumerate(r["levels"])) + ";")
print("CREATE TEMP TABLE bench_standards(pos INTEGER PRIMARY KEY, id TEXT);")
print("INSERT INTO bench_standards VALUES " + ", ".join(
    f"({i}, {q(s['id'])})" for i, s in enumerate(r["standards"])) + ";")
print("CREATE TEMP TABLE bench_indicators(indicator_id TEXT PRIMARY KEY, "
      "standard_pos INTEGER, baseline INTEGER);")
print("INSERT INTO bench_indicators VALUES " + ", ".join(
    f"({q(i['id'])}, {p}, {int(bool(i.get('baseline', False)))})"
    for p, s in enumerate(r["standards"]) for i in s["indicators"]) + ";")
PY
cat "$WORK/rubric.sql" benches/rollup.sql >"$WORK/reference.sql"

# --- a. Rollup from the database ---------------------------------------------------------
say "rollup: touchstone vs sqlite3 ($REPEATS timed runs each, after one warm-up)"
"$BIN" --db "$DB" rollup --rubric "$RUBRIC" --include-drafts --json >/dev/null
sqlite3 "$DB" <"$WORK/reference.sql" >/dev/null
for i in $(seq "$REPEATS"); do
    run "rollup.$i" "$BIN" --db "$DB" rollup --rubric "$RUBRIC" --include-drafts --json
    run "sqlite3.$i" sqlite3 -batch "$DB" <"$WORK/reference.sql"
done

# Both must give the same figures (touchstone's JSON has more: percents, titles, the
# ratings by level).
"$PYTHON" - "$WORK/out.rollup.1" "$WORK/out.sqlite3.1" <<'PY'
import json, sys

ours = json.load(open(sys.argv[1]))
ref = json.load(open(sys.argv[2]))

def figures(r, from_touchstone):
    fraction = lambda f: (f["numerator"], f["denominator"])
    return {
        "rubric": r["rubric"]["id"] if from_touchstone else r["rubric"],
        "schools": r["schools"],
        "incomplete": r["incomplete"],
        "fully_implementing": fraction(r["fully_implementing"]),
        "baseline_met": fraction(r["baseline_met"]),
        "by_standard": [
            {"id": s["id"], "fully_implemented": fraction(s["fully_implemented"])}
            for s in r["by_standard"]
        ],
    }

a, b = figures(ours, True), figures(ref, False)
if a != b:
    print("compare.sh: touchstone rollup and the SQL reference DISAGREE", file=sys.stderr)
    for key in a:
        if a[key] != b.get(key):
            print(f"  {key}:\n    touchstone {a[key]}\n    sqlite3    {b.get(key)}", file=sys.stderr)
    sys.exit(1)
print(f"  figures agree: {a['schools']} schools, {a['incomplete']} incomplete, "
      f"fully implementing {a['fully_implementing'][0]}/{a['fully_implementing'][1]}, "
      f"baseline met {a['baseline_met'][0]}/{a['baseline_met'][1]}, "
      f"{len(a['by_standard'])} standards", file=sys.stderr)
PY

# --- b. Import of the exported files ---------------------------------------------------
say "import: touchstone (parse, validate, write) vs python3 tomllib (parse only)"
PARSE='import os, sys, tomllib
d = sys.argv[1]
n = 0
for name in os.listdir(d):
    if name.endswith(".toml"):
        with open(os.path.join(d, name), "rb") as f:
            tomllib.load(f)
        n += 1
print(n)'
for i in $(seq "$REPEATS"); do
    rm -f "$WORK/import.db" "$WORK/import.db-wal" "$WORK/import.db-shm"
    run "import.$i" "$BIN" --db "$WORK/import.db" import "$FILES"
    run "python.$i" "$PYTHON" -c "$PARSE" "$FILES"
done
grep -q "imported $SCHOOLS new" "$WORK/out.import.1" || die "import: $(cat "$WORK/out.import.1")"
[ "$(cat "$WORK/out.python.1")" -eq "$SCHOOLS" ] || die "python parsed $(cat "$WORK/out.python.1") files"
# The imported network rolls up to the same figures as the original.
"$BIN" --db "$WORK/import.db" rollup --rubric "$RUBRIC" --include-drafts --json >"$WORK/imported.json"
"$PYTHON" - "$WORK/out.rollup.1" "$WORK/imported.json" <<'PY' || die "the imported network rolls up differently"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if a == b else 1)
PY

# --- Summary -----------------------------------------------------------------------------
summary=$("$PYTHON" - "$WORK/runs.tsv" "$SCHOOLS" "$FILE_COUNT" "$FILE_BYTES" <<'PY'
import statistics, sys

runs = {}
for line in open(sys.argv[1]):
    label, us, rss, cpu = line.split("\t")
    kind = label.split(".")[0]
    runs.setdefault(kind, []).append((int(us) / 1e6, int(rss), float(cpu)))
schools, files, size = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

def stat(kind):
    r = runs[kind]
    return (statistics.median(x[0] for x in r), max(x[1] for x in r),
            statistics.median(x[2] for x in r), len(r))

def row(name, kind):
    wall, rss, cpu, n = stat(kind)
    return f"| {name} | {wall:.3f} | {cpu:.2f} | {rss / 1024:.1f} | {n} |"

def paired(ours, ref, i):
    # Runs alternate, so run k of each side saw about the same machine.
    return statistics.median(a[i] / b[i] for a, b in zip(runs[ours], runs[ref]))

demo = stat("demo")
print(f"{schools} schools; {files} exported files ({size / 2**20:.1f} MiB); "
      f"demo generation {demo[0]:.1f} s wall, {demo[1] / 1024:.1f} MiB peak")
print()
print("| command | wall s (median) | CPU s (median) | peak RSS MiB (max) | runs |")
print("|---|---:|---:|---:|---:|")
print(row("touchstone rollup --json", "rollup"))
print(row("sqlite3 < rollup.sql", "sqlite3"))
print(row("touchstone import DIR", "import"))
print(row("python3 -c tomllib parse", "python"))
print()
rollup, sql, imp, py = stat("rollup"), stat("sqlite3"), stat("import"), stat("python")
verdict = lambda ok: "met" if ok else "NOT met"
r_wall, r_cpu = paired("rollup", "sqlite3", 0), paired("rollup", "sqlite3", 2)
i_wall, i_cpu = paired("import", "python", 0), paired("import", "python", 2)
print("Ratios (median of the ratios of paired runs):")
print(f"  rollup / sqlite3:        wall {r_wall:.2f}x, CPU {r_cpu:.2f}x  (goal <= 0.5x: {verdict(r_wall <= 0.5)})")
print(f"  rollup peak RSS:         {rollup[1] / 1024:.1f} MiB = {rollup[1] * 1024 / 1e6:.1f} MB, "
      f"{rollup[1] / sql[1]:.2f}x sqlite3's  (goal <= 64 MB: {verdict(rollup[1] * 1024 <= 64e6)})")
print(f"  import / python parse:   wall {i_wall:.2f}x, CPU {i_cpu:.2f}x  (goal <= 0.45x: {verdict(i_wall <= 0.45)})")
print(f"  import peak RSS:         {imp[1] / 1024:.1f} MiB, {imp[1] / py[1]:.2f}x python's")
PY
)
say "results"
{
    echo "touchstone $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)');" \
        "sqlite3 $(sqlite3 --version | cut -d' ' -f1); $("$PYTHON" --version); $(rustc --version)"
    echo "$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM;" \
        "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "$summary"
} | tee "${RESULTS:-/dev/null}"
