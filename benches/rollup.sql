-- The reference for `touchstone rollup --json` from the database: the same network
-- figures, computed by SQLite alone from the same file (see BENCHMARKS.md).
--
-- It expects four temporary tables describing the rubric, which `benches/compare.sh`
-- (and `benches/rollup.rs`) write before this file from the rubric itself:
--   bench_rubric(rubric_id, standard_threshold, school_threshold, baseline_rank,
--                floor_rank)                  -- floor_rank NULL: no floor
--   bench_levels(key PRIMARY KEY, rank, full)     -- rank 0 = the lowest level
--   bench_standards(pos, id)                      -- in rubric order
--   bench_indicators(indicator_id, standard_pos, baseline)
--
-- The rules are those of README "Scoring": each school counts once, with its latest
-- assessment (by date, then last change, then id); N/A leaves every denominator; an
-- unrated indicator (no ratings row, a NULL level or an unknown key) stays in the
-- denominator as not full and makes the assessment incomplete; a standard is fully
-- implemented when full / applicable >= standard_threshold and (with a floor) no
-- applicable indicator is unrated or below the floor, and not applicable when all
-- of its indicators are N/A; a school is fully implementing when fully implemented /
-- applicable standards >= school_threshold (and at least one applies); the baseline is
-- met when every baseline indicator is rated at baseline_rank or above.
--
-- Figures: schools, incomplete, fully implementing, baseline met, and per standard the
-- schools fully implementing it out of those where it applies. (`touchstone rollup`
-- also counts every rating by level per standard; this does not, so the reference
-- does less work than touchstone.)
--
-- Written for speed: every step reads its input in the order it groups by, so the 1.5
-- million (school, indicator) cells of 25,000 schools are never sorted (the same rules
-- as one query of CTEs with GROUP BY sort them, and take about twice as long). It can
-- be run again on the same connection. The last statement, after "The figures", prints
-- one JSON object shaped like those fields of `touchstone rollup --json`.
DROP TABLE IF EXISTS temp.bench_latest;
DROP TABLE IF EXISTS temp.bench_cells;
CREATE INDEX IF NOT EXISTS temp.bench_indicators_by_standard
    ON bench_indicators (standard_pos, indicator_id, baseline);

-- Each school's latest assessment of the rubric.
CREATE TEMP TABLE bench_latest (id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO bench_latest
SELECT id FROM (
    SELECT a.id,
           row_number() OVER (PARTITION BY a.school_id
                              ORDER BY a.date DESC, a.updated_at DESC, a.id DESC) AS rn
    FROM assessments a JOIN rubric_snapshots r ON r.id = a.snapshot_id
    WHERE r.rubric_id = (SELECT rubric_id FROM bench_rubric) AND a.deleted_at IS NULL
)
WHERE rn = 1;

-- Per latest assessment and standard: how many indicators apply, are at the full
-- level and are unrated, and whether its baseline indicators (if any) are met.
CREATE TEMP TABLE bench_cells (
    aid TEXT, pos INTEGER, applicable INTEGER, at_full INTEGER, unrated INTEGER,
    below_floor INTEGER, baseline_ok INTEGER,
    PRIMARY KEY (aid, pos)
) WITHOUT ROWID;
INSERT INTO bench_cells
SELECT l.id, i.standard_pos,
       sum(x.level IS NOT 'na'),
       sum(lv.full IS 1),
       sum(lv.rank IS NULL AND x.level IS NOT 'na'),
       sum(b.floor_rank IS NOT NULL AND x.level IS NOT 'na'
           AND coalesce(lv.rank < b.floor_rank, 1)),
       min(NOT i.baseline OR coalesce(lv.rank >= b.baseline_rank, 0))
FROM bench_latest l
CROSS JOIN bench_indicators i
CROSS JOIN bench_rubric b
LEFT JOIN ratings x ON x.assessment_id = l.id AND x.indicator_id = i.indicator_id
LEFT JOIN bench_levels lv ON lv.key = x.level
GROUP BY l.id, i.standard_pos;

-- The figures.
WITH
standard_flags AS (
    SELECT aid, pos, unrated, baseline_ok,
           applicable > 0 AS applies,
           applicable > 0
               AND at_full * 1.0 / applicable >= (SELECT standard_threshold FROM bench_rubric)
               AND below_floor = 0
               AS fully_implemented
    FROM bench_cells
),
per_school AS (
    SELECT sum(unrated) > 0 AS incomplete,
           sum(applies) > 0
               AND sum(fully_implemented) * 1.0 / sum(applies)
                   >= (SELECT school_threshold FROM bench_rubric) AS fully_implementing,
           min(baseline_ok) AS baseline_met
    FROM standard_flags
    GROUP BY aid
),
per_standard AS (
    SELECT pos, sum(fully_implemented) AS numerator, sum(applies) AS denominator
    FROM standard_flags
    GROUP BY pos
)
SELECT json_object(
    'rubric', (SELECT rubric_id FROM bench_rubric),
    'schools', count(*),
    'incomplete', coalesce(sum(incomplete), 0),
    'fully_implementing', json_object('numerator', coalesce(sum(fully_implementing), 0),
                                      'denominator', count(*)),
    'baseline_met', json_object('numerator', coalesce(sum(baseline_met), 0),
                                'denominator', count(*)),
    'by_standard', (SELECT json_group_array(json_object(
                        'id', s.id,
                        'fully_implemented', json_object(
                            'numerator', coalesce(t.numerator, 0),
                            'denominator', coalesce(t.denominator, 0))))
                    FROM (SELECT * FROM bench_standards ORDER BY pos) s
                    LEFT JOIN per_standard t ON t.pos = s.pos)
)
FROM per_school;
