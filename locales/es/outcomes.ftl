## School identity: codes (`touchstone schools`, the exchange file's `school_code`)

schools-code-empty = el código de una escuela no puede estar vacío
schools-code-too-long = el código de una escuela tiene como máximo { $max } caracteres
schools-code-bad-character = { $code } no es un código de escuela: { $found } no está permitido (solo letras, dígitos y - . _ /)
schools-code-taken = el código { $code } ya es el de { $school }; cada código identifica una sola escuela (primero borre o cambie el código de esa escuela)
schools-code-two-schools = el código { $code } se da a { $first } y a { $second }; cada código identifica una sola escuela
schools-two-codes = a { $school } se le dan dos códigos, { $first } y { $second }
schools-import-code-taken = evaluación { $id }: el código { $code } ya es aquí el de { $school }, no el de { $file_school }
schools-import-code-differs = evaluación { $id }: { $school } tiene aquí el código { $here }; el archivo indica { $file } (importe con --replace para cambiarlo)
schools-field-code = código de la escuela
schools-none = Todavía no hay escuelas: una escuela se agrega con su primera evaluación (touchstone new --school NOMBRE).
schools-col-school = Escuela
schools-col-district = Distrito
schools-col-code = Código
schools-col-assessments = Evaluaciones
schools-counted = { $schools ->
    [one] 1 escuela
   *[other] { $schools } escuelas
}, { $without } sin código
schools-name-in-districts = { $school } está en más de un distrito ({ $districts }): agregue --district
schools-code-unchanged = { $school } ya tiene ese código; no cambió nada
schools-code-set = { $school } tiene ahora el código { $code }
schools-code-cleared = { $school } ya no tiene código
schools-matched = Códigos asignados: { $set }; ya estaban así: { $unchanged }; filas que no corresponden a ninguna escuela de aquí: { $unmatched }
schools-more = … y { $count } más
schools-row-several = aquí hay más de una escuela llamada { $school } en ese distrito (sin distinguir mayúsculas); asigne el código de esta con `touchstone schools code`
schools-row-code-twice = el código { $code } se da a otra escuela en la línea { $line }
schools-row-school-twice = a esta escuela se le da el código { $code } en la línea { $line }
schools-row-code-differs = esta escuela tiene aquí el código { $here }; el archivo indica { $file } (use --replace para cambiarlo)

## Reading CSV files (outcome data, rosters)

outcomes-csv-empty = el archivo está vacío: necesita una fila de encabezado con los nombres de sus columnas
outcomes-csv-column-twice = la columna { $column } aparece dos veces (otra vez como { $found })
outcomes-csv-column-unknown = columna desconocida { $found }; las columnas son: { $known }
outcomes-csv-column-missing = el archivo no tiene la columna { $column }
outcomes-csv-row-width = esta fila tiene { $found } celdas; el encabezado tiene { $expected }
outcomes-csv-not-utf8 = esta fila no es texto UTF-8 (guarde el archivo como CSV UTF-8)
outcomes-csv-unreadable = esto no se lee como CSV: { $error }
outcomes-cell-empty = la celda { $column } está vacía

## `touchstone schools` help

cli-help-schools = Escuelas con sus códigos estatales o del NCES: listarlas, asignar un código, cotejar una lista
cli-help-schools--after =
    Ejemplos:
    {"  "}touchstone schools
    {"  "}touchstone schools code "Lincoln Elementary" --district North 060000100001
    {"  "}touchstone schools match lista.csv           columnas school, district, school_code
cli-help-schools-list = Cada escuela con su distrito, su código y su número de evaluaciones
cli-help-schools-list-json = Imprimir JSON
cli-help-schools-code = Asignar a una escuela su código (estatal o del NCES), o borrarlo
cli-help-schools-code--after =
    Ejemplos:
    {"  "}touchstone schools code "Lincoln Elementary" 060000100001
    {"  "}touchstone schools code adams --district south CA-0611
    {"  "}touchstone schools code adams --district south --clear
