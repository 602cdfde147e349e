# The 2024 "Ségur pour tous" allowance (238 € gross full time, accord of 4 June 2024) extended to the BAD from
# 2027-01-01 (examples/proposals/allowance-2024-bad.toml): a new parameter and a new measure whose rule includes the
# employer type "bad" — the law's Ségur measures all exclude it (avenant 43 instead).
#   Marie (examples/avs-saad.toml, 130 h): 238 × 130 / 151.67 = 30 940 / 151.67 = 203.9955 → 204.00
#   gross 1 957.46 (see scenario-point.t) + 204.00 = 2 161.46
$ revalo compare --profile examples/avs-saad.toml --scenario examples/proposals/allowance-2024-bad.toml --at 2027-01-01
~ Indemnité Ségur étendue à la BAD (proposition) [scénario]               —        204,00 €       +204,00 €
~ Salaire brut                                              1 957,46 €      2 161,46 €       +204,00 €
$ revalo scenario show examples/proposals/allowance-2024-bad.toml
~ - scenario.bad.indemnite_2024 — Indemnité « Ségur pour tous » étendue à la BAD (proposition), brut mensuel à temps plein, à partir du 2027-01-01 : (pas de valeur dans la loi) → 238,00 €
~ Mesures ajoutées :
~ - segur-2024-bad — Indemnité de l'accord du 4 juin 2024 étendue à la BAD (proposition)
# Under the law alone, a BAD payslip has no Ségur line.
$ revalo pay --profile examples/avs-saad.toml --at 2027-01-01
~ Salaire brut                                                                              1 957,46 €
