#!/usr/bin/env bash
# Benchmarks Broadsheet against Hugo on generated archives of several sizes.
#
#   bench/run.sh                           # N = 1000 10000 30000, 5 runs of each tool per N
#   SIZES=1000 RUNS=3 bench/run.sh         # a quick shake-out
#
# Environment:
#   SIZES    article counts to measure            (default "1000 10000 30000")
#   RUNS     builds per tool per size             (default 5)
#   SEED     corpus seed                          (default 20261126)
#   WORK     where corpora and outputs go         (default /tmp/broadsheet-bench; needs ~2 GB for 30,000)
#   LIMIT    seconds one build may take before that size is abandoned (default 600)
#   HUGO     the hugo binary                      (default /usr/bin/hugo)
#
# Builds Broadsheet once in Release, generates each corpus with bench/generate-corpus.py, then for each
# size runs Broadsheet and Hugo alternately RUNS times each into an emptied output folder, measuring wall
# time, user+sys CPU and peak RSS with GNU time. Prints a Markdown table and writes it, with the raw runs,
# to bench/results-<date>.md. A Broadsheet or Hugo build that fails stops the script with its output shown;
# one that is killed (out of memory) or exceeds LIMIT ends that size, which is reported in the table.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
SIZES="${SIZES:-1000 10000 30000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-20261126}"
WORK="${WORK:-/tmp/broadsheet-bench}"
LIMIT="${LIMIT:-600}"
HUGO="${HUGO:-/usr/bin/hugo}"
DATE="$(date +%F)"
RESULTS="$BENCH/results-$DATE.md"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\n== %s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
  say "installing GNU time"
  apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
command -v "$HUGO" >/dev/null || { echo "hugo not found at $HUGO" >&2; exit 1; }

mkdir -p "$WORK"
RAW="$WORK/raw-$DATE.tsv"
printf 'n\ttool\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\tstatus\tload_before\n' > "$RAW"
EXTRA="$WORK/extra-$DATE.tsv"     # per size and tool: pages, redirect stubs, largest page, warnings
printf 'n\ttool\tpages\tredirects\tlargest_bytes\tlargest_path\tbig_pages\twarnings\tcheck_s\n' > "$EXTRA"

say "building Broadsheet (Release)"
dotnet build "$REPO/generator" -c Release --nologo -v quiet -clp:ErrorsOnly
DLL="$(ls "$REPO"/generator/bin/Release/net*/broadsheet.dll | head -1)"
[ -f "$DLL" ] || { echo "no broadsheet.dll under generator/bin/Release" >&2; exit 1; }
COMMIT="$(git -C "$REPO" rev-parse --short HEAD)"
GEN_COMMIT="$(git -C "$REPO" log -1 --format=%h -- generator templates)"
DIRTY="$(git -C "$REPO" status --porcelain -- generator templates | wc -l)"
HUGO_VERSION="$("$HUGO" version | awk '{print $2}')"
DOTNET_VERSION="$(dotnet --version)"
echo "broadsheet $DLL (repo HEAD $COMMIT, generator last changed in $GEN_COMMIT); hugo $HUGO_VERSION; dotnet SDK $DOTNET_VERSION" >&2

# time_build TOOL N RUN OUT LOG -- command...: runs the command under GNU time and LIMIT, appends a raw row,
# and returns 0 (ok), 1 (the build failed) or 2 (killed or over the limit).
time_build() {
  local tool="$1" n="$2" run="$3" out="$4" log="$5"
  shift 5
  local tf="$WORK/time.txt" status=0 load
  rm -rf "$out" "$(dirname "$out")"/."$(basename "$out")".*
  sync
  load="$(cut -d' ' -f1 /proc/loadavg)"   # recorded: other work on the machine skews the timings
  timeout --signal=KILL "$LIMIT" /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -eq 0 ]; then
    read -r wall user sys rss < "$tf"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\tok\t%s\n' "$n" "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$load" >> "$RAW"
    printf '  %-10s N=%-6s run %s: %7.2f s wall, %7.2f s CPU, %5d MiB (load before: %s)\n' "$tool" "$n" "$run" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$load" >&2
    return 0
  fi
  if [ "$status" -eq 137 ] || [ "$status" -eq 124 ]; then
    printf '%s\t%s\t%s\t\t\t\t\tkilled\t%s\n' "$n" "$tool" "$run" "$load" >> "$RAW"
    echo "  $tool N=$n run $run: killed after ${LIMIT}s or out of memory (status $status); last output:" >&2
    tail -n 20 "$log" >&2
    return 2
  fi
  echo "  $tool N=$n run $run FAILED with exit code $status:" >&2
  cat "$log" >&2
  return 1
}