cli-help-schools-code-school = El nombre de la escuela, en mayúsculas o minúsculas, o el comienzo del nombre de una escuela
cli-help-schools-code-code = El código: letras, dígitos y - . _ / (se conservan los ceros iniciales)
cli-help-schools-code-district = El distrito de la escuela, cuando los nombres se repiten en varios distritos
cli-help-schools-code-clear = Borrar el código de la escuela
cli-help-schools-match = Asignar códigos desde una lista CSV (school, district, school_code), cotejada por nombre y distrito exactos, sin distinguir mayúsculas; se listan las filas que no corresponden a ninguna escuela de aquí
cli-help-schools-match--after =
    Ejemplos:
    {"  "}touchstone schools match lista.csv
    {"  "}touchstone schools match lista.csv --replace      cambiar los códigos que difieren
cli-help-schools-match-file = La lista (CSV con una fila de encabezado)
cli-help-schools-match-replace = Cambiar el código de una escuela cuando la lista indica otro

## `touchstone outcomes import` and `export`

outcomes-no-school-column = el archivo necesita una columna school_code o una columna school (con district) para encontrar la escuela de cada fila
outcomes-row-twice = la misma escuela, año escolar, grupo de estudiantes y materia que la línea { $line }
outcomes-bad-year = { $found } no es un año escolar: escriba 2024-25, 2024-2025 o el año en que termina, 2025
outcomes-no-school = la fila no indica ninguna escuela: dé su school_code o el nombre de la escuela
outcomes-unmatched-code = código { $code }
outcomes-negative = { $column } no puede ser negativo (se encontró { $found })
outcomes-not-a-count = { $column } debe ser un número entero de estudiantes o de días, o una marca de supresión (*, <10, --); se encontró { $found }
outcomes-not-a-percentile = median_sgp debe ser un percentil de crecimiento de 1 a 99, o una marca de supresión; se encontró { $found }
outcomes-more-than = { $column } no puede ser mayor que { $other }
outcomes-present-absent = days_present y days_absent no suman days_in_membership
outcomes-needs = { $column } necesita { $other } en la misma fila
outcomes-growth-needs-subject = { $column } corresponde a una materia: indique growth_subject en esta fila
outcomes-subject-growth-only = una fila con growth_subject contiene solo cifras de crecimiento y de competencia; indique { $column } en una fila sin materia
outcomes-row-empty = esta fila no tiene cifras
outcomes-differs = { $column }: { $file } en el archivo, { $here } aquí
outcomes-conflicts = { $count ->
    [one] 1 fila está guardada con otras cifras
   *[other] { $count } filas están guardadas con otras cifras
}; no se importó nada (use --replace para sobrescribirlas)
outcomes-imported = Filas de resultados agregadas: { $added }; reemplazadas: { $replaced }; sin cambios: { $unchanged }; filas que no corresponden a ninguna escuela de aquí: { $unmatched }
outcomes-unmatched-heading = Filas que no corresponden a ninguna escuela de aquí (no se importaron; agregue la escuela o su código con `touchstone schools` e importe de nuevo):
outcomes-not-reported = sin dato
outcomes-suppressed-word = suprimido

cli-help-outcomes = Datos de resultados por escuela, año escolar y grupo de estudiantes (CSV tal como lo exportan los distritos)
cli-help-outcomes-import = Importar filas de resultados desde un CSV; primero se revisa cada fila y, ante cualquier problema, no se escribe nada
cli-help-outcomes-import--after =
    Ejemplos:
    {"  "}touchstone outcomes import asistencia-2025.csv
    {"  "}touchstone outcomes import crecimiento.csv --replace    cifras que difieren de las guardadas
