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
