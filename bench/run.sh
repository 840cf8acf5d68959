#!/usr/bin/env bash
# Benchmarks Broadsheet against Hugo on generated archives of several sizes.
#
#   bench/run.sh                           # N = 1000 10000 30000, 5 runs of each tool per N
#   SIZES=1000 RUNS=3 bench/run.sh         # a quick shake-out
#
# Environment:
#   SIZES       article counts to measure                              (default "1000 10000 30000")
#   RUNS        builds per tool per size                               (default 5)
#   SEED        corpus seed                                            (default 20261126)
#   WORK        where corpora and outputs go (~3 GB for 30,000)        (default /tmp/broadsheet-bench)
#   LIMIT       seconds one Broadsheet build may take; beyond it (or if it is killed for memory)
#               that size and the larger ones are abandoned            (default 600)
#   HUGO_LIMIT  seconds one Hugo build may take; beyond it Hugo stops for that size (default 2400)
#   BUDGET      once one tool has spent this many seconds on a size, it gets no more runs there,
#               so a very slow build is measured fewer than RUNS times (default 1800)
#   HUGO        the hugo binary                                        (default /usr/bin/hugo)
#   TOOLS       which builds to run, of those below                    (default "broadsheet hugo hugo-norelated",
#               and broadsheet-base first when BASE is set)
#   BASE        a commit of this repository to publish too, as the tool broadsheet-base: the same builds by an
#               earlier Broadsheet, alternating with this one, to compare the two in one run (default: none)
#
# Publishes Broadsheet once (Release, ReadyToRun, for this machine's runtime), generates each corpus with bench/generate-corpus.py, then for each
# size runs, RUNS times in turn, three builds into emptied output folders:
#   broadsheet       dotnet broadsheet.dll build --source site-content --output out-broadsheet
#   hugo             hugo --source hugo                                  (the equivalent Hugo site)
#   hugo-norelated   the same with --config hugo.toml,hugo-norelated.toml: no "Related articles" lists,
#                    to show how much of Hugo's time its related-content search takes
# measuring wall time, user+sys CPU and peak RSS with GNU time. Prints a Markdown table and writes it,
# with the raw runs, to bench/results-<date>.md. A build that fails (exit code not 0) stops the script
# with its output shown.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
SIZES="${SIZES:-1000 10000 30000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-20261126}"
WORK="${WORK:-/tmp/broadsheet-bench}"
LIMIT="${LIMIT:-600}"
HUGO_LIMIT="${HUGO_LIMIT:-2400}"
BUDGET="${BUDGET:-1800}"
HUGO="${HUGO:-/usr/bin/hugo}"
DATE="$(date +%F)"
RESULTS="$BENCH/results-$DATE.md"
BASE="${BASE:-}"
TOOLS="${TOOLS:-${BASE:+broadsheet-base }broadsheet hugo hugo-norelated}"
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

say "publishing Broadsheet (Release, ReadyToRun)"
# Published for this machine's runtime, so ReadyToRun: precompiled, as an installed tool would be (see "Start-up").
case "$(uname -m)" in aarch64|arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
rm -rf "$WORK/broadsheet-bin"
dotnet publish "$REPO/generator" -c Release -r "$RID" --self-contained false -o "$WORK/broadsheet-bin" --nologo -v quiet -clp:ErrorsOnly
DLL="$WORK/broadsheet-bin/broadsheet.dll"
[ -f "$DLL" ] || { echo "no broadsheet.dll in $WORK/broadsheet-bin" >&2; exit 1; }
BASE_DLL=""
if [ -n "$BASE" ]; then
  say "publishing Broadsheet at $BASE as broadsheet-base"
  rm -rf "$WORK/base-src" "$WORK/base-bin"
  mkdir -p "$WORK/base-src"
  git -C "$REPO" archive "$BASE" | tar -x -C "$WORK/base-src"
  dotnet publish "$WORK/base-src/generator" -c Release -r "$RID" --self-contained false -o "$WORK/base-bin" --nologo -v quiet -clp:ErrorsOnly
  BASE_DLL="$WORK/base-bin/broadsheet.dll"
  [ -f "$BASE_DLL" ] || { echo "no broadsheet.dll in $WORK/base-bin" >&2; exit 1; }
fi
COMMIT="$(git -C "$REPO" rev-parse --short HEAD)"
GEN_COMMIT="$(git -C "$REPO" log -1 --format=%h -- generator templates)"
DIRTY="$(git -C "$REPO" status --porcelain -- generator templates | wc -l)"
HUGO_VERSION="$("$HUGO" version | awk '{print $2}')"
DOTNET_VERSION="$(dotnet --version)"
echo "broadsheet $DLL (repo HEAD $COMMIT, generator last changed in $GEN_COMMIT); hugo $HUGO_VERSION; dotnet SDK $DOTNET_VERSION" >&2