cli-help-outcomes-import-file = El archivo CSV (sus columnas: vea el README, Outcome data)
cli-help-outcomes-import-replace = Sobrescribir las filas guardadas a las que el archivo da otras cifras
cli-help-outcomes-export = Escribir todas las filas de resultados como CSV, con las columnas que lee la importación; cada cifra de un grupo de menos de --min-n estudiantes se escribe como suprimida (*)
cli-help-outcomes-export--after =
    Ejemplos:
    {"  "}touchstone outcomes export -o resultados.csv
    {"  "}touchstone outcomes export --min-n 20 > resultados.csv
cli-help-outcomes-export-min-n = El grupo más pequeño cuyas cifras se muestran, de 10 a 30 estudiantes
cli-help-outcomes-export-output = Escribir en este archivo en lugar de la salida estándar
cli-help-outcomes-export-force = Reemplazar el archivo de salida si ya existe (se conservan sus permisos)

## The declared definitions (said in every output that shows the figures)

outcomes-min-n-range = el grupo más pequeño que se muestra debe tener de { $low } a { $high } estudiantes; se encontró { $found }
outcomes-measure-attendance = Tasa de asistencia
outcomes-measure-chronic = Tasa de ausentismo crónico
outcomes-measure-stability = Tasa de estabilidad
outcomes-measure-enrollment = Matrícula
outcomes-measure-growth = Percentil de crecimiento mediano
outcomes-measure-proficiency = Tasa de competencia
outcomes-define-attendance = Tasa de asistencia: el total de días presentes ÷ el total de días de matrícula, sumados sobre los estudiantes del grupo (no un promedio de la tasa de cada estudiante).
outcomes-define-chronic = Tasa de ausentismo crónico: estudiantes que faltaron el 10 % o más de sus días de matrícula, por cualquier motivo, ÷ estudiantes elegibles.
outcomes-define-stability = Tasa de estabilidad: estudiantes matriculados todo el año sin interrupción ÷ todos los estudiantes de la base de matrícula.
outcomes-define-enrollment = Matrícula: el conteo del día del censo; su cambio es el conteo de este año menos el del año anterior.
outcomes-define-growth = Crecimiento: el percentil de crecimiento estudiantil mediano de la escuela en una materia (de 1 a 99; 50 es el crecimiento típico).
outcomes-define-proficiency = Tasa de competencia, donde no se informa el crecimiento: estudiantes competentes ÷ estudiantes evaluados; los cambios, en puntos porcentuales.
outcomes-exchange-differs = evaluación { $id }: los resultados de la escuela de { $year }, { $group }, difieren: { $what } (importe con --replace para sobrescribirlos)

## The headline measures in `rollup`

outcomes-tolerance-range = la tolerancia debe ser un número de puntos de 0 a 50; se encontró { $found }
outcomes-impact-years = de { $baseline } a { $current }
outcomes-impact-years-from = de { $baseline } al último año con datos de resultados de cada escuela
outcomes-impact-years-to = del primer año con datos de resultados de cada escuela a { $current }
outcomes-impact-years-each = del primer al último año con datos de resultados de cada escuela
outcomes-impact-rule = Impacto equitativo: en asistencia (ausentismo crónico), estabilidad y crecimiento, { $years }, mejoraron todos los estudiantes, ningún grupo de al menos { $n } estudiantes retrocedió más de { $tolerance ->
    [one] { $tolerance } punto
   *[other] { $tolerance } puntos
}, y el grupo más rezagado mejoró y cerró parte de su brecha; una escuela lo demuestra cuando cumple al menos el { $share } de los indicadores de los que tiene datos suficientes, y los tiene de al menos { $least } (si no: datos insuficientes, fuera del denominador). Los grupos de menos de { $n } estudiantes nunca se muestran.
cli-rollup-community = Escuelas comunitarias (que cumplen los criterios del nivel base): { $count } ({ $new } nuevas, { $sustained } que lo mantienen desde hace un año)
cli-rollup-fully-community = Implementan por completo: { $community } de las escuelas comunitarias; { $assessed } de todas las escuelas evaluadas
cli-rollup-impact = Demuestran impacto equitativo: { $share } de las escuelas comunitarias con datos de resultados suficientes; datos insuficientes: { $missing }
cli-rollup-headline-by-district = Medidas principales por distrito:
cli-rollup-district-headline = { $count } escuelas comunitarias ({ $new } nuevas, { $sustained } que lo mantienen) · implementan por completo { $fully } · impacto equitativo { $impact }, datos insuficientes { $missing }
cli-help-rollup-impact-baseline = Impacto equitativo: el año escolar de referencia (2022-23 o 2023) [predeterminado: el primer año con datos de resultados de cada escuela]
cli-help-rollup-impact-year = Impacto equitativo: el año escolar que se juzga [predeterminado: el último año con datos de resultados de cada escuela]
cli-help-rollup-impact-tolerance = Impacto equitativo: cuántos puntos puede retroceder un grupo
cli-help-rollup-min-n = El grupo de estudiantes más pequeño que se cuenta y se muestra, de 10 a 30
cli-help-rollup-output = Escribir en este archivo en lugar de la salida estándar
cli-help-rollup-force = Con --output: reemplazar un archivo existente

