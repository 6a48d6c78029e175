## School identity: codes (`touchstone schools`, the exchange file's `school_code`)

schools-code-empty = a school code cannot be empty
schools-code-too-long = a school code has at most { $max } characters
schools-code-bad-character = { $code } is not a school code: { $found } is not allowed (letters, digits and - . _ / only)
schools-code-taken = the code { $code } is already the code of { $school }; each code names one school (clear or change that school's code first)
schools-code-two-schools = the code { $code } is given to { $first } and to { $second }; each code names one school
schools-two-codes = { $school } is given two codes, { $first } and { $second }
schools-import-code-taken = assessment { $id }: the code { $code } is already the code of { $school } here, not of { $file_school }
schools-import-code-differs = assessment { $id }: { $school } has the code { $here } here; the file gives { $file } (import with --replace to change it)
schools-field-code = school code
schools-none = No schools yet: a school is added with its first assessment (touchstone new --school NAME).
schools-col-school = School
schools-col-district = District
schools-col-code = Code
schools-col-assessments = Assessments
schools-counted = { $schools ->
    [one] 1 school
   *[other] { $schools } schools
}, { $without } without a code
schools-name-in-districts = { $school } is in more than one district ({ $districts }): add --district
schools-code-unchanged = { $school } already has that code; nothing changed
schools-code-set = { $school } now has the code { $code }
schools-code-cleared = { $school } has no code now
schools-matched = Codes set: { $set }; already so: { $unchanged }; rows naming no school here: { $unmatched }
schools-more = … and { $count } more
schools-row-several = more than one school here is called { $school } in that district (names compared in any case); set this one's code with `touchstone schools code`
schools-row-code-twice = the code { $code } is given to another school on line { $line }
schools-row-school-twice = this school is given the code { $code } on line { $line }
schools-row-code-differs = this school has the code { $here } here; the file gives { $file } (use --replace to change it)

## Reading CSV files (outcome data, rosters)

outcomes-csv-empty = the file is empty: it needs a header row naming its columns
outcomes-csv-column-twice = the column { $column } is given twice (again as { $found })
outcomes-csv-column-unknown = unknown column { $found }; the columns are: { $known }
outcomes-csv-column-missing = the file has no { $column } column
outcomes-csv-row-width = this row has { $found } cells; the header has { $expected }
outcomes-csv-not-utf8 = this row is not UTF-8 text (save the file as CSV UTF-8)
outcomes-csv-unreadable = this does not read as CSV: { $error }
outcomes-cell-empty = the { $column } cell is empty

## `touchstone schools` help

cli-help-schools = Schools with their state or NCES codes: list them, set a code, match a roster
cli-help-schools--after =
    Examples:
    {"  "}touchstone schools
    {"  "}touchstone schools code "Lincoln Elementary" --district North 060000100001
    {"  "}touchstone schools match roster.csv          columns school, district, school_code
cli-help-schools-list = Every school with its district, code and number of assessments
cli-help-schools-list-json = Print JSON
cli-help-schools-code = Give a school its code (state or NCES id), or clear it
cli-help-schools-code--after =
    Examples:
    {"  "}touchstone schools code "Lincoln Elementary" 060000100001
    {"  "}touchstone schools code adams --district south CA-0611
    {"  "}touchstone schools code adams --district south --clear
cli-help-schools-code-school = The school's name, in any case, or the beginning of one school's name
cli-help-schools-code-code = The code: letters, digits and - . _ / (leading zeros are kept)
cli-help-schools-code-district = The school's district, when names repeat across districts
cli-help-schools-code-clear = Remove the school's code
cli-help-schools-match = Set codes from a CSV roster (school, district, school_code), matched by exact name and district in any case; rows naming no school here are listed
cli-help-schools-match--after =
    Examples:
    {"  "}touchstone schools match roster.csv
    {"  "}touchstone schools match roster.csv --replace     change codes that differ
cli-help-schools-match-file = The roster (CSV with a header row)
cli-help-schools-match-replace = Change a school's code when the roster gives another one

## `touchstone outcomes import` and `export`

outcomes-no-school-column = the file needs a school_code column or a school column (with district) to find each row's school
outcomes-row-twice = the same school, school year, student group and subject as line { $line }
outcomes-bad-year = { $found } is not a school year: write 2024-25, 2024-2025 or the year it ends, 2025
outcomes-no-school = the row names no school: give its school_code or its school name
outcomes-unmatched-code = code { $code }
outcomes-negative = { $column } cannot be negative (found { $found })
outcomes-not-a-count = { $column } must be a whole number of students or days, or a suppression mark (*, <10, --); found { $found }
outcomes-not-a-percentile = median_sgp must be a growth percentile from 1 to 99, or a suppression mark; found { $found }
outcomes-more-than = { $column } cannot be more than { $other }
outcomes-present-absent = days_present and days_absent do not add up to days_in_membership
outcomes-needs = { $column } needs { $other } in the same row
outcomes-growth-needs-subject = { $column } belongs to a subject: give growth_subject in this row
outcomes-subject-growth-only = a row with a growth_subject holds growth and proficiency figures only; give { $column } in a row without a subject
outcomes-row-empty = this row has no figures
outcomes-differs = { $column } { $file } in the file, { $here } here
outcomes-conflicts = { $count ->
    [one] 1 row is stored with other figures
   *[other] { $count } rows are stored with other figures
}; nothing was imported (use --replace to overwrite them)
outcomes-imported = Outcome rows added: { $added }; replaced: { $replaced }; unchanged: { $unchanged }; rows naming no school here: { $unmatched }
outcomes-unmatched-heading = Rows naming no school here (not imported; add the school or its code with `touchstone schools`, then import again):
outcomes-not-reported = not reported
outcomes-suppressed-word = suppressed

cli-help-outcomes = Outcome data per school, school year and student group (CSV as districts export it)
cli-help-outcomes-import = Import outcome rows from CSV; every row is checked first and any problem means nothing is written
cli-help-outcomes-import--after =
    Examples:
    {"  "}touchstone outcomes import attendance-2025.csv
    {"  "}touchstone outcomes import growth.csv --replace    figures that differ from those stored
cli-help-outcomes-import-file = The CSV file (its columns: see the README, Outcome data)
cli-help-outcomes-import-replace = Overwrite stored rows the file gives other figures
cli-help-outcomes-export = Write every outcome row as CSV, in the columns import reads; every figure of a group smaller than --min-n students is written as suppressed (*)
cli-help-outcomes-export--after =
    Examples:
    {"  "}touchstone outcomes export -o outcomes.csv
    {"  "}touchstone outcomes export --min-n 20 > outcomes.csv
cli-help-outcomes-export-min-n = The smallest group whose figures are shown, 10 to 30 students
cli-help-outcomes-export-output = Write to this file instead of standard output
cli-help-outcomes-export-force = Replace the output file if it exists (its permissions are kept)

## The declared definitions (said in every output that shows the figures)

outcomes-min-n-range = the smallest group shown must be from { $low } to { $high } students; found { $found }
outcomes-measure-attendance = Attendance rate
outcomes-measure-chronic = Chronic absence rate
outcomes-measure-stability = Stability rate
outcomes-measure-enrollment = Enrollment
outcomes-measure-growth = Median growth percentile
outcomes-measure-proficiency = Proficiency rate
outcomes-define-attendance = Attendance rate: all days present ÷ all days in membership, pooled over the group's students (not an average of each student's rate).
outcomes-define-chronic = Chronic absence rate: students who missed 10% or more of their enrolled days, for any reason, ÷ students eligible.
outcomes-define-stability = Stability rate: students enrolled all year without interruption ÷ all students in the membership base.
outcomes-define-enrollment = Enrollment: the census-day count; its change is this year's count less last year's.
outcomes-define-growth = Growth: the school's median student growth percentile in a subject (1 to 99; 50 is typical growth).
outcomes-define-proficiency = Proficiency rate, where growth is not reported: students proficient ÷ students tested; changes in percentage points.
outcomes-exchange-differs = assessment { $id }: the school's outcomes for { $year }, { $group }, differ: { $what } (import with --replace to overwrite them)

