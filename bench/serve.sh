#!/usr/bin/env bash
# serve's rebuilds: for each Broadsheet binary in turn, starts `serve` on a generated archive with its own theme folder,
# waits for the first build, then saves, one at a time, the kinds of change an editor makes while serve runs, and reads
# how long each rebuild took from serve's "built N pages in T" line. Medians per binary and kind at the end.
#
#   bench/serve.sh NEW.dll [OLD.dll ...]
#
# Environment:
#   N        articles in the corpus (made with generate-corpus.py, seed 20261126)   (default 10000)
#   ROUNDS   rounds per binary, alternating between binaries                       (default 3)
#   WORK     where the corpus copies and logs go                                   (default /tmp/broadsheet-serve-bench)
#   PORT     the first port to serve on                                            (default 18400)
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
N="${N:-10000}"
ROUNDS="${ROUNDS:-3}"
WORK="${WORK:-/tmp/broadsheet-serve-bench}"
PORT="${PORT:-18400}"
[ "$#" -ge 1 ] || { echo "usage: bench/serve.sh NEW.dll [OLD.dll ...]" >&2; exit 2; }

mkdir -p "$WORK"
[ -d "$WORK/corpus/site-content" ] || python3 "$BENCH/generate-corpus.py" --articles "$N" --seed 20261126 --out "$WORK/corpus"
RAW="$WORK/raw.tsv"
printf 'binary\tround\tchange\tseconds\n' > "$RAW"

# wait_built LOG COUNT: waits until LOG has COUNT lines saying a build ended; prints the last one's seconds.
wait_built() {
  local i
  for i in $(seq 1 1200); do
    if grep -q 'the build failed' "$1"; then
      echo "a rebuild failed; serve's log:" >&2
      cat "$1" >&2
      exit 1
    fi
    if [ "$(grep -cE 'built [0-9]+ pages in' "$1")" -ge "$2" ]; then
      grep -E 'built [0-9]+ pages in' "$1" | sed -n "${2}p" | sed -E 's/.* in ([0-9.]+) s.*/\1/'
      return 0
    fi
    sleep 0.1
  done
  echo "serve did not finish build $2; its log:" >&2
  cat "$1" >&2
  exit 1
}

for round in $(seq 1 "$ROUNDS"); do
  i=0
  for dll in "$@"; do
    i=$((i + 1))
    dir="$WORK/b$i"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$WORK/corpus/site-content" "$dir/src"
    cp -r "$REPO/templates" "$dir/theme"
    log="$dir/serve.log"
    port=$((PORT + i))
    dotnet "$dll" serve --source "$dir/src" --templates "$dir/theme" --port "$port" > "$log" 2>&1 &
    pid=$!
    builds=1
    t="$(wait_built "$log" $builds)"
    printf '%s\t%s\t%s\t%s\n' "$i" "$round" "first build" "$t" >> "$RAW"

    article="$(find "$dir/src/articles" -name '*.md' | sort | sed -n "$((N / 2))p")"
    change() {  # change NAME: after the edit just made, waits for the rebuild and records it
      sleep 0.5
      builds=$((builds + 1))
      t="$(wait_built "$log" $builds)"
      printf '%s\t%s\t%s\t%s\n' "$i" "$round" "$1" "$t" >> "$RAW"
      echo "binary $i round $round: $1 $t s" >&2
    }
    echo "One more line at the end of the body." >> "$article"; change "body edit"
    sed -i '0,/^title: /s/^title: .*$/title: "A revised headline"/' "$article"; change "title edit"
    echo "/* a theme edit */" >> "$dir/theme/assets/style.css"; change "stylesheet edit"
    sed -i 's|</footer>|<!-- a template edit --></footer>|' "$dir/theme/article.html"; change "template edit"
    printf '\n# a comment\n' >> "$dir/src/site.yml"; change "site.yml edit"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
done

echo
python3 - "$RAW" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
keys = list(dict.fromkeys((r["binary"], r["change"]) for r in rows))
print("| binary | change | median s | runs |")
print("| --- | --- | ---: | ---: |")
for binary, change in sorted(keys, key=lambda k: int(k[0])):
    times = [float(r["seconds"]) for r in rows if (r["binary"], r["change"]) == (binary, change)]
    print(f"| {binary} | {change} | {statistics.median(times):.2f} | {len(times)} |")
PY
