# « Ségur pour tous » (accord du 04/06/2024, agréé 25/06/2024, étendu 05/08/2024): 238 € brut
# for every BASS employee not yet covered by a Ségur, Laforcade or Conférence des métiers measure, from 2024-01-01 for
# Axess members; for non-members, 2024-01-01 or the extension (published 2024-08-06): U. Apprentices and contrats aidés:
# disputed (U). Not a cumul.

# Eligible: the secretary of a CCN 66 foyer, employer member of Axess, 2024-02-01; base 1 750: gross 1 988.00.
$ revalo eligibility --convention ccn66 --structure foyer-handicap --job secretaire --axess-member yes --at 2024-02-01 --format csv
~ 2024-02-01,segur-pour-tous-2024,applies,2024-01-01,S7,238.00,EUR,238.00,yes,,
$ revalo pay --status prive --convention ccn66 --structure foyer-handicap --job secretaire --axess-member yes --base 1750 --at 2024-02-01 --format csv
~ 2024-02-01,base,segur_allowance,Indemnité Ségur (accord du 4 juin 2024),earning,238.00,EUR,,,238.00,,
~ 2024-02-01,base,gross,Salaire brut,total,,,,,1988.00,,
# Not a member: undecidable before the extension, applies after it (whatever the membership).
$ revalo eligibility --convention autre-bass --structure chrs --job secretaire --axess-member no --at 2024-02-01 --format csv
~ 2024-02-01,segur-pour-tous-2024,undecidable,,S7,238.00,EUR,238.00,no,,
$ revalo eligibility --convention autre-bass --structure chrs --job secretaire --at 2024-09-01 --format csv
~ 2024-09-01,segur-pour-tous-2024,applies,2024-08-06,S7,238.00,EUR,238.00,yes,,
# An apprentice: disputed.
$ revalo eligibility --convention ccn66 --structure foyer-handicap --job secretaire --axess-member yes --contract apprenti --at 2024-02-01 --format csv
~ 2024-02-01,segur-pour-tous-2024,undecidable,,S7,

# Near miss: the foyer's éducateur has had the Conférence des métiers allowance since 2022-04-01: no cumul.
$ revalo eligibility --convention ccn66 --structure foyer-handicap --job educateur-specialise --at 2024-09-01
~   ne s'applique pas : réservée aux salariés qu'aucune autre mesure ne couvre : déjà couvert par conference-metiers (pas de cumul)
~ Mesure versée : conference-metiers (une seule indemnité Ségur, pas de cumul)