## The headline measures in `rollup`

outcomes-tolerance-range = the tolerance must be a number of points from 0 to 50; found { $found }
outcomes-impact-years = from { $baseline } to { $current }
outcomes-impact-years-from = from { $baseline } to each school's latest year with outcome data
outcomes-impact-years-to = from each school's earliest year with outcome data to { $current }
outcomes-impact-years-each = from each school's earliest to its latest year with outcome data
outcomes-impact-rule = Equitable impact: for attendance (chronic absence), stability and growth, { $years }, all students improved, no group of at least { $n } students fell back by more than { $tolerance ->
    [one] { $tolerance } point
   *[other] { $tolerance } points
}, and the group furthest behind improved and closed part of its gap; a school demonstrates it when it meets at least { $share } of the indicators it has enough data for, and has enough data for at least { $least } (otherwise: not enough data, outside the denominator). Groups under { $n } students are never shown.
cli-rollup-community = Community schools (meeting the baseline criteria): { $count } ({ $new } new, { $sustained } sustained from a year earlier)
cli-rollup-fully-community = Fully implementing: { $community } of community schools; { $assessed } of all assessed schools
cli-rollup-impact = Demonstrating equitable impact: { $share } of community schools with enough outcome data; not enough data: { $missing }
cli-rollup-headline-by-district = Headline measures by district:
cli-rollup-district-headline = { $count } community schools ({ $new } new, { $sustained } sustained) · fully implementing { $fully } · equitable impact { $impact }, not enough data { $missing }
cli-help-rollup-impact-baseline = Equitable impact: the baseline school year (2022-23 or 2023) [default: each school's earliest year with outcome data]
cli-help-rollup-impact-year = Equitable impact: the school year judged [default: each school's latest year with outcome data]
cli-help-rollup-impact-tolerance = Equitable impact: how many points a group may fall back
cli-help-rollup-min-n = The smallest student group counted and shown, 10 to 30
cli-help-rollup-output = Write to this file instead of standard output
cli-help-rollup-force = With --output: replace an existing file

## The board report (rollup --format html).
board-title = Community schools: board report
board-meta = { $rubric } · as of { $date } · { $schools } schools assessed
board-headline = Headline measures
board-tile-community = Community schools (meeting the baseline)
board-tile-community-note = { $new } new, { $sustained } sustained from a year earlier
board-tile-fully-community = % of community schools fully implementing
board-tile-fully-assessed = % of all assessed schools fully implementing
board-tile-impact = % of community schools demonstrating equitable impact
board-tile-impact-note = { $share }; not enough data: { $missing } (outside the denominator)
board-years-title = % of schools fully implementing, year by year
board-years-desc = A line of the network's share of schools fully implementing at the end of each period: { $points }.
board-spread-title = How the ratings spread across the levels, per standard
board-spread-desc = One bar per standard, split by the number of ratings at each level: { $standards }.
board-na = N/A
board-unrated = Unrated
board-methods = Methods
board-descriptive = Implementation beside impact is descriptive, not causal: the figures say where schools stand, not what caused it.
board-methods-community = A community school is an assessed school meeting the baseline criteria (a coordinator, a leadership team that decides together, a completed needs and assets assessment) in its latest submitted assessment; new when it did not meet them a year earlier, sustained when it did.
board-methods-suppression = Small groups never show: a figure for a student group under { $n } students is suppressed, with complementary suppression where it could be worked out from the total and the others. Student-group figures in this report are pooled over schools from figures that may be shown only.
board-methods-missing = Community schools without enough outcome data for a verdict: { $missing } of { $community } (left out of the equitable-impact denominator).

## Rule what-if flags (rollup --impact-share, --impact-min-indicators)
outcomes-min-indicators-range = the fewest indicators must be a whole number from 1 to { $high }; found { $found }
outcomes-impact-what-if = WHAT IF: equitable impact here is judged with other parameters than Touchstone's declared rule (a tolerance of 1 point, at least half of the indicators with enough data, enough data for at least 2).
cli-help-rollup-impact-share = What if: a school demonstrates equitable impact when it meets this share of the indicators it has enough data for (0.5 or 50%); the output is labelled "what if"
cli-help-rollup-impact-min-indicators = What if: the fewest indicators with enough data for a verdict, 1 to 3; the output is labelled "what if"

## `touchstone targets` and the scorecard of the headline measures
scorecard-community = Community schools
scorecard-fully = % of community schools fully implementing
scorecard-impact = % of community schools demonstrating equitable impact
targets-network = the whole network
targets-bad-year = the year must be a year from 1990 to 2200 (2026) or a school year (2025-26); found { $found }
targets-bad-count = a target for community schools is a whole number of schools (120); found { $found }
targets-bad-percent = a target for this measure is a percentage from 0 to 100, written 60% or 0.6; found { $found }
targets-unknown-district = no school here is in the district { $district }; the districts are: { $known }
targets-no-districts = no school here is in the district { $district }; no school here has a district yet
targets-set = Target set: { $measure }, { $scope }, { $year }: { $value }.
targets-was = (It was { $value }.)
targets-cleared = Target cleared: { $measure }, { $scope }, { $year }.
targets-none-to-clear = there is no target for { $measure }, { $scope }, { $year } to clear (touchstone targets lists them)
targets-none = No targets yet. Set one with: touchstone targets set fully_implementing 60% --year 2026
targets-measure = Measure
targets-district = District
targets-year = Year
targets-target = Target
scorecard-heading = Scorecard ({ $period } against a year earlier):
scorecard-period = Year
scorecard-prior = Prior
scorecard-current = Current
scorecard-change = Change
scorecard-gap = Gap to target
scorecard-trend = Trend
scorecard-met = met
scorecard-none = —
scorecard-trend-periods = { $arrow } { $periods ->
    [one] { $periods } year
   *[other] { $periods } years
}
scorecard-explained = Prior is the value a year earlier; change is current less prior (percentage points for percentages); the gap is the target less the current value; the trend is which way the measure moved over the years and for how many years in a row (with --trend year: every year; otherwise from the prior year).
cli-help-targets = Targets for the three headline measures, for the network or a district, per year
cli-help-targets--after =
    Examples:
    {"  "}touchstone targets
    {"  "}touchstone targets set community_schools 120 --year 2026
    {"  "}touchstone targets set fully_implementing 60% --year 2026 --district North
    {"  "}touchstone targets clear equitable_impact --year 2026
cli-help-targets-list = Every target with its measure, district and year
cli-help-targets-list-json = Print JSON
cli-help-targets-set = Set a target (replacing one for the same measure, district and year)
cli-help-targets-set-measure = community_schools, fully_implementing or equitable_impact
cli-help-targets-set-value = A number of community schools, or a percentage (60% or 0.6)
cli-help-targets-set-year = The year the target is for (2026; a school year 2025-26 is its end year)
cli-help-targets-set-district = For this district only [default: the whole network]
cli-help-targets-clear = Remove a target
cli-help-targets-clear-measure = community_schools, fully_implementing or equitable_impact
cli-help-targets-clear-year = The year of the target
cli-help-targets-clear-district = The district of the target [default: the whole network]

## The board report's outcome sections
board-scorecard-title = The three measures over the years, with targets
board-scorecard-desc = Lines of the share of community schools fully implementing and of those demonstrating equitable impact at the end of each year, with the network's targets marked as dashes: { $points }.
board-legend-fully = fully implementing
board-legend-impact = equitable impact
board-target = Target
board-year = Year
board-outcomes-title = Outcome indicators: the network and the spread of its schools
board-outcomes-intro = For all students, each school year: the network's value pooled over its schools (the dot) and how the schools' own values spread: the middle half of the schools in the box, the 10th to the 90th percentile on the line, the median as a bar. { $schools } schools have outcome figures that may be shown; no school is listed one by one.
board-outcome-desc = { $measure }, each school year: the network's value, with the spread of the schools' values in the table: { $points }.
board-network = Network
board-schools = Schools
board-p10 = 10th percentile
board-p25 = 25th percentile
board-median = Median
board-p75 = 75th percentile
board-p90 = 90th percentile
board-no-outcomes = No outcome figures that may be shown yet: import them with touchstone outcomes import.
board-equity-title = Equity: each student group beside all students
board-equity-intro = Each group's value pooled over the schools where it may be shown (a group under { $n } students, and any group hidden with it, counts nowhere), in { $baseline } and { $current }, with its gap to all students (the group's value less all students' in the same year).
board-equity-desc = { $measure }: each student group's value in { $baseline } (open circle) and { $current } (filled circle): { $points }.
board-group = Student group
board-change = Change
board-gap = Gap to all students, { $year }
board-cross-title = Implementation beside impact (descriptive, not causal)
board-cross-intro = Community schools by whether they fully implement the standards and whether they demonstrate equitable impact. This describes where schools stand together; it does not say that implementation causes impact, or the reverse.
board-cross-fully = Fully implementing
board-cross-not-fully = Not fully implementing
board-cross-demonstrates = Demonstrating equitable impact
board-cross-share = % demonstrating it, of those with enough data
board-cross-does-not = Not demonstrating it
board-cross-not-enough = Not enough data
board-cross-total = Community schools
board-methods-definitions = Definitions
board-methods-pooled = The network's value of a rate is pooled over its schools (all their counts added, then divided); its growth is the schools' median growth percentiles averaged, weighted by their students; its enrollment is the sum. Only figures that may be shown are counted.
board-methods-missing-title = Community schools without enough outcome data: { $count }
board-methods-missing-none = Every community school has enough outcome data for a verdict.
board-methods-missing-more = … and { $count } more (by district and name; touchstone schools lists every school).
outcomes-group-all = All students
outcomes-group-econ-disadvantaged = Economically disadvantaged
outcomes-group-students-with-disabilities = Students with disabilities
outcomes-group-english-learners = English learners
outcomes-group-american-indian = American Indian or Alaska Native
outcomes-group-asian = Asian
outcomes-group-black = Black or African American
outcomes-group-hispanic = Hispanic or Latino
outcomes-group-pacific-islander = Native Hawaiian or Pacific Islander
outcomes-group-white = White
outcomes-group-two-or-more = Two or more races
outcomes-group-foster = Students in foster care
outcomes-group-homeless = Students experiencing homelessness
outcomes-group-military = Military-connected students
outcomes-group-migrant = Migrant students
