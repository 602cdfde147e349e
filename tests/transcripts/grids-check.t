# revalo grids check: the embedded grids pass; each broken sample of tests/grids-check fails with a located message.
$ revalo grids check
~ 0 erreur(s)
$ revalo grids check tests/grids-check/gap
~ tests/grids-check/gap/gap.toml:17: erreur : test.rate : aucune valeur du 2025-01-01 au 2025-05-31
? 5
$ revalo grids check tests/grids-check/jump
~ tests/grids-check/jump/jump.toml:16: erreur : test.point : saut suspect de 5.77 à 57.7 le 2025-01-01
? 5
$ revalo grids check tests/grids-check/decreasing
~ erreur : test.coefficient (depuis le 2024-01-01) : x.1.3 (310) est inférieur à x.1.2 (320)
~ erreur : test.coefficient [Z] (depuis le 2024-01-01) : le coefficient baisse de l'année 2 (272) à l'année 3 (271)
? 5
$ revalo grids check tests/grids-check/badref
~ tests/grids-check/badref/jobs.toml:10: erreur : emploi test-job : position 'intervention.employe.3' inconnue de la grille bad.a43.coefficient
? 5