# time_build TOOL N RUN LIMIT OUT LOG -- command...: runs the command under GNU time and the limit, appends
# a raw row, sets LAST_WALL, and returns 0 (ok), 1 (the build failed) or 2 (killed: over the limit or out of memory).
LAST_WALL=0
time_build() {
  local tool="$1" n="$2" run="$3" limit="$4" out="$5" log="$6"
  shift 6
  local tf="$WORK/time.txt" status=0 load wall user sys rss
  rm -rf "$out" "$(dirname "$out")"/."$(basename "$out")".*
  sync
  load="$(cut -d' ' -f1 /proc/loadavg)"   # recorded: other work on the machine skews the timings
  timeout --signal=KILL "$limit" /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -eq 0 ]; then
    read -r wall user sys rss < "$tf"
    LAST_WALL="$wall"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\tok\t%s\n' "$n" "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$load" >> "$RAW"
    printf '  %-15s N=%-6s run %s: %8.2f s wall, %8.2f s CPU, %6d MiB (load before: %s)\n' "$tool" "$n" "$run" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$load" >&2
    return 0
  fi
  if [ "$status" -eq 137 ] || [ "$status" -eq 124 ]; then
    printf '%s\t%s\t%s\t\t\t\t\tkilled\t%s\n' "$n" "$tool" "$run" "$load" >> "$RAW"
    echo "  $tool N=$n run $run: killed after ${limit}s or out of memory (status $status); last output:" >&2
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
    echo "skipping N=$n: Broadsheet could not build N=$abandoned" >&2
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

  say "N=$n: up to $RUNS runs of each, in turn"
  declare -A spent=() stopped=()
  for run in $(seq 1 "$RUNS"); do
    for tool in $TOOLS; do
      [ -n "${stopped[$tool]:-}" ] && continue
      rc=0
      case "$tool" in
        broadsheet|broadsheet-base)
          dll="$DLL"
          [ "$tool" = broadsheet-base ] && dll="$BASE_DLL"
          rm -rf "$dir/.broadsheet-cache"   # a full build, filling the cache, as Hugo's cache is removed below
          time_build "$tool" "$n" "$run" "$LIMIT" "$dir/out-$tool" "$dir/$tool.log" \
            dotnet "$dll" build --source "$dir/site-content" --output "$dir/out-$tool" || rc=$?
          [ "$rc" -eq 1 ] && { echo "Broadsheet failed on the N=$n corpus; stopping." >&2; exit 1; }
          [ "$rc" -eq 2 ] && { abandoned="$n"; break 2; }
          if [ "$run" -eq 1 ] && grep -qi 'warning' "$dir/$tool.log"; then
            echo "  note: $tool printed warnings for N=$n:" >&2
            grep -i 'warning' "$dir/$tool.log" | head -n 10 >&2
          fi ;;
        hugo|hugo-norelated)
          config="hugo.toml"
          [ "$tool" = hugo-norelated ] && config="hugo.toml,hugo-norelated.toml"
          rm -rf "$dir/hugo/resources" "$WORK/hugo-cache"
          time_build "$tool" "$n" "$run" "$HUGO_LIMIT" "$dir/out-$tool" "$dir/$tool.log" \
            "$HUGO" --quiet --source "$dir/hugo" --config "$config" --destination "$dir/out-$tool" \
            --cacheDir "$WORK/hugo-cache" || rc=$?
          [ "$rc" -eq 1 ] && { echo "Hugo failed on the N=$n corpus; stopping." >&2; exit 1; }
          [ "$rc" -eq 2 ] && { stopped[$tool]=1; continue; } ;;
      esac
      spent[$tool]="$(awk -v a="${spent[$tool]:-0}" -v b="$LAST_WALL" 'BEGIN { print a + b }')"
      if [ "$run" -lt "$RUNS" ] && awk -v s="${spent[$tool]}" -v b="$BUDGET" 'BEGIN { exit !(s > b) }'; then
        echo "  $tool has spent ${spent[$tool]} s on N=$n (budget $BUDGET s): no more runs of it for this size" >&2
        stopped[$tool]=1
      fi
    done
  done
  unset spent stopped
  [ -n "$abandoned" ] && continue

  # Not part of the timings: how long Broadsheet's own link check takes on its finished output
  # (build runs the same check before it swaps the output in).
  check_s="$( { /usr/bin/time -f '%e' dotnet "$DLL" check "$dir/out-broadsheet" >/dev/null; } 2>&1 | tail -1 )"
  page_stats broadsheet "$n" "$dir/out-broadsheet" "$dir/broadsheet.log" "$check_s"
  for tool in hugo hugo-norelated; do
    [ -d "$dir/out-$tool" ] && page_stats "$tool" "$n" "$dir/out-$tool" "$dir/$tool.log" ""
  done
done

