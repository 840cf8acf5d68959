#!/usr/bin/env bash
# Photographs: Broadsheet's image stage against Hugo's image processing, on the same camera-size JPEGs.
#
#   bench/images.sh                     # 1,000 photographs of 4000×3000, 3 runs of each tool
#   N=100 RUNS=1 bench/images.sh        # a quick shake-out
#
# Environment:
#   N       photographs                                                  (default 1000)
#   RUNS    clean builds per tool, alternating                           (default 3)
#   WORK    where photographs, sites and outputs go (~5 GB for 1,000)     (default /dev/shm/broadsheet-images)
#   HUGO    the hugo binary                                              (default /usr/bin/hugo)
#   TOOLS   which to run                                                 (default "broadsheet hugo"; Hugo takes
#           about 8 s a photograph on two cores, so 1,000 of them take it two hours)
#
# Each photograph is the lead image of one article. Broadsheet makes its full set (480, 800, 1200, 1600 and the 320
# thumbnail, in WebP and JPEG; the EPUB's 1200 JPEG is one of them; the large version without metadata). The Hugo site
# asks for the same widths, formats and quality with .Resize in the article's template. A clean build starts with an
# empty output and an empty image store (Broadsheet) or resources/_gen (Hugo); then one more build of each with the
# store kept and one article edited, where neither should process a photograph. Wall time, CPU and peak RSS by GNU time.
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
N="${N:-1000}"
RUNS="${RUNS:-3}"
WORK="${WORK:-/dev/shm/broadsheet-images}"
HUGO="${HUGO:-/usr/bin/hugo}"
TOOLS="${TOOLS:-broadsheet hugo}"
runs() { case " $TOOLS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
DATE="$(date +%Y-%m-%d)"
say() { printf '== %s\n' "$*" >&2; }

mkdir -p "$WORK"
say "publishing Broadsheet (Release, ReadyToRun)"
case "$(uname -m)" in aarch64|arm64) RID=linux-arm64 ;; *) RID=linux-x64 ;; esac
rm -rf "$WORK/broadsheet-bin"
dotnet publish "$REPO/generator" -c Release -r "$RID" --self-contained false -o "$WORK/broadsheet-bin" --nologo -v quiet -clp:ErrorsOnly
DLL="$WORK/broadsheet-bin/broadsheet.dll"

if [ "$(ls "$WORK/photos" 2>/dev/null | wc -l)" -ne "$N" ]; then
  say "making $N photographs"
  rm -rf "$WORK/photos"
  dotnet run "$BENCH/images/make-photos.cs" -- "$WORK/photos" "$N" >&2
fi