## The board report (rollup --format html).
board-title = Escuelas comunitarias: informe para la junta
board-meta = { $rubric } · a fecha de { $date } · { $schools } escuelas evaluadas
board-headline = Medidas principales
board-tile-community = Escuelas comunitarias (cumplen los criterios del nivel base)
board-tile-community-note = { $new } nuevas, { $sustained } que ya lo eran hace un año
board-tile-fully-community = % de escuelas comunitarias que implementan por completo
board-tile-fully-assessed = % de todas las escuelas evaluadas que implementan por completo
board-tile-impact = % de escuelas comunitarias que demuestran un impacto equitativo
board-tile-impact-note = { $share }; sin datos suficientes: { $missing } (fuera del denominador)
board-years-title = % de escuelas que implementan por completo, año por año
board-years-desc = Una línea con la proporción de escuelas de la red que implementan por completo al final de cada período: { $points }.
board-spread-title = Cómo se reparten las calificaciones entre los niveles, por estándar
board-spread-desc = Una barra por estándar, dividida según el número de calificaciones en cada nivel: { $standards }.
board-na = N/A
board-unrated = Sin calificar
board-methods = Métodos
board-descriptive = La implementación junto al impacto es descriptiva, no causal: las cifras dicen dónde están las escuelas, no qué lo causó.
board-methods-community = Una escuela comunitaria es una escuela evaluada que cumple los criterios del nivel base (un coordinador, un equipo de liderazgo que decide en conjunto, un diagnóstico de necesidades y fortalezas completo) en su última evaluación entregada; es nueva si no los cumplía hace un año, y se mantiene si ya los cumplía.
board-methods-suppression = Los grupos pequeños nunca se muestran: se suprime toda cifra de un grupo de estudiantes con menos de { $n } estudiantes, con supresión complementaria cuando podría deducirse del total y de los demás. Las cifras por grupo de estudiantes de este informe se suman sobre las escuelas solo a partir de cifras que pueden mostrarse.
board-methods-missing = Escuelas comunitarias sin datos de resultados suficientes para un veredicto: { $missing } de { $community } (fuera del denominador del impacto equitativo).

## Rule what-if flags (rollup --impact-share, --impact-min-indicators)
outcomes-min-indicators-range = el mínimo de indicadores debe ser un número entero de 1 a { $high }; se encontró { $found }
outcomes-impact-what-if = QUÉ PASARÍA SI: aquí el impacto equitativo se juzga con otros parámetros que la regla declarada de Touchstone (una tolerancia de 1 punto, al menos la mitad de los indicadores con datos suficientes, datos suficientes de al menos 2).
cli-help-rollup-impact-share = Qué pasaría si: una escuela demuestra impacto equitativo cuando cumple esta proporción de los indicadores de los que tiene datos suficientes (0.5 o 50%); el resultado dice "qué pasaría si"
cli-help-rollup-impact-min-indicators = Qué pasaría si: el mínimo de indicadores con datos suficientes para un veredicto, de 1 a 3; el resultado dice "qué pasaría si"

