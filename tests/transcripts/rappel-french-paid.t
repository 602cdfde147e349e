# A paid file written the French way (tests/rappel/paid-fr.csv): `Mois;Brut;Net payé`, months MM/AAAA, amounts
# "1 778,10 €" and "1778,10". The same back pay as rappel.t (paid 1 778.10 each month; due 1 778.10, 1 781.33,
# 1 781.33: differences 0.00, +3.23, +3.23, total +6.46); months and the claim date written the French way too.
$ revalo rappel --profile examples/avs-saad.toml --from 12/2021 --to 02/2022 --paid tests/rappel/paid-fr.csv --claim-date 01/04/2022
~ 2021-12         1 778,10 €      1 778,10 €        0,00 €
~ 2022-01         1 781,33 €      1 778,10 €       +3,23 €
~ 2022-02         1 781,33 €      1 778,10 €       +3,23 €
~ Total de l'écart brut : +6,46 € (somme des écarts mensuels)
$ a=$(revalo rappel --profile examples/avs-saad.toml --from 12/2021 --to 02/2022 --paid tests/rappel/paid-fr.csv --claim-date 01/04/2022 --format csv); b=$(revalo rappel --profile examples/avs-saad.toml --from 2021-12 --to 2022-02 --paid tests/rappel/avs-paid-at-5.50.csv --claim-date 2022-04-01 --format csv); test "$a" = "$b" && echo identiques
| identiques
