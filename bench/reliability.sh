#!/usr/bin/env bash
# The long runs of the reliability tests (CI runs the short ones):
#   - the fuzzing harness: 10,000 generated and mutated records, each checked and built (FuzzTests)
#   - a build killed at every step of its commit, with thousands of user files (InterruptedCommitTests),
#     and real SIGKILL/SIGTERM/SIGINT at 60 moments of a `sitegen build` (InterruptedBuildTests)
#   - 50 rounds of four builds into one folder at once (ConcurrentBuildTests)
#   - the YAML reader against YamlDotNet's parser on 220,000 generated texts (YamlEventReaderTests)
#   - 200 random edit sequences, incremental build against clean build (IncrementalBuildTests)
# Prints each test's own summary lines (cases run, built, rejected) and the time each took.
# Usage: bench/reliability.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

export SITEGEN_LONG_TESTS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
nproc_count=$(nproc)
echo "Long reliability runs on $nproc_count cores, $(date -u +%Y-%m-%dT%H:%MZ)"

core='FullyQualifiedName~SiteGen.Core.Tests.Reliability|FullyQualifiedName~YamlEventReaderTests|FullyQualifiedName~IncrementalBuildTests'
cli='FullyQualifiedName~InterruptedBuildTests|FullyQualifiedName~ConcurrentBuildCommandTests'

run() {
  local project=$1 filter=$2
  local log
  log=$(mktemp)
  local start=$SECONDS
  if dotnet test "$project" -c Release --filter "$filter" --logger "console;verbosity=detailed" "${@:3}" >"$log" 2>&1; then
    status=passed
  else
    status=FAILED
  fi
  # The tests' own output (cases run, outcomes) and each test's result and duration.
  grep -E '^\s+(Passed|Failed) |cases in|attempts|Set seed' "$log" | sed 's/^ */  /' || true
  echo "  $project: $status in $((SECONDS - start)) s (log: $log)"
  [ "$status" = passed ]
}

ok=0
run tests/SiteGen.Core.Tests "$core" "$@" || ok=1
run tests/SiteGen.Cli.Tests "$cli" "$@" || ok=1
exit $ok
