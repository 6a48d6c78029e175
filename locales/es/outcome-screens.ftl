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

## The outcomes screen.
outcome-screens-bar = Resultados · { $school }
outcome-screens-title = Resultados · { $school } · { $group } (grupo { $at } de { $of }) · Tab grupo · + agregar
outcome-screens-hint = Cifras como las reporta el distrito, * si la suprimió, vacía si no hay; se revisan como en una importación y se guardan juntas con { $save }.{ $unsaved }
outcome-screens-unsaved-mark = { " " }Aún sin guardar.
outcome-screens-unsaved = Hay cambios sin guardar: { $save } los guarda, { $back } otra vez sale sin ellos.
outcome-screens-not-saved = No se guardó nada: { $count ->
    [one] hay una cifra que corregir
   *[other] hay { $count } cifras que corregir
} ({ $first })
outcome-screens-nothing = No hay cambios que guardar.
outcome-screens-saved = Se { $count ->
    [one] guardó una fila
   *[other] guardaron { $count } filas
} de cifras de resultados.
outcome-screens-problems-elsewhere = { $count ->
    [one] Hay otra cifra que corregir en otro grupo.
   *[other] Hay { $count } cifras más que corregir en otros grupos.
}
outcome-screens-no-school = La escuela de esta evaluación no está guardada como escuela, así que no tiene datos de resultados.
outcome-screens-group = el grupo de estudiantes
outcome-screens-add-title = Agregar un grupo de estudiantes
outcome-screens-add-typed = Grupo:
outcome-screens-add-own = Enter agrega el nombre escrito como grupo propio del distrito.
outcome-screens-figure-days_in_membership = Días de matrícula
outcome-screens-figure-days_present = Días presentes
outcome-screens-figure-ca_eligible_n = Ausentismo crónico: elegibles
outcome-screens-figure-ca_chronic_n = Ausentismo crónico: ausentes
outcome-screens-figure-membership_base_n = Estabilidad: estudiantes
outcome-screens-figure-stable_n = Estabilidad: todo el año
outcome-screens-figure-census_enrollment = Matrícula del censo
outcome-screens-figure-growth_n = crecimiento: estudiantes
outcome-screens-figure-median_sgp = crecimiento: mediana
outcome-screens-figure-tested_n = evaluados
outcome-screens-figure-proficient_n = competentes
