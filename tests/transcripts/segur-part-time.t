# Part time: the public CTI is reduced like the traitement; a private allowance is pro rata of contractual working
# time. Both are prorated by --fte or --hours (over the legal 151.67 h a month, net.legal_monthly_hours).

# Public, 80 % on 2024-01-01 (point 59.0734 €):
#   TIB 380 × 59.0734 / 12 = 1 870.6577 × 0.8 = 1 496.5261 → 1 496.53
#   CTI 49 × 59.0734 / 12 = 241.216383 × 0.8 = 192.973107 → 192.97
$ revalo pay --profile examples/as-ehpad-public.toml --fte 0.8 --at 2024-01-01 --format csv
~ 2024-01-01,im-380,tib,Traitement indiciaire brut,earning,380,points,59.0734,EUR/point/year,1496.53,,
~ 2024-01-01,im-380,cti,Complément de traitement indiciaire (CTI),earning,49,points,59.0734,EUR/point/year,192.97,,

# Private non-profit, CCN 66 aide-soignante of a SSIAD (Laforcade, S4), base 1 800 € full time, 130 h a month:
#   ratio 130 / 151.67; base 1 800 × 130 / 151.67 = 234 000 / 151.67 = 1 542.8233 → 1 542.82
#   allowance 238 × 130 / 151.67 = 30 940 / 151.67 = 203.9955 → 204.00; gross 1 542.82 + 204.00 = 1 746.82
$ revalo pay --status prive --convention ccn66 --structure ssiad --job aide-soignant --base 1800 --hours 130 --at 2022-01-01 --format csv
~ 2022-01-01,base,declared_base,Salaire de base déclaré (grille de l'employeur),earning,1800.00,EUR,,,1542.82,,
~ 2022-01-01,base,segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,204.00,,
~ 2022-01-01,base,gross,Salaire brut,total,,,,,1746.82,,
# Half time: 238 × 0.5 = 119.00.
$ revalo pay --status prive --convention ccn66 --structure ssiad --job aide-soignant --base 1800 --fte 0.5 --at 2022-01-01 --format csv
~ 2022-01-01,base,segur_allowance,Indemnité mensuelle Laforcade,earning,238.00,EUR,,,119.00,,
