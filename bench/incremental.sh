#!/usr/bin/env bash
# Incremental builds: for each Broadsheet binary in turn, round by round, a full build (filling an empty cache), one
# article's body edited, another edited, then a build with nothing changed; wall times, and each as a share of its round's
# full build, with the medians at the end.
#
#   bench/incremental.sh NEW.dll [OLD.dll ...]
#
# Environment:
#   N        articles in the corpus (made with generate-corpus.py, seed 20261126)   (default 10000)
#   ROUNDS   rounds per binary, alternating between binaries                       (default 3)
#   WORK     where the corpus copies, outputs and caches go                        (default /tmp/broadsheet-incremental)
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
N="${N:-10000}"
ROUNDS="${ROUNDS:-3}"
WORK="${WORK:-/tmp/broadsheet-incremental}"
[ "$#" -ge 1 ] || { echo "usage: bench/incremental.sh NEW.dll [OLD.dll ...]" >&2; exit 2; }

mkdir -p "$WORK"
[ -d "$WORK/corpus/site-content" ] || python3 "$BENCH/generate-corpus.py" --articles "$N" --seed 20261126 --out "$WORK/corpus"
RAW="$WORK/raw.tsv"
printf 'binary\tround\tbuild\twall_s\n' > "$RAW"

seconds() {  # seconds COMMAND...: runs it, prints its wall time
  local start end
  start="$(date +%s.%N)"
  "$@" >/dev/null
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

edit() {  # edit SOURCE K: appends a line to the K-th article, in path order
  echo "One more line at the end." >> "$(find "$1/articles" -name '*.md' | sort | sed -n "${2}p")"
}

for round in $(seq 1 "$ROUNDS"); do
  i=0
  for dll in "$@"; do
    i=$((i + 1))
    dir="$WORK/b$i"
    # A copy keeps the corpus' times: files changed in the two seconds before a build are read again by the next one
    # (SourceCache.RacyWindow), and a fresh copy would put every file there, as no archive being edited has them.
    [ -d "$dir/site-content" ] || { mkdir -p "$dir" && cp -a "$WORK/corpus/site-content" "$dir/"; }
    build=(dotnet "$dll" build --source "$dir/site-content" --output "$dir/out")
    rm -rf "$dir/out" "$dir/.broadsheet-cache"
    full="$(seconds "${build[@]}")"
    edit "$dir/site-content" $((800 + 1000 * round))
    first="$(seconds "${build[@]}")"
    edit "$dir/site-content" $((810 + 1000 * round))
    second="$(seconds "${build[@]}")"
    none="$(seconds "${build[@]}")"
    for pair in "full $full" "edit $first" "edit-again $second" "unchanged $none"; do
      printf '%s\t%s\t%s\t%s\n' "$dll" "$round" ${pair} >> "$RAW"
    done
    echo "$dll round $round: full $full s, edit $first s, edit again $second s, nothing changed $none s" >&2
  done
done

python3 - "$RAW" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| binary | build | runs (s) | median s | median share of the round's full build |")
print("|---|---|---|---:|---:|")
for dll in dict.fromkeys(r["binary"] for r in rows):
    full = {r["round"]: float(r["wall_s"]) for r in rows if r["binary"] == dll and r["build"] == "full"}
    for build in ("full", "edit", "edit-again", "unchanged"):
        mine = [r for r in rows if r["binary"] == dll and r["build"] == build]
        times = [float(r["wall_s"]) for r in mine]
        shares = [float(r["wall_s"]) / full[r["round"]] for r in mine]
        print(f"| `{dll}` | {build} | {', '.join(f'{t:.2f}' for t in times)} | {statistics.median(times):.2f} | "
              f"{statistics.median(shares):.3f} |")
PY
