# The public CTI follows the point d'indice; a private non-profit allowance does not.
# Point d'indice: 56.2323 € until 2022-06-30, 58.2004 € from 2022-07-01 (décret 2022-994), 59.0734 € from 2023-07-01
# (décret 2023-519).

# The aide-soignante of examples/as-ehpad-public.toml (IM 380, 49 points of CTI):
#   2022-06-30: TIB 380 × 56.2323 / 12 = 1 780.6895 → 1 780.69; CTI 49 × 56.2323 / 12 = 229.615225 → 229.62
#   2022-07-01: TIB 380 × 58.2004 / 12 = 22 116.152 / 12 = 1 843.0127 → 1 843.01 (+62.32);
#               CTI 49 × 58.2004 / 12 = 2 851.8196 / 12 = 237.651633 → 237.65 (+8.03)
$ revalo compare --profile examples/as-ehpad-public.toml --before 2022-06-30 --after 2022-07-01 --format csv
~ tib,Traitement indiciaire brut,2022-06-30,2022-07-01,1780.69,1843.01,62.32
~ cti,Complément de traitement indiciaire (CTI),2022-06-30,2022-07-01,229.62,237.65,8.03
#   2023-07-01: TIB 380 × 59.0734 / 12 = 22 447.892 / 12 = 1 870.6577 → 1 870.66 (+27.65);
#               CTI 49 × 59.0734 / 12 = 2 894.5966 / 12 = 241.216383 → 241.22 (+3.57)
$ revalo compare --profile examples/as-ehpad-public.toml --before 2023-06-30 --after 2023-07-01 --format csv
~ tib,Traitement indiciaire brut,2023-06-30,2023-07-01,1843.01,1870.66,27.65
~ cti,Complément de traitement indiciaire (CTI),2023-06-30,2023-07-01,237.65,241.22,3.57

# The éducateur of examples/es-foyer.toml (CCN 66, S5): 238 € on both sides of each point change.
$ revalo compare --profile examples/es-foyer.toml --before 2022-06-30 --after 2022-07-01 --format csv
~ segur_allowance,Indemnité mensuelle métiers socio-éducatifs,2022-06-30,2022-07-01,238.00,238.00,0.00
$ revalo compare --profile examples/es-foyer.toml --before 2023-06-30 --after 2023-07-01 --format csv
~ segur_allowance,Indemnité mensuelle métiers socio-éducatifs,2023-06-30,2023-07-01,238.00,238.00,0.00

# The +5 points of IM of 2024-01-01 do not change the CTI, which stays 49 points (M): 241.22 on 2024-01-01.
$ revalo pay --profile examples/as-ehpad-public.toml --at 2024-01-01 --format csv
~ 2024-01-01,im-380,cti,Complément de traitement indiciaire (CTI),earning,49,points,59.0734,EUR/point/year,241.22,,