page_stats() {  # page_stats TOOL N OUT LOG CHECK_S: one row of EXTRA for a finished output
  local tool="$1" n="$2" out="$3" log="$4" check_s="$5"
  local pages redirects largest big warnings
  pages="$(find "$out" -name '*.html' | wc -l)"
  redirects="$(grep -rl --include='*.html' 'http-equiv="refresh"' "$out" | wc -l || true)"
  largest="$(find "$out" -name '*.html' -printf '%s\t%P\n' | sort -n | tail -1)"
  big="$(find "$out" -name '*.html' -size +500k -printf '%P (%s B); ' | head -c 2000)"
  warnings="$(grep -ci 'warning' "$log" || true)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$pages" "$redirects" "$largest" "${big:-none}" "$warnings" "$check_s" >> "$EXTRA"
}

abandoned=""
for n in $SIZES; do
  if [ -n "$abandoned" ]; then
    echo "skipping N=$n: a smaller size was abandoned" >&2
    printf '%s\tbroadsheet\t-\t\t\t\t\tskipped\t\n' "$n" >> "$RAW"
    continue
  fi
  dir="$WORK/n$n"
  stamp="$dir/.generated"
  want="$n $SEED $(cat "$BENCH/generate-corpus.py" $(find "$BENCH/hugo-site" -type f | sort) | md5sum | cut -c1-12)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "generating N=$n (seed $SEED) in $dir"
    python3 "$BENCH/generate-corpus.py" --articles "$n" --seed "$SEED" --out "$dir"
    echo "$want" > "$stamp"
  else
    say "N=$n: corpus in $dir is up to date"
  fi
  du -sh "$dir/site-content" >&2

  say "N=$n: $RUNS runs of each, alternating"
  for run in $(seq 1 "$RUNS"); do
    rc=0
    time_build broadsheet "$n" "$run" "$dir/out-broadsheet" "$dir/broadsheet.log" \
      dotnet "$DLL" build --source "$dir/site-content" --output "$dir/out-broadsheet" || rc=$?
    [ "$rc" -eq 1 ] && { echo "Broadsheet failed on the N=$n corpus; stopping." >&2; exit 1; }
    [ "$rc" -eq 2 ] && { abandoned="$n"; break; }
    if [ "$run" -eq 1 ] && grep -qi 'warning' "$dir/broadsheet.log"; then
      echo "  note: Broadsheet printed warnings for N=$n:" >&2
      grep -i 'warning' "$dir/broadsheet.log" | head -n 10 >&2
    fi
    rc=0
    rm -rf "$dir/hugo/resources" "$WORK/hugo-cache"
    time_build hugo "$n" "$run" "$dir/out-hugo" "$dir/hugo.log" \
      "$HUGO" --quiet --source "$dir/hugo" --destination "$dir/out-hugo" --cacheDir "$WORK/hugo-cache" || rc=$?
    [ "$rc" -eq 1 ] && { echo "Hugo failed on the N=$n corpus; stopping." >&2; exit 1; }
    [ "$rc" -eq 2 ] && break
  done
  [ -n "$abandoned" ] && continue

  # Not part of the timings: how long Broadsheet's own link check takes on its finished output
  # (build runs the same check before it swaps the output in).
  check_s="$( { /usr/bin/time -f '%e' dotnet "$DLL" check "$dir/out-broadsheet" >/dev/null; } 2>&1 | tail -1 )"
  page_stats broadsheet "$n" "$dir/out-broadsheet" "$dir/broadsheet.log" "$check_s"
  [ -d "$dir/out-hugo" ] && page_stats hugo "$n" "$dir/out-hugo" "$dir/hugo.log" ""
done

say "results"
python3 - "$RAW" "$EXTRA" "$RESULTS" "$COMMIT" "$GEN_COMMIT" "$DIRTY" "$HUGO_VERSION" "$DOTNET_VERSION" "$DATE" "$RUNS" "$SEED" "$LIMIT" <<'PY'
import csv, os, statistics, sys

