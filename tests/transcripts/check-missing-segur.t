# revalo check flags a missing Ségur line, with the rule and its legal source; exit code 8.
# Only earnings and the gross are typed: the deductions are not checked, and the output says so.

# The aide-soignante titulaire of examples/as-ehpad-public.toml (FPH, EHPAD, indice majoré 380), March 2023, checked on
# 2023-03-31. Point d'indice 58.2004 € a year from 2022-07-01 (décret 2022-994) until 2023-06-30.
#   TIB 380 × 58.2004 / 12 = 22 116.152 / 12 = 1 843.012666… → 1 843.01 (printed: OK)
#   CTI 49 × 58.2004 / 12 = 2 851.8196 / 12 = 237.651633… → 237.65: missing
#   gross expected 1 843.01 + 237.65 = 2 080.66; printed 1 843.01; difference 1 843.01 − 2 080.66 = −237.65
$ revalo check tests/payslips/public-as-2023-03-no-cti.toml
~ Traitement indiciaire brut (IM 380)                 1 843,01 €    1 843,01 €       0,00 €  OK
~ Complément de traitement indiciaire (CTI)             237,65 €             —               manquante
~     absente de la fiche, due selon les textes
~     règle : 49 points d'indice majoré × 58,2004 € (valeur annuelle du point d'indice) / 12 × temps plein = 237,65 € (mesure segur-cti, règle P1
~     source : FPH : agents non médicaux des EPS, GCS et EHPAD (y compris EHPAD rattachés à un EPS et accueils de jour) — LFSS 2021 (loi 2020-1576) art. 48; décret 2020-1152
~ (segur-cti, en vigueur depuis le 2020-09-01)
~ (net.public.point_indice_annual, en vigueur depuis le 2022-07-01)
~ Salaire brut                                        2 080,66 €    1 843,01 €    -237,65 €  diffère
~ Cotisations non vérifiées : la fiche n'en donne aucune ligne.
~ Verdict : écarts trouvés — 1 ligne(s) sur 3 conforme(s) ; 1 différente(s), 1 manquante(s), 0 inattendue(s).
? 8

# The éducateur spécialisé of examples/es-foyer.toml (CCN 66, private non-profit foyer de vie, declared full-time base
# 2 100 €), March 2023: the Conférence des métiers gives 238 € gross a month at full time from 2022-04-01; full time, so 238.00 × 1 = 238.00.
#   gross expected 2 100.00 + 238.00 = 2 338.00; printed 2 100.00; difference −238.00
$ revalo check tests/payslips/ccn66-2023-03-no-segur.toml --format csv
~ declared_base,Salaire de base,earning,ok,2100.00,2100.00,0.00,
~ segur_allowance,Indemnité mensuelle métiers socio-éducatifs,earning,missing,238.00,,,238.00,,EUR,
~ Accord Axess du 02/05/2022
~ gross,Salaire brut,total,differs,2338.00,2100.00,-238.00,
? 8
