#!/usr/bin/env bash
# Times `sitegen build` of the sample site, cold (a new process each run, as a user runs it), in Release.
# Prints each run's wall time and peak memory, then the median. Usage: bench/build-sample.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out="$(mktemp -d)/site"

dotnet build src/SiteGen.Cli -c Release -v quiet -nologo >/dev/null
sitegen=(dotnet src/SiteGen.Cli/bin/Release/net10.0/sitegen.dll)

export SITEGEN_CACHE_DIR="$(dirname "$out")/cache"

measure() { # label, extra build arguments...
  local label="$1"; shift
  local times=()
  for i in $(seq "$runs"); do
    stats="$( { /usr/bin/time -f '%e %M' "${sitegen[@]}" build --out "$out" "$@" >/dev/null; } 2>&1 | tail -n 1)"
    read -r wall kib <<<"$stats"
    printf '%s run %d: %6.2f s wall, %6.1f MiB peak RSS\n' "$label" "$i" "$wall" "$(echo "$kib / 1024" | bc -l)"
    times+=("$wall")
  done
  printf '%s median: %s s over %d runs (%s cores)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$runs" "$(nproc)"
}

measure cold --no-cache
"${sitegen[@]}" build --out "$out" >/dev/null # fill the template cache
measure warm
rm -rf "$(dirname "$out")"
