#!/usr/bin/env bash
# The import benchmark: generates a WordPress export of N posts (default 50,000), publishes broadsheet in Release,
# and times `broadsheet import wordpress` with GNU time (wall time, CPU time, peak resident memory).
#   N=50000 bench/import/run.sh          WORK=/tmp/broadsheet-import-bench by default
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${N:-50000}"
work="${WORK:-/tmp/broadsheet-import-bench}"
mkdir -p "$work"
export="$work/export-$n.xml"
if [ ! -f "$export" ] || [ "$here/generate-wxr.py" -nt "$export" ]; then
  python3 "$here/generate-wxr.py" "$n" "$export"
fi
echo "export: $export, $(du -h "$export" | cut -f1)"
dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -o "$work/bin" -v quiet -nologo >/dev/null
rm -rf "$work/out"
/usr/bin/time -v dotnet "$work/bin/broadsheet.dll" import wordpress "$export" --into "$work/out/site-content" 2> "$work/time.txt" | tail -3
grep -E "Elapsed \(wall|User time|System time|Maximum resident" "$work/time.txt"
echo "articles written: $(find "$work/out/site-content/articles" -name '*.md' | wc -l)"