say "writing the two sites"
B="$WORK/broadsheet"; H="$WORK/hugo"
rm -rf "$B" "$H"
mkdir -p "$B/site-content/issues" "$B/site-content/articles/2024/01" "$B/site-content/static" "$H/content/posts" "$H/assets" "$H/layouts/_default"
cp -al "$WORK/photos" "$B/site-content/static/photos"
cp -al "$WORK/photos" "$H/assets/photos"
printf 'title: The Photo Desk\nsections:\n  - id: news\n    title: News\n' > "$B/site-content/site.yml"
# Ten photographs an issue, an issue a day from 2024-01-01, as a weekly's photo desk would fill them.
i=0
for f in "$WORK"/photos/*.jpg; do
  id="$(basename "$f" .jpg)"
  issue="$(date -u -d "2024-01-01 + $((i / 10)) days" +%Y-%m-%d)"
  if [ $((i % 10)) -eq 0 ]; then
    printf -- '---\ntitle: Issue %d\ndate: %s\nnumber: %d\n---\n' "$((i / 10 + 1))" "$issue" "$((i / 10 + 1))" > "$B/site-content/issues/$issue.md"
  fi
  i=$((i + 1))
  printf -- '---\ntitle: "Photograph %s"\nissue: %s\nsection: news\nimage: photos/%s.jpg\nimage_alt: "A test photograph"\n---\nA caption-length body.\n' "$id" "$issue" "$id" > "$B/site-content/articles/2024/01/$id.md"
  printf -- '---\ntitle: "Photograph %s"\nimage: photos/%s.jpg\n---\nA caption-length body.\n' "$id" "$id" > "$H/content/posts/$id.md"
done
cat > "$H/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[imaging]
  quality = 82
  resampleFilter = "Lanczos"
TOML
cat > "$H/layouts/_default/single.html" <<'HTML'
{{ $img := resources.Get .Params.image }}<picture>
{{ range slice 320 480 800 1200 1600 }}{{ $jpg := $img.Resize (printf "%dx jpg q82" .) }}{{ $webp := $img.Resize (printf "%dx webp q78" .) }}<source srcset="{{ $webp.RelPermalink }} {{ . }}w"><img src="{{ $jpg.RelPermalink }}" width="{{ $jpg.Width }}" height="{{ $jpg.Height }}">
{{ end }}</picture>
HTML
printf '{{ range .Pages }}{{ .Title }}{{ end }}\n' > "$H/layouts/_default/list.html"

RAW="$WORK/raw-images-$DATE.tsv"
printf 'tool\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\n' > "$RAW"
measure() { # tool run command...
  local tool="$1" run="$2"; shift 2
  local tf; tf="$(mktemp)"
  /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" > "$WORK/last-$tool.log" 2>&1 || { cat "$WORK/last-$tool.log" >&2; exit 1; }
  read -r wall user sys rss < "$tf"; rm -f "$tf"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$run" "$wall" "$user" "$sys" "$rss" >> "$RAW"
  say "$tool run $run: ${wall}s wall, $((rss / 1024)) MiB peak"
}
export DLL B H HUGO
BROADSHEET='dotnet "$DLL" build --source "$B/site-content" --output "$B/output" --cache "$B/cache"'
HUGO_BUILD='"$HUGO" --source "$H" --destination "$H/public" --quiet'

for run in $(seq 1 "$RUNS"); do
  if runs broadsheet; then
    rm -rf "$B/output" "$B/cache"
    measure broadsheet "$run" bash -c "$BROADSHEET"
  fi
  if runs hugo; then
    rm -rf "$H/public" "$H/resources"
    measure hugo "$run" bash -c "$HUGO_BUILD"
  fi
done

say "a second build with the store kept and one article edited"
printf 'One more line.\n' >> "$B/site-content/articles/2024/01/p00000.md"
printf 'One more line.\n' >> "$H/content/posts/p00000.md"
if runs broadsheet; then
  measure broadsheet-again 1 bash -c "$BROADSHEET"
  if grep -q "photographs sized" "$WORK/last-broadsheet-again.log"; then
    echo "the second build sized photographs:" >&2; cat "$WORK/last-broadsheet-again.log" >&2; exit 1
  fi
fi
if runs hugo; then
  measure hugo-again 1 bash -c "$HUGO_BUILD"
fi

OUT="$BENCH/results-$DATE-images-$N.md"
{
  echo "# Photographs, $N of 4000×3000 (12 MP), $DATE"
  echo
  echo "\`bench/images.sh\` with N=$N RUNS=$RUNS on $(nproc) cores; medians of the clean builds."
  echo
  echo "| tool | wall (s) | photographs/s | CPU (s) | peak RSS (MiB) |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  python3 - "$RAW" "$N" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n = int(sys.argv[2])
for tool in ["broadsheet", "hugo", "broadsheet-again", "hugo-again"]:
    runs = [r for r in rows if r["tool"] == tool]
    if not runs:
        continue
    wall = statistics.median(float(r["wall_s"]) for r in runs)
    cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in runs)
    rss = statistics.median(int(r["maxrss_kb"]) for r in runs) / 1024
    rate = f"{n / wall:.1f}" if not tool.endswith("again") else "–"
    print(f"| {tool} | {wall:.2f} | {rate} | {cpu:.1f} | {rss:.0f} |")
PY
  echo
  echo "Raw runs:"
  echo
  echo '```'
  cat "$RAW"
  echo '```'
} > "$OUT"
cat "$OUT"
