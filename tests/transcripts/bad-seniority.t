# ECR ancienneté steps open the day after the anniversary (art. III.19.1: "2 % from 5 years + 1 day").
# Employé 2.1 on 2024-03-01 and 2024-03-02, hired 2019-03-01: the 5th anniversary is 2024-03-01.
# 2024-03-01: 0 % (no line). 2024-03-02: 2 % × 344 × 5.77 = 1 984.88 × 2 % = 39.6976 → 39.70 €.
$ revalo pay --convention bad --position employe.2.1 --hired 2019-03-01 --at 2024-03-01 --format csv
~ gross,Salaire brut,total,,,,,1984.88,,
$ revalo pay --convention bad --position employe.2.1 --hired 2019-03-01 --at 2024-03-02 --format csv
~ ecr_seniority,ECR ancienneté (2 %),earning,1984.88,EUR,2,%,39.70,
# A seniority given in completed years is taken as past the anniversary: 5 → 2 %; 4.9 → 0 %.
$ revalo pay --convention bad --position employe.2.1 --seniority 5 --at 2024-03-01 --format csv
~ ecr_seniority,ECR ancienneté (2 %),earning,1984.88,EUR,2,%,39.70,
$ revalo pay --convention bad --position employe.2.1 --seniority 4.9 --at 2024-03-01 --format csv
~ gross,Salaire brut,total,,,,,1984.88,,
# 31 years → 20 % (the last step, from 30 years + 1 day): 1 984.88 × 20 % = 396.976 → 396.98 €.
$ revalo pay --convention bad --position employe.2.1 --seniority 31 --at 2024-03-01 --format csv
~ ecr_seniority,ECR ancienneté (20 %),earning,1984.88,EUR,20,%,396.98,
# Old grid: the next coefficient applies from the anniversary itself (old art. III.5). Category C, hired
# 2014-03-01: on 2021-03-01, 7 completed years → year 8 → 325; on 2021-02-28, year 7 → 321.
$ revalo pay --convention bad --position C --hired 2014-03-01 --at 2021-03-01 --format csv
~ base,Salaire de base,earning,325,coefficient,
$ revalo pay --convention bad --position C --hired 2014-03-01 --at 2021-02-28 --format csv
~ base,Salaire de base,earning,321,coefficient,