say "results"
python3 - "$RAW" "$EXTRA" "$RESULTS" "$COMMIT" "$GEN_COMMIT" "$DIRTY" "$HUGO_VERSION" "$DOTNET_VERSION" "$DATE" "$RUNS" "$SEED" "$LIMIT" "$HUGO_LIMIT" "$BUDGET" <<'PY'
import csv, os, statistics, sys

(raw_path, extra_path, out_path, commit, gen_commit, dirty, hugo_v, dotnet_v, date, runs, seed,
 limit, hugo_limit, budget) = sys.argv[1:]
rows = list(csv.DictReader(open(raw_path), delimiter="\t"))
extra = {(r["n"], r["tool"]): r for r in csv.DictReader(open(extra_path), delimiter="\t")}
sizes = []
for r in rows:
    if r["n"] not in sizes:
        sizes.append(r["n"])
tools = ["broadsheet", "broadsheet-base", "hugo", "hugo-norelated"]

def ok(tool, n):
    return [r for r in rows if r["tool"] == tool and r["n"] == n and r["status"] == "ok"]

def med(tool, n, key):
    xs = [float(r[key]) for r in ok(tool, n)]
    return statistics.median(xs) if xs else None

def cpu(tool, n):
    xs = [float(r["user_s"]) + float(r["sys_s"]) for r in ok(tool, n)]
    return statistics.median(xs) if xs else None

def f(x, fmt):
    return "—" if x is None else format(x, fmt)

table = ["| N | tool | runs | median wall s | median CPU s | median peak RSS MiB | pages (.html files) "
         "| Broadsheet/this: wall | Broadsheet/this: RSS |",
         "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
notes = []
for n in sizes:
    bw, br = med("broadsheet", n, "wall_s"), med("broadsheet", n, "maxrss_kb")
    for tool in tools:
        tried = [r for r in rows if r["tool"] == tool and r["n"] == n]
        if not tried and tool != "broadsheet":
            continue
        wall, c, rss = med(tool, n, "wall_s"), cpu(tool, n), med(tool, n, "maxrss_kb")
        e = extra.get((n, tool), {})
        pages = e.get("pages", "—")
        if e.get("redirects", "0") not in ("0", ""):
            pages = f"{pages} ({e['redirects']} redirects)"
        ratio_w = ratio_r = ""
        if tool != "broadsheet":
            ratio_w = f(bw / wall, ".2f") if bw and wall else "—"
            ratio_r = f(br / rss, ".2f") if br and rss else "—"
        table.append(f"| {int(n):,} | {tool} | {len(ok(tool, n))} | {f(wall, '.2f')} | {f(c, '.2f')} | "
                     f"{f(None if rss is None else rss / 1024, '.0f')} | {pages} | {ratio_w} | {ratio_r} |")
        for r in tried:
            if r["status"] == "killed":
                lim = limit if tool == "broadsheet" else hugo_limit
                notes.append(f"- N={int(n):,}: {tool} run {r['run']} was killed (over {lim} s, or out of memory).")
            elif r["status"] == "skipped":
                notes.append(f"- N={int(n):,}: not run, because Broadsheet could not build a smaller size.")
        if 0 < len(ok(tool, n)) < int(runs) and not any(r["status"] != "ok" for r in tried):
            notes.append(f"- N={int(n):,}: {tool} ran {len(ok(tool, n))} of {runs} times: its builds used up the "
                         f"{budget} s budget per tool and size.")

md = [f"# Broadsheet vs Hugo — {date}", "",
      f"Broadsheet commit `{commit}` (generator and theme last changed in `{gen_commit}`"
      + (", with uncommitted changes" if dirty != "0" else "") + f"), published Release build (ReadyToRun), .NET SDK {dotnet_v}; "
      f"Hugo {hugo_v}" + (f"; `broadsheet-base` is commit `{os.environ['BASE']}`, published the same way" if os.environ.get('BASE') else "") + f". Corpus seed {seed}; up to {runs} runs of each tool per size, in turn, output folder "
      f"emptied before each run. Machine: {os.cpu_count()} cores, "
      f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB.", "",
      *table, "",
      "`hugo` is the equivalent Hugo site; `hugo-norelated` is the same build without the \"Related articles\" "
      "list on article pages (Hugo's `.Related` search), to show what that one feature costs. The ratio columns "
      "divide Broadsheet's median by the row's: below 1, Broadsheet is faster or smaller.", "",
      "Pages are the .html files written. Hugo's count includes the redirect stub it writes for page 1 of every "
      "paginated list (topics/x/page/1.html); without those the counts should match Broadsheet's.", ""]
if notes:
    md += ["Runs that did not finish or were cut short:", "", *notes, ""]
md += ["Per size and tool: largest page, pages over 500 kB, lines mentioning a warning, and (Broadsheet only) how "
       "long `broadsheet check` alone takes on the finished output — the same check `build` runs before it swaps "
       "the output in, so it is part of the build times above.", "",
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
