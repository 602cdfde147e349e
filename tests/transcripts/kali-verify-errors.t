# `revalo grids verify`: a KALI file that cannot be read or is not a KALI convention, or an unknown grid, is an
# input error (exit code 3, README "Exit codes"), with nothing on standard output.
$ revalo grids verify --kali tests/kali/no-such-file.json
! tests/kali/no-such-file.json : fichier KALI illisible
? 3

$ revalo grids verify --kali tests/kali/grids-changed/bad/a43-grid.toml
! tests/kali/grids-changed/bad/a43-grid.toml : JSON illisible
? 3

$ revalo grids verify --kali tests/kali/avenant51.json --grid ccn65
! grille inconnue : ccn65 (voir revalo grids list)
? 3

# l'option --kali est obligatoire (usage error, exit code 2).
$ revalo grids verify
! l'option --kali est obligatoire
? 2