## `touchstone targets` and the scorecard of the headline measures
scorecard-community = Escuelas comunitarias
scorecard-fully = % de escuelas comunitarias que implementan por completo
scorecard-impact = % de escuelas comunitarias que demuestran un impacto equitativo
targets-network = toda la red
targets-bad-year = el año debe ser un año de 1990 a 2200 (2026) o un año escolar (2025-26); se encontró { $found }
targets-bad-count = una meta de escuelas comunitarias es un número entero de escuelas (120); se encontró { $found }
targets-bad-percent = una meta de esta medida es un porcentaje de 0 a 100, escrito 60% o 0.6; se encontró { $found }
targets-unknown-district = ninguna escuela de aquí está en el distrito { $district }; los distritos son: { $known }
targets-no-districts = ninguna escuela de aquí está en el distrito { $district }; ninguna escuela de aquí tiene distrito todavía
targets-set = Meta fijada: { $measure }, { $scope }, { $year }: { $value }.
targets-was = (Era { $value }.)
targets-cleared = Meta borrada: { $measure }, { $scope }, { $year }.
targets-none-to-clear = no hay ninguna meta de { $measure }, { $scope }, { $year } que borrar (touchstone targets las lista)
targets-none = Todavía no hay metas. Fije una con: touchstone targets set fully_implementing 60% --year 2026
targets-measure = Medida
targets-district = Distrito
targets-year = Año
targets-target = Meta
scorecard-heading = Cuadro de resultados ({ $period } frente a un año antes):
scorecard-period = Año
scorecard-prior = Anterior
scorecard-current = Actual
scorecard-change = Cambio
scorecard-gap = Distancia a la meta
scorecard-trend = Tendencia
scorecard-met = alcanzada
scorecard-none = —
scorecard-trend-periods = { $arrow } { $periods ->
    [one] { $periods } año
   *[other] { $periods } años
}
scorecard-explained = Anterior es el valor de un año antes; el cambio es el actual menos el anterior (en puntos porcentuales para los porcentajes); la distancia es la meta menos el valor actual; la tendencia es hacia dónde se movió la medida a lo largo de los años y durante cuántos años seguidos (con --trend year: cada año; si no, desde el año anterior).
cli-help-targets = Metas de las tres medidas principales, para la red o un distrito, por año
cli-help-targets--after =
    Ejemplos:
    {"  "}touchstone targets
    {"  "}touchstone targets set community_schools 120 --year 2026
    {"  "}touchstone targets set fully_implementing 60% --year 2026 --district North
    {"  "}touchstone targets clear equitable_impact --year 2026
cli-help-targets-list = Cada meta con su medida, su distrito y su año
cli-help-targets-list-json = Imprimir JSON
cli-help-targets-set = Fijar una meta (reemplaza la de la misma medida, distrito y año)
cli-help-targets-set-measure = community_schools, fully_implementing o equitable_impact
cli-help-targets-set-value = Un número de escuelas comunitarias, o un porcentaje (60% o 0.6)
cli-help-targets-set-year = El año de la meta (2026; un año escolar 2025-26 es el año en que termina)
cli-help-targets-set-district = Solo para este distrito [predeterminado: toda la red]
cli-help-targets-clear = Borrar una meta
cli-help-targets-clear-measure = community_schools, fully_implementing o equitable_impact
cli-help-targets-clear-year = El año de la meta
cli-help-targets-clear-district = El distrito de la meta [predeterminado: toda la red]