raw_path, extra_path, out_path, commit, gen_commit, dirty, hugo_v, dotnet_v, date, runs, seed, limit = sys.argv[1:]
rows = list(csv.DictReader(open(raw_path), delimiter="\t"))
extra = {(r["n"], r["tool"]): r for r in csv.DictReader(open(extra_path), delimiter="\t")}
sizes = []
for r in rows:
    if r["n"] not in sizes:
        sizes.append(r["n"])

def med(tool, n, key):
    xs = [float(r[key]) for r in rows if r["tool"] == tool and r["n"] == n and r["status"] == "ok"]
    return statistics.median(xs) if xs else None

def cpu(tool, n):
    xs = [float(r["user_s"]) + float(r["sys_s"]) for r in rows if r["tool"] == tool and r["n"] == n and r["status"] == "ok"]
    return statistics.median(xs) if xs else None

def f(x, fmt):
    return "—" if x is None else format(x, fmt)

table = ["| N | tool | median wall s | median CPU s | median peak RSS MiB | pages (.html files) | Broadsheet/Hugo wall | Broadsheet/Hugo RSS |",
         "|---:|---|---:|---:|---:|---:|---:|---:|"]
notes = []
for n in sizes:
    bad = [r for r in rows if r["n"] == n and r["status"] != "ok"]
    for tool in ("broadsheet", "hugo"):
        wall, c, rss = med(tool, n, "wall_s"), cpu(tool, n), med(tool, n, "maxrss_kb")
        rss_mib = None if rss is None else rss / 1024
        ok = sum(1 for r in rows if r["tool"] == tool and r["n"] == n and r["status"] == "ok")
        e = extra.get((n, tool), {})
        pages = e.get("pages", "—")
        if tool == "hugo" and e.get("redirects", "0") not in ("0", ""):
            pages = f"{pages} ({e['redirects']} redirects)"
        ratio_w = ratio_r = ""
        if tool == "broadsheet":
            hw, hr = med("hugo", n, "wall_s"), med("hugo", n, "maxrss_kb")
            ratio_w = f(wall / hw, ".2f") if wall and hw else "—"
            ratio_r = f(rss / hr, ".2f") if rss and hr else "—"
        label = tool if ok == int(runs) else f"{tool} ({ok} of {runs} runs)"
        table.append(f"| {int(n):,} | {label} | {f(wall, '.2f')} | {f(c, '.2f')} | {f(rss_mib, '.0f')} | {pages} | {ratio_w} | {ratio_r} |")
    for r in bad:
        notes.append(f"- N={int(n):,}: {r['tool']} run {r['run']} {r['status']} "
                     f"({'killed after ' + limit + ' s or out of memory' if r['status'] == 'killed' else 'not run'}).")

md = [f"# Broadsheet vs Hugo — {date}", "",
      f"Broadsheet commit `{commit}` (generator and theme last changed in `{gen_commit}`"
      + (", with uncommitted changes" if dirty != "0" else "") + f"), Release build, .NET SDK {dotnet_v}; "
      f"Hugo {hugo_v}. Corpus seed {seed}; {runs} runs of each tool per size, alternating, output folder "
      f"emptied before each run. Machine: {os.cpu_count()} cores, "
      f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB.", "",
      *table, ""]
md += ["Pages are the .html files written. Hugo's count includes the redirect stub it writes for page 1 of every "
       "paginated list (topics/x/page/1.html); without those the two counts should match.", ""]
if notes:
    md += ["Runs that did not finish:", "", *notes, ""]
md += ["Per size and tool: largest page, pages over 500 kB, warnings printed, and (Broadsheet only) how long "
       "`broadsheet check` alone takes on the finished output — the same check `build` runs before it swaps the "
       "output in, so it is part of the build times above.", "",
       "| N | tool | largest page | bytes | pages > 500 kB | warnings | check alone s |", "|---:|---|---|---:|---|---:|---:|"]
for (n, tool), e in extra.items():
    md.append(f"| {int(n):,} | {tool} | `{e['largest_path']}` | {int(e['largest_bytes']):,} | {e['big_pages']} | "
              f"{e['warnings']} | {e['check_s'] or '—'} |")
md += ["", "Raw runs (GNU time: elapsed, user, system seconds; maximum resident set size in KiB; the 1-minute load "
           "average just before the run, since other work on the machine skews the timings):", "", "```"]
md += [open(raw_path).read().rstrip("\n"), "```", ""]
open(out_path, "w").write("\n".join(md))
print("\n".join(table))
PY
echo >&2
echo "written to $RESULTS (raw runs in $RAW)" >&2
