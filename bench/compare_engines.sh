#!/usr/bin/env bash
# Compares the batch output of two revalo binaries, byte for byte, on a generated corpus: every avenant 43 position
# and old category, seniority 0–40, four working times, six diploma levels, at every date a BAD, SMIC or
# contribution parameter changes (from the grid files), plus a comparison across avenant 43 and a --point scenario.
# Used when the engine changes (README, "Performance"): the reference is the binary of the commit before.
#
#   bench/compare_engines.sh OLD_REVALO NEW_REVALO
set -euo pipefail
old=$1 new=$2
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk 'BEGIN {
  split("employe tam cadre", cat, " "); split("A B C D E F G H I", oldcat, " ");
  split(",0.8,,", fte, ","); split(",,121.34,75.835", hours, ",");
  print "position,old_position,seniority,diploma_level,fte,hours";
  k = 0;
  for (c = 1; c <= 3; c++) for (d = 1; d <= 2; d++) for (e = 1; e <= 3; e++) {
    for (s = 0; s <= 40; s++) for (w = 1; w <= 4; w++)
      printf "%s.%d.%d,%s,%d,%d,%s,%s\n", cat[c], d, e, oldcat[k % 9 + 1], s, 3 + s % 6, fte[w], hours[w];
    k++;
  }
}' > "$work/corpus.csv"
rows=$(($(wc -l < "$work/corpus.csv") - 1))

# Every dated change of the BAD, common and net grids from 2020 on (the SMIC table starts then).
dates=$(grep -rhoE '^from *= *"?[0-9]{4}-[0-9]{2}-[0-9]{2}' grids/bad grids/common grids/net |
        grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' | awk '$0 >= "2020-01-01"' | sort -u)

differ=0
run() {  # run NAME ARGS…: both binaries on the corpus, outputs compared
  local name=$1; shift
  "$old" batch "$work/corpus.csv" --convention bad "$@" >"$work/old.$name" 2>"$work/old.$name.err" || true
  "$new" batch "$work/corpus.csv" --convention bad "$@" >"$work/new.$name" 2>"$work/new.$name.err" || true
  if cmp -s "$work/old.$name" "$work/new.$name" && cmp -s "$work/old.$name.err" "$work/new.$name.err"; then
    echo "same      $name ($rows rows, $(grep -c "ligne [0-9]* :" "$work/new.$name" || true) error rows)"
  else
    echo "DIFFERENT $name"; diff "$work/old.$name" "$work/new.$name" | head -5; differ=1
  fi
}
for d in $dates; do run "at-$d" --at "$d"; done
run measure-avenant43 --measure avenant43
run point-6.00 --at 2026-06-01 --point 6.00
run headcount --at 2026-06-01 --headcount 120 --taux-at 3.5
run jsonl --at 2024-01-01 --format jsonl
run csv-fr --at 2024-01-01 --csv-fr
# Ten times the corpus, so that a batch computes it in several lanes side by side (chunks of 4 096 rows).
{ head -1 "$work/corpus.csv"; for i in 1 2 3 4 5 6 7 8 9 10; do tail -n +2 "$work/corpus.csv"; done; } > "$work/large.csv"
mv "$work/large.csv" "$work/corpus.csv"
rows=$(($(wc -l < "$work/corpus.csv") - 1))
run large-at-2026-06-01 --at 2026-06-01
run large-measure-avenant43 --measure avenant43
exit $differ