## The board report's outcome sections
board-scorecard-title = Las tres medidas a lo largo de los años, con sus metas
board-scorecard-desc = Líneas de la proporción de escuelas comunitarias que implementan por completo y de las que demuestran un impacto equitativo al final de cada año, con las metas de la red marcadas con guiones: { $points }.
board-legend-fully = implementan por completo
board-legend-impact = impacto equitativo
board-target = Meta
board-year = Año
board-outcomes-title = Indicadores de resultados: la red y la dispersión de sus escuelas
board-outcomes-intro = Para todos los estudiantes, cada año escolar: el valor de la red sumado sobre sus escuelas (el punto) y cómo se reparten los valores de cada escuela: la mitad central de las escuelas en la caja, del percentil 10 al 90 en la línea, la mediana como barra. { $schools } escuelas tienen cifras de resultados que pueden mostrarse; ninguna escuela se lista una por una.
board-outcome-desc = { $measure }, cada año escolar: el valor de la red, con la dispersión de los valores de las escuelas en la tabla: { $points }.
board-network = Red
board-schools = Escuelas
board-p10 = Percentil 10
board-p25 = Percentil 25
board-median = Mediana
board-p75 = Percentil 75
board-p90 = Percentil 90
board-no-outcomes = Todavía no hay cifras de resultados que puedan mostrarse: impórtelas con touchstone outcomes import.
board-equity-title = Equidad: cada grupo de estudiantes junto a todos los estudiantes
board-equity-intro = El valor de cada grupo sumado sobre las escuelas donde puede mostrarse (un grupo de menos de { $n } estudiantes, y cualquier grupo ocultado con él, no cuenta en ninguna parte), en { $baseline } y { $current }, con su brecha respecto de todos los estudiantes (el valor del grupo menos el de todos los estudiantes del mismo año).
board-equity-desc = { $measure }: el valor de cada grupo de estudiantes en { $baseline } (círculo vacío) y { $current } (círculo lleno): { $points }.
board-group = Grupo de estudiantes
board-change = Cambio
board-gap = Brecha respecto de todos los estudiantes, { $year }
board-cross-title = La implementación junto al impacto (descriptivo, no causal)
board-cross-intro = Escuelas comunitarias según si implementan por completo los estándares y si demuestran un impacto equitativo. Esto describe dónde están las escuelas a la vez; no dice que la implementación cause el impacto, ni al revés.
board-cross-fully = Implementan por completo
board-cross-not-fully = No implementan por completo
board-cross-demonstrates = Demuestran impacto equitativo
board-cross-share = % que lo demuestran, de las que tienen datos suficientes
board-cross-does-not = No lo demuestran
board-cross-not-enough = Datos insuficientes
board-cross-total = Escuelas comunitarias
board-methods-definitions = Definiciones
board-methods-pooled = El valor de la red de una tasa se calcula sumando los conteos de todas sus escuelas y dividiendo después; su crecimiento es el promedio de los percentiles de crecimiento medianos de las escuelas, ponderado por sus estudiantes; su matrícula es la suma. Solo se cuentan las cifras que pueden mostrarse.
board-methods-missing-title = Escuelas comunitarias sin datos de resultados suficientes: { $count }
board-methods-missing-none = Todas las escuelas comunitarias tienen datos de resultados suficientes para un veredicto.
board-methods-missing-more = … y { $count } más (por distrito y nombre; touchstone schools lista todas las escuelas).
outcomes-group-all = Todos los estudiantes
outcomes-group-econ-disadvantaged = En desventaja económica
outcomes-group-students-with-disabilities = Estudiantes con discapacidades
outcomes-group-english-learners = Estudiantes de inglés
outcomes-group-american-indian = Indígenas americanos o nativos de Alaska
outcomes-group-asian = Asiáticos
outcomes-group-black = Negros o afroamericanos
outcomes-group-hispanic = Hispanos o latinos
outcomes-group-pacific-islander = Nativos de Hawái o de otras islas del Pacífico
outcomes-group-white = Blancos
outcomes-group-two-or-more = De dos o más razas
outcomes-group-foster = Estudiantes en hogares de acogida
outcomes-group-homeless = Estudiantes sin hogar
outcomes-group-military = Estudiantes de familias militares
outcomes-group-migrant = Estudiantes migrantes
