#!/usr/bin/env bash
# Times `sitegen diff` on two builds of N generated records (default 1000) that differ in one record: the
# English title of record 5.7 (which also changes its neighbours' follow-up links and the English index).
# Also times two identical builds (every output compared, none diffed), and `diff --format json`.
# A benchmark, never a test: it prints each run and the median.
#
#   bench/diff-scale.sh [N=1000] [runs=5]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000}"
runs="${2:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/sitegen-diff-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export SITEGEN_CACHE_DIR="$work/cache" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/src/SiteGen.Cli" -c Release -v quiet -nologo >/dev/null
sitegen=("dotnet" "$root/src/SiteGen.Cli/bin/Release/net10.0/sitegen.dll")
"$root/bench/generate-content.sh" "$n" "$work/content" >/dev/null
"${sitegen[@]}" build --content "$work/content" --templates "$root/templates" --out "$work/old" >/dev/null 2>&1
cp -r "$work/old" "$work/same"
record=$(grep -l '^id: "5.7"' -r "$work/content/experiments")
sed -i '0,/^  en: "/s//  en: "Retitled /' "$record"
"${sitegen[@]}" build --content "$work/content" --templates "$root/templates" --out "$work/new" >/dev/null 2>&1
echo "sitegen diff on $n records ($(find "$work/old" -type f | wc -l) files a side), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$runs"); do
    local t
    /usr/bin/time -f '%e %M' -o "$work/time" "${sitegen[@]}" "$@" >/dev/null 2>&1 || true
    t=$(tail -1 "$work/time")
    times+=("$t")
  done
  local wall mem
  wall=$(printf '%s\n' "${times[@]}" | cut -d' ' -f1 | median)
  mem=$(printf '%s\n' "${times[@]}" | cut -d' ' -f2 | median)
  printf '%-44s median %6.2f s  %5.0f MiB   runs: %s\n' "$label" "$wall" "$(echo "$mem / 1024" | bc -l)" "$(printf '%s ' "${times[@]}" | awk '{for (i = 1; i <= NF; i += 2) printf "%s ", $i}')"
}
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
measure "one record differs (summary)" diff "$work/old" "$work/new"
measure "one record differs (--report diff.html)" diff "$work/old" "$work/new" --report "$work/diff.html"
measure "one record differs (--format json)" diff "$work/old" "$work/new" --format json
measure "identical builds" diff "$work/old" "$work/same"
"${sitegen[@]}" diff "$work/old" "$work/new" | tail -1
