## A school's outcome data on the screens: its trends on the summary, and the
## outcomes screen for typing figures in.

outcome-screens-trends-title = Resultados por año escolar
outcome-screens-trends-legend = { $up } subió · { $down } bajó · { $same } igual, respecto al año anterior (verde: mejor) · * suprimido: un grupo de menos de { $n } estudiantes, o uno que permitiría deducir otro · — sin dato

## Student groups, short enough for a column.
outcome-screens-group-all = Todos
outcome-screens-group-econ_disadvantaged = Desv. económica
outcome-screens-group-students_with_disabilities = Con discapacidad
outcome-screens-group-english_learners = Aprenden inglés
outcome-screens-group-american_indian = Indígena americano
outcome-screens-group-asian = Asiático
outcome-screens-group-black = Negro
outcome-screens-group-hispanic = Hispano
outcome-screens-group-pacific_islander = Isleño del Pacífico
outcome-screens-group-white = Blanco
outcome-screens-group-two_or_more = Dos o más razas
outcome-screens-group-foster = Cuidado de crianza
outcome-screens-group-homeless = Sin hogar
outcome-screens-group-military = Familias militares
outcome-screens-group-migrant = Migrante
