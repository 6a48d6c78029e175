## A school's outcome data on the screens: its trends on the summary, and the
## outcomes screen for typing figures in.

outcome-screens-trends-title = Outcomes over the school years
outcome-screens-trends-legend = { $up } rose · { $down } fell · { $same } same, since the year before (green: better) · * suppressed: a group under { $n } students, or one that would give another away · — not reported

## Student groups, short enough for a column.
outcome-screens-group-all = All students
outcome-screens-group-econ_disadvantaged = Econ. disadvantaged
outcome-screens-group-students_with_disabilities = With disabilities
outcome-screens-group-english_learners = English learners
outcome-screens-group-american_indian = American Indian
outcome-screens-group-asian = Asian
outcome-screens-group-black = Black
outcome-screens-group-hispanic = Hispanic
outcome-screens-group-pacific_islander = Pacific Islander
outcome-screens-group-white = White
outcome-screens-group-two_or_more = Two or more races
outcome-screens-group-foster = Foster care
outcome-screens-group-homeless = Homeless
outcome-screens-group-military = Military families
outcome-screens-group-migrant = Migrant

## The outcomes screen.
outcome-screens-bar = Outcomes · { $school }
outcome-screens-title = Outcomes · { $school } · { $group } (group { $at } of { $of }) · Tab group · + add
outcome-screens-hint = Counts as the district reports them, * for a figure it suppressed, empty for none; checked as an import is, and saved together with { $save }.{ $unsaved }
outcome-screens-unsaved-mark = { " " }Not saved yet.
outcome-screens-unsaved = Changes not saved: { $save } saves them, { $back } again leaves without them.
outcome-screens-not-saved = Nothing saved: { $count ->
    [one] one figure to fix
   *[other] { $count } figures to fix
} ({ $first })
outcome-screens-nothing = Nothing changed to save.
outcome-screens-saved = Saved { $count ->
    [one] one row
   *[other] { $count } rows
} of outcome figures.
outcome-screens-problems-elsewhere = { $count ->
    [one] One more figure to fix in another group.
   *[other] { $count } more figures to fix in other groups.
}
outcome-screens-no-school = This assessment's school is not stored as a school, so it has no outcome data.
outcome-screens-group = the student group
outcome-screens-add-title = Add a student group
outcome-screens-add-typed = Group:
outcome-screens-add-own = Enter adds the name typed as the district's own group.
outcome-screens-figure-days_in_membership = Days in membership
outcome-screens-figure-days_present = Days present
outcome-screens-figure-ca_eligible_n = Chronic absence: eligible
outcome-screens-figure-ca_chronic_n = Chronic absence: absent
outcome-screens-figure-membership_base_n = Stability: students
outcome-screens-figure-stable_n = Stability: all year
outcome-screens-figure-census_enrollment = Census enrollment
outcome-screens-figure-growth_n = growth: students
outcome-screens-figure-median_sgp = growth: median
outcome-screens-figure-tested_n = tested
outcome-screens-figure-proficient_n = proficient
