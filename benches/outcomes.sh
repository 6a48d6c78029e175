#!/usr/bin/env bash
# Issue 21's benchmarks (BENCHMARKS.md, "Outcome import and the board report"):
#
#   a. `touchstone outcomes import FILE.csv` of 25,000 schools × 5 school years × 10
#      student groups (1.25 million rows) against `python3` merely reading the same
#      file with its `csv` module (target ≤ 1.0×, ≤ 64 MB peak RSS);
#   b. `touchstone rollup --format html -o board.html` (the board report) against
#      `touchstone rollup` (text) on the same database (target ≤ 2×, ≤ 64 MB, the page
#      ≤ 1 MB).
#
# Wall time and peak memory (Maximum resident set size, /usr/bin/time -v), one run
# each, the two sides one after the other. It never fails because something was slow;
# it fails if the import does not add every row.
#
#   bash benches/outcomes.sh
# Environment: SCHOOLS (25000), SEED (2026), WORK=DIR (kept), RESULTS=FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHOOLS=${SCHOOLS:-25000}
SEED=${SEED:-2026}
say() { printf '\n== %s\n' "$*" >&2; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }

say "building (release)"
cargo build --release --quiet
TARGET=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
BIN="$TARGET/release/touchstone"

WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
DB="$WORK/network.db"
CSV="$WORK/outcomes.csv"

# One timed run: prints "seconds peak_kib".
timed() {
    local log="$WORK/time.log" start end
    start=$(date +%s.%N)
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
    end=$(date +%s.%N)
    printf '%s %s\n' "$(python3 -c "print(round($end - $start, 2))")" \
        "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
}

if [ ! -s "$DB" ]; then
    say "demo network of $SCHOOLS schools (seed $SEED)"
    "$BIN" --db "$DB" demo --schools "$SCHOOLS" --seed "$SEED" >/dev/null
fi
sqlite3 "$DB" 'DELETE FROM outcomes;'

say "writing $CSV: $SCHOOLS schools × 5 school years × 10 groups"
"$BIN" --db "$DB" schools list --json >"$WORK/schools.json"
python3 - "$WORK/schools.json" "$CSV" <<'PY'
import csv, json, random, sys
schools = json.load(open(sys.argv[1]))
groups = ["all", "econ_disadvantaged", "students_with_disabilities", "english_learners",
          "asian", "black", "hispanic", "white", "two_or_more", "homeless"]
share = [1.0, .55, .14, .12, .08, .2, .4, .25, .07, .03]
rng = random.Random(2026)
with open(sys.argv[2], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["school_code", "school_year", "student_group", "days_in_membership",
                "days_present", "ca_eligible_n", "ca_chronic_n", "membership_base_n",
                "stable_n", "census_enrollment"])
    for s in schools:
        size = rng.randint(150, 900)
        for year in range(2022, 2027):
            for g, p in zip(groups, share):
                n = max(1, int(size * p))
                days = n * 175
                present = int(days * rng.uniform(.88, .97))
                chronic = int(n * rng.uniform(.05, .35))
                stable = int(n * rng.uniform(.75, .97))
                w.writerow([s["code"], f"{year-1}-{year % 100:02d}", g, days, present,
                            n, chronic, n, stable, n])
PY
ROWS=$(($(wc -l <"$CSV") - 1))
SIZE=$(du -m "$CSV" | cut -f1)

say "a. reading $ROWS rows ($SIZE MB): python3 csv, then touchstone outcomes import"
read -r PY_S PY_K < <(timed python3 -c 'import csv, sys
n = 0
with open(sys.argv[1], newline="") as f:
    for row in csv.reader(f):
        n += 1
print(n)' "$CSV")
read -r IM_S IM_K < <(timed "$BIN" --db "$DB" outcomes import "$CSV")
ADDED=$(sqlite3 "$DB" 'SELECT count(*) FROM outcomes;')
[ "$ADDED" = "$ROWS" ] || { echo "import added $ADDED of $ROWS rows" >&2; exit 1; }

say "b. rollup (text), then the board report (html)"
read -r TX_S TX_K < <(timed "$BIN" --db "$DB" rollup)
read -r HT_S HT_K < <(timed "$BIN" --db "$DB" rollup --format html -o "$WORK/board.html" --force)
PAGE=$(wc -c <"$WORK/board.html")

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
SUMMARY=$(cat <<TXT
| benchmark | touchstone | reference | ratio | touchstone peak RSS |
|---|---:|---:|---:|---:|
| outcome import, $ROWS rows ($SIZE MB CSV) | ${IM_S} s | ${PY_S} s (python3 csv, $((PY_K / 1024)) MiB) | $(ratio "$IM_S" "$PY_S")× | $((IM_K / 1024)) MiB |
| board report (html) vs rollup (text) | ${HT_S} s | ${TX_S} s ($((TX_K / 1024)) MiB) | $(ratio "$HT_S" "$TX_S")× | $((HT_K / 1024)) MiB |

The board report: $PAGE bytes. Load average at the end: $LOAD ($(nproc) cores).
TXT
)
printf '%s\n' "$SUMMARY"
[ -z "${RESULTS:-}" ] || printf '%s\n' "$SUMMARY" >"$RESULTS"
