# revalo eligibility: for a profile and a date, each Ségur measure applies, does not apply or is undecidable, with its
# reason and legal text; then the one allowance paid (no cumul). Machine keys in docs/output.md.

# JSON: an éducateur of a CCN 66 foyer on 2022-05-01 (S5: 238 € from 2022-04-01).
$ revalo eligibility --convention ccn66 --structure foyer --job es --at 2022-05-01 --format json
~   "context_notes": ["Type d'employeur « Privé non lucratif (BASS) » déduit de Convention collective « CCN 66 (Nexem) »"],
~     {"id": "conference-metiers", "label": "Conférence des métiers : CTI de 49 points (public) et indemnité métiers socio-éducatifs de 238 € (privé non lucratif)", "outcome": "applies", "since": "2022-04-01", "row": "S5",
~      "amount": 238.00, "amount_unit": "EUR", "amount_eur": 238.00, "amount_missing": null, "paid": true, "not_paid": null,
~   "paid": "conference-metiers",
~   "blocked": null

# --explain adds the URL and the confidence of every rule shown.
$ revalo eligibility --convention ccn66 --structure foyer --job es --at 2022-05-01 --explain
~   texte : Accord Axess du 02/05/2022 (signé par la CFDT), art. 4; agréé par arrêté du 17/06/2022 (JO 23/06/2022), étendu par arrêté du 12/07/2022 — https://www.cornillier-avocats.com/larrete-dagrement-de-laccord-axess-du-2-mai-2022/
~   confiance H

# A profile file works as for pay (examples/as-ehpad-public.toml: P1, 49 points on 2021-01-01 = 229.62).
$ revalo eligibility --profile examples/as-ehpad-public.toml --at 2021-01-01 --format csv
~ 2021-01-01,segur-cti,applies,2020-09-01,P1,49,points,229.62,yes,,

# Unknown values get suggestions (aliases included); a family is not a job; exit 3.
$ revalo eligibility --structure foyr --at 2022-05-01
! valeur inconnue pour structure : « foyr » ; valeurs connues les plus proches : foyer-handicap,
? 3
$ revalo eligibility --job "aide soignnate" --at 2022-05-01
! valeur inconnue pour job : « aide soignnate » ; valeurs connues les plus proches : aide-soignant,
? 3
$ revalo eligibility --job soignant --at 2022-05-01
! job « soignant » est un groupe (Soignants (filières infirmière, de rééducation, médico-technique)), pas une valeur : donnez l'un de ses membres : aide-soignant, infirmier,
? 3
# A convention that implies another employer type than the one given.
$ revalo eligibility --convention ccn51 --employer commercial --at 2022-05-01
! convention « ccn51 » implique employer « non-lucratif », pas « commercial »
? 3
$ revalo eligibility --segur maybe --at 2022-05-01
! segur : « maybe » n'est pas applied ou not-applied
? 3
$ revalo eligibility --structure ehpad
! eligibility demande une date : --at JJ/MM/AAAA
? 2

# compare --measure with a Ségur measure that never applies to the profile, or an unknown measure.
$ revalo compare --profile examples/es-foyer.toml --measure segur-cti
! la mesure segur-cti ne s'applique jamais à ce profil
? 3
$ revalo compare --profile examples/es-foyer.toml --measure laforcad
! mesure inconnue : « laforcad » ; mesures connues : laforcade,
? 3
# batch dates a Ségur measure person by person (see batch.t); for BAD rows it never applies, so each row says so.
$ revalo batch tests/batch/staff.csv --convention bad --measure segur-cti --keep matricule
~ ligne 2 : la mesure segur-cti ne s'applique jamais à ce profil
? 7
# revalo has no grid for the CCN 65: its base is given with --base.
$ revalo pay --convention ccn65 --status prive --at 2022-05-01
! revalo n'a pas de grille pour la convention « ccn65 » : donnez le salaire de base de la personne avec --base MONTANT et --status
? 2
# A public employer type goes with a public status (and the reverse).
$ revalo pay --status prive --employer fph --structure ehpad --job as --base 2000 --at 2022-01-01
! l'employeur fph (Fonction publique hospitalière (FPH)) ne va pas avec le statut prive
? 3
