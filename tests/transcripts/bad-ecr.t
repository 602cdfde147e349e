# ECR of art. III.19 with part time, flat and hourly elements. examples/tisf-nuit.toml on 2024-03-01:
# TAM 1.3 = 404, point 5.77 → full-time base 2 331.08 €; fte 0.8.
#   base        2 331.08 × 0.8 = 1 864.864 → 1 864.86
#   diplôme     niveau 4 = 12 pts × 5.77 = 69.24 × 0.8 = 55.392 → 55.39
#   ancienneté  12 years → 4 %: 2 331.08 × 0.8 × 4 % = 74.59456 → 74.59
#   dimanche    14 h × 2 331.08 / 151.67 × 45 % = 96.826… → 96.83 (hours worked: not prorated)
#   astreinte   ouvrable non fractionnée 8 pts / 24 h × 48 h = 16 pts × 5.77 = 92.32
#   gross       1 864.86 + 55.39 + 74.59 + 96.83 + 92.32 = 2 183.99
$ revalo pay --profile examples/tisf-nuit.toml --at 2024-03-01 --format csv
~ base,Salaire de base,earning,404,coefficient,5.77,EUR/point,1864.86,
~ ecr_diploma,ECR diplôme (niveau 4),earning,12,points,5.77,EUR/point,55.39,
~ ecr_seniority,ECR ancienneté (4 %),earning,1864.86,EUR,4,%,74.59,
~ ecr_sunday_holiday,ECR travail du dimanche et des jours fériés,earning,14,hours,
~ ,96.83,inferred,
~ ecr_on_call_ouvrable,ECR astreinte (ouvrable),earning,48,hours,8,points/24h,92.32,
~ gross,Salaire brut,total,,,,,2183.99,,

# Flat ECR are not prorated; cadre ECR are. examples/coordinatrice-ssiad.toml on 2024-03-01, full time:
# cadre 1.2 = 507 × 5.77 = 2 925.39; diplôme niveau 6 = 15 × 5.77 = 86.55; ancienneté 18 years → 8 %:
# 2 925.39 × 8 % = 234.0312 → 234.03; tutorat 1 person = 7 × 5.77 = 40.39; places 45 → 18 pts × 5.77 = 103.86.
# gross 2 925.39 + 86.55 + 234.03 + 40.39 + 103.86 = 3 390.22
$ revalo pay --profile examples/coordinatrice-ssiad.toml --at 2024-03-01 --format csv
~ ecr_tutoring,ECR tutorat (1 personne(s)),earning,7,points,5.77,EUR/point,40.39,
~ ecr_cadre_places,ECR cadre nombre de places,earning,18,points,5.77,EUR/point,103.86,
~ gross,Salaire brut,total,,,,,3390.22,,
# Same at half time with two tutored people: tutorat 7 + 2 = 9 pts × 5.77 = 51.93 (flat);
# places 18 × 5.77 × 0.5 = 51.93 (prorated); base 2 925.39 × 0.5 = 1 462.695 → 1 462.70.
$ revalo pay --profile examples/coordinatrice-ssiad.toml --fte 0.5 --tutored 2 --at 2024-03-01 --format csv
~ base,Salaire de base,earning,507,coefficient,5.77,EUR/point,1462.70,
~ ecr_tutoring,ECR tutorat (2 personne(s)),earning,9,points,5.77,EUR/point,51.93,
~ ecr_cadre_places,ECR cadre nombre de places,earning,18,points,5.77,EUR/point,51.93,

# Maître d'apprentissage: 11 pts (+2 for a second apprentice), flat. 2 apprentices: 13 × 5.77 = 75.01.
$ revalo pay --convention bad --position employe.2.3 --seniority 0 --apprentices 2 --at 2024-03-01 --format csv
~ ecr_apprenticeship_master,ECR maître d'apprentissage (2 personne(s)),earning,13,points,5.77,EUR/point,75.01,

# Night work: 5 % of the hourly rate. Employé 2.1 on 2024-03-01: 344 × 5.77 = 1 984.88; 20 night hours:
# 20 × 1 984.88 / 151.67 × 5 % = 13.088… → 13.09
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --night-hours 20 --at 2024-03-01 --format csv
~ ecr_night,ECR travailleur de nuit,earning,20,hours,
~ ,13.09,inferred,

# The text leaves exactly 300 ETP uncovered for the ECR responsabilité ("50–299: 80; plus de 300: 122"):
# revalo says so instead of guessing.
$ revalo pay --convention bad --position cadre.2.1 --seniority 0 --etp 300 --at 2024-03-01
! ne donne pas de valeur pour 300
? 4
# 45 ETP → 54 points × 5.77 = 311.58
$ revalo pay --convention bad --position cadre.2.1 --seniority 0 --etp 45 --at 2024-03-01 --format csv
~ ecr_cadre_responsibility,ECR cadre responsabilité,earning,54,points,5.77,EUR/point,311.58,
# A cadre ECR criterion on a non-cadre position is an input error.
$ revalo pay --convention bad --position employe.2.1 --seniority 0 --etp 45 --at 2024-03-01
! n'est pas une position cadre
? 3
