#!/usr/bin/env bash
# Times `sitegen serve`'s live reload in a real browser: from the save of one record to the open page showing
# the change, on the sample site and on 1,000 generated records. A benchmark, never a test: it asserts nothing
# and stops only when a command fails.
#
#   bench/serve-latency.sh [runs=20]   2 warm-up runs, then `runs` timed ones, per size
#
# The real `sitegen serve --port 0` (Release) runs in a process of its own on a copy of the content and
# templates; the record's English page is open in Debian's Chromium (Playwright for .NET, never its own browser
# download) and reloads itself, as for an author. Each run writes a new English title into the record
# (File.WriteAllText) and waits for the page's document.title or h1 to hold it; see
# bench/SiteGen.ServeBench/Program.cs. $SITEGEN_CACHE_DIR is a folder of the benchmark's own (yours is
# untouched); everything is written to one temporary folder, removed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '6,6s/^# \{0,1\}//p' "$0"; }
die() { echo "serve-latency.sh: $*" >&2; exit 1; }
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  -*) echo "serve-latency.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
esac
runs="${1:-20}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "serve-latency.sh: runs must be a whole number above 0, not '$runs'" >&2; usage >&2; exit 2; }
n=1000

work="$(mktemp -d "${TMPDIR:-/tmp}/sitegen-serve-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export SITEGEN_CACHE_DIR="$work/sitegen-cache"
started=$SECONDS

# ---- tools --------------------------------------------------------------------------------------------------

if [ -z "${SITEGEN_CHROMIUM:-}" ] && [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing: installing Debian's with tests/SiteGen.Browser.Tests/install-browser.sh..."
  "$root/tests/SiteGen.Browser.Tests/install-browser.sh" || die "could not install Chromium (output above); set SITEGEN_CHROMIUM to one you have."
fi

echo "Building SiteGen and bench/SiteGen.ServeBench (Release)..."
if ! { dotnet build "$root/src/SiteGen.Cli" -c Release -v quiet -nologo &&
       dotnet build "$root/bench/SiteGen.ServeBench" -c Release -v quiet -nologo; } >"$work/dotnet-build.log" 2>&1; then
  cat "$work/dotnet-build.log" >&2
  die "building src/SiteGen.Cli or bench/SiteGen.ServeBench failed (output above); nothing was measured."
fi
sitegen="$root/src/SiteGen.Cli/bin/Release/net10.0/sitegen.dll"
harness=(dotnet "$root/bench/SiteGen.ServeBench/bin/Release/net10.0/SiteGen.ServeBench.dll")

# ---- measuring ----------------------------------------------------------------------------------------------

declare -A summary

# measure LABEL CONTENT TEMPLATES RECORD: serves CONTENT, edits RECORD `runs` times (after 2 warm-up runs).
measure() {
  local label="$1" content="$2" templates="$3" record="$4" status=0
  echo
  "${harness[@]}" --sitegen "$sitegen" --content "$content" --templates "$templates" --out "$(dirname "$content")/site" \
    --record "$record" --runs "$runs" --warmup 2 --settle 300 --label "$label" 2>&1 |
    tee "$work/$label.log" | grep -v '^summary' | sed 's/^/  /' || status=$?
  summary[$label]="$(grep '^summary' "$work/$label.log" | tail -n 1 || true)"
  # Exit status 1 with a summary: no timed run showed the change, which the table says; anything else stops here.
  [ -n "${summary[$label]}" ] || die "$label: bench/SiteGen.ServeBench failed with exit status $status (its output above)."
}

mkdir -p "$work/sample"
cp -a "$root/content" "$root/templates" "$work/sample/"
sample_records="$(find "$work/sample/content/experiments" -name '*.yaml' | wc -l)"
measure sample "$work/sample/content" "$work/sample/templates" "$work/sample/content/experiments/02-controllers/2.1-statefulset.yaml"

echo
echo "Generating $n records..."
mkdir -p "$work/scale"
cp -a "$root/templates" "$work/scale/"
"$root/bench/generate-content.sh" "$n" "$work/scale/content" >/dev/null
edited="$(find "$work/scale/content/experiments" -name '5.7-*.yaml' | head -n 1)"
[ -n "$edited" ] || die "generate-content.sh wrote no record 5.7 in $work/scale/content"
measure "$n" "$work/scale/content" "$work/scale/templates" "$edited"

# ---- the table ----------------------------------------------------------------------------------------------

# The summary line's fields (tab-separated): summary label runs median p90 min max rebuild line event parsed
# painted loaded never-shown other-than-one-rebuild reloaded-twice.
field() { cut -f "$2" <<<"${summary[$1]}"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {if (v == "-") print "n/a"; else print (v <= t ? "within" : "OVER")}'; }
row() { # label size target
  printf '%-16s %9s %9s %9s %9s %12s %13s %12s   ≤ %s ms: %s\n' "$2" "$(field "$1" 4)" "$(field "$1" 5)" "$(field "$1" 6)" \
    "$(field "$1" 7)" "$(field "$1" 8)" "$(field "$1" 11)" "$(field "$1" 12)" "$3" "$(verdict "$(field "$1" 4)" "$3")"
}

echo
echo "sitegen serve, save of one record -> reloaded page shows the new title (Chromium, Playwright): ms, $runs timed runs per size" \
  "after 2 warm-up runs, $(nproc) cores ($(uname -m)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %9s %9s %9s %9s %12s %13s %12s   %s\n' size median p90 min max "rebuild med" "title parsed" "first paint" "target (median)"
row sample "sample ($sample_records rec)" 100
row "$n" "$n records" 250
echo "median/p90/min/max: the write began -> Playwright's wait for the title resolved. rebuild: the server's own \"Rebuilt ... in N ms\"."
echo "title parsed, first paint: medians on the page's own clock (the reloaded document's title in the DOM; first contentful paint)."
for label in sample "$n"; do
  never="$(field "$label" 14)"; builds="$(field "$label" 15)"; twice="$(field "$label" 16)"
  if [ "$never" != 0 ] || [ "$builds" != 0 ] || [ "$twice" != 0 ]; then
    echo "$label: $never run(s) never showed the change, $builds had other than one rebuild, $twice reloaded more than once."
  fi
done
echo "Took $((SECONDS - started)) s in all (building included)."
