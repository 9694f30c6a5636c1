#!/usr/bin/env bash
# Times `sitegen build` (Release, a new process per run, as a user runs it) on N generated lab records, and
# Hugo building the same text in the same run. Prints every run's wall time and peak memory, the medians, and
# the SiteGen/Hugo ratios. A benchmark, never a test: it asserts nothing and stops only when a command fails.
#
#   bench/build-scale.sh [N=1000] [runs=5]   check; cold build; first build (empty caches); warm build (nothing
#                                            changed); build after one record was edited; Hugo cold build of the
#                                            same reports
#   bench/build-scale.sh --scaling [runs=3]  check, cold build and Hugo cold build for N = 100, 1000 and 5000,
#                                            and how time and memory grow from one N to the next
#                                            (SIZES="50 200" bench/build-scale.sh --scaling 1 for a quick try)
#
# A cold build is a new process with the output folder and the build cache beside it (`.sitegen/`) deleted, and
# $SITEGEN_CACHE_DIR (a folder of the benchmark's own, so yours is untouched) holding the compiled templates
# and the drawn diagrams only: they are made once before timing and kept, as they are for a user, while
# anything else SiteGen keeps there about the content (check results) is dropped before each check and cold
# build. A first build starts with $SITEGEN_CACHE_DIR empty: it compiles the templates, starts a browser and
# draws every diagram, as a user's very first build does. Warm and one-edit builds keep everything. Everything is written to one temporary folder, removed at the end. Hugo (Debian's `hugo`) is installed with apt-get when missing and running as root; otherwise its
# column is skipped.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '6,10s/^# \{0,1\}//p' "$0"; }
die() { echo "build-scale.sh: $*" >&2; exit 1; }
whole() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "build-scale.sh: $1 must be a whole number above 0, not '$2'" >&2; usage >&2; exit 2; }; }

mode=default
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --scaling) mode=scaling; runs="${2:-3}"; sizes="${SIZES:-100 1000 5000}"
             for s in $sizes; do whole "each of SIZES" "$s"; done
             [ -n "${sizes// /}" ] || die "SIZES is empty" ;;
  -*)        echo "build-scale.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  *)         n="${1:-1000}"; runs="${2:-5}"; whole N "$n" ;;
esac
whole runs "$runs"

work="$(mktemp -d "${TMPDIR:-/tmp}/sitegen-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export SITEGEN_CACHE_DIR="$work/sitegen-cache"
templates_only="$work/sitegen-cache.templates-only"   # $SITEGEN_CACHE_DIR just after the templates were compiled
out="$work/build/site"          # the build cache of incremental builds lives beside it, in $work/build/.sitegen
hugo_site="$work/hugo"

# ---- tools --------------------------------------------------------------------------------------------------

# SiteGen as it is installed: published in Release, compiled ahead of time (ReadyToRun) for this machine,
# as a release of a command-line tool is; a plain `dotnet build` spends part of every short run compiling.
rid="linux-$(case "$(uname -m)" in aarch64|arm64) echo arm64 ;; *) echo x64 ;; esac)"
echo "Publishing SiteGen (Release, ReadyToRun, $rid) and building the long-lived-process harness..."
if ! { dotnet publish "$root/src/SiteGen.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
         -o "$work/sitegen-bin" -v quiet -nologo &&
       dotnet build "$root/bench/SiteGen.Bench" -c Release -v quiet -nologo; } >"$work/dotnet-build.log" 2>&1; then
  cat "$work/dotnet-build.log" >&2
  die "publishing src/SiteGen.Cli or building bench/SiteGen.Bench failed (output above); nothing was measured."
fi
sitegen=(dotnet "$work/sitegen-bin/sitegen.dll")
harness=(dotnet "$root/bench/SiteGen.Bench/bin/Release/net10.0/SiteGen.Bench.dll")

hugo_note=""
if ! command -v hugo >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Hugo is missing: installing Debian's hugo with apt-get..."
    if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y hugo ||
           { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y hugo; }; } >"$work/apt.log" 2>&1; then
      tail -n 5 "$work/apt.log" >&2
      hugo_note="Hugo could not be installed (apt-get install -y hugo failed, output above): the Hugo column is skipped."
    fi
  else
    hugo_note="Hugo is not installed and installing it needs root (sudo apt-get install -y hugo): the Hugo column is skipped."
  fi
fi
if [ -z "$hugo_note" ]; then
  hugo_version="$(hugo version | awk '{print $2}' | sed 's/+.*//')"
else
  echo "$hugo_note"
fi
have_hugo() { [ -z "$hugo_note" ]; }

# ---- measuring ----------------------------------------------------------------------------------------------

declare -A wall_median mib_median

# The median of the runs (with an even number of runs, the mean of the middle two).
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "n/a"}'; }

# measure KEY LABEL PREPARE COMMAND...: runs PREPARE RUN_NUMBER, then COMMAND under /usr/bin/time, $runs times.
# A command that fails stops the benchmark with its output, never a time.
measure() {
  local key="$1" label="$2" prepare="$3"; shift 3
  local walls=() mibs=() i status wall kib mib
  for ((i = 1; i <= runs; i++)); do
    "$prepare" "$i"
    status=0
    /usr/bin/time -o "$work/time.txt" -f '%e %M' "$@" >"$work/run.log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
      tail -n 40 "$work/run.log" >&2
      die "$label, run $i: '$*' failed with exit status $status (its output above); the benchmark stops here."
    fi
    read -r wall kib < <(tail -n 1 "$work/time.txt")
    [[ "$wall" =~ ^[0-9]+(\.[0-9]+)?$ && "$kib" =~ ^[0-9]+$ ]] || die "$label, run $i: unreadable /usr/bin/time output: $(cat "$work/time.txt")"
    mib="$(awk -v k="$kib" 'BEGIN {printf "%.1f", k / 1024}')"
    printf '  %-34s run %d: %7.2f s wall, %7.1f MiB peak RSS\n' "$label" "$i" "$wall" "$mib"
    walls+=("$wall"); mibs+=("$mib")
  done
  wall_median[$key]="$(median "${walls[@]}")"
  mib_median[$key]="$(median "${mibs[@]}")"
  printf '  %-34s median: %7.2f s wall, %7.1f MiB peak RSS\n' "$label" "${wall_median[$key]}" "${mib_median[$key]}"
  # SiteGen's own summary of the last run (pages rendered and reused), if it printed one.
  sed -n '$s/^\(Wrote\|Built\) /  (last run: &/p' "$work/run.log" | sed 's/$/)/'
}

# ---- what is measured ---------------------------------------------------------------------------------------

# $SITEGEN_CACHE_DIR back to the compiled templates alone.
templates_cached_only() { rm -rf "$SITEGEN_CACHE_DIR"; cp -a "$templates_only" "$SITEGEN_CACHE_DIR"; }
fresh_check() { templates_cached_only; }
forget_build() { rm -rf "$out" "$(dirname "$out")/.sitegen"; templates_cached_only; }   # cold
forget_everything() { rm -rf "$out" "$(dirname "$out")/.sitegen" "$SITEGEN_CACHE_DIR"; }  # a first build: nothing compiled, checked or drawn
keep_build() { [ -f "$out/.sitegen-output" ] || die "warm build: there is no previous build in $out"; }
forget_hugo() { rm -rf "$hugo_site/public" "$hugo_site/resources"; }

# Compiles the templates into $SITEGEN_CACHE_DIR once, with a small site in a folder of its own (so what is
# kept about its content is never about the measured content), so no timed build compiles them.
fill_template_cache() {
  "$root/bench/generate-content.sh" 10 "$work/warm-up/content" >/dev/null
  if ! "${sitegen[@]}" build --content "$work/warm-up/content" --templates "$root/templates" \
       --out "$work/warm-up/site" >"$work/run.log" 2>&1; then
    tail -n 40 "$work/run.log" >&2
    die "the first build (filling the template cache) failed (its output above); nothing was measured."
  fi
  rm -rf "$work/warm-up"
  cp -a "$SITEGEN_CACHE_DIR" "$templates_only"
}

# The record edited before each "one record edited" run: 5.7, or the middle record when N is too small for it.
pick_edited_record() {
  local content="$1" records
  edited="$(find "$content/experiments" -name '5.7-*.yaml' | head -n 1)"
  if [ -z "$edited" ]; then
    mapfile -t records < <(find "$content/experiments" -name '*.yaml' | sort)
    edited="${records[$(( ${#records[@]} / 2 ))]}"
  fi
}
# Writes a number no record has into the first expected outcome of the record's first step, a new one per run.
edit_one_record() {
  local value=$(( 100000 + $1 ))
  sed -E -i "s/^( *en: The StatefulSet is created successfully with replicas=)[0-9]+\$/\\1$value/" "$edited"
  grep -q "with replicas=$value\$" "$edited" ||
    die "could not edit $edited: the line 'en: The StatefulSet is created successfully with replicas=N' is gone from the sample record; update edit_one_record in $0"
}

# Turns the 2N reports of the last build (site/<lang>/<chapter>/<record>/report.md) into a Hugo site with one
# language per SiteGen language: a page per report, whose title is the report's first heading and whose body
# is the rest of the report, and a minimal layout. Hugo's goldmark highlights (Chroma) each code fence that
# names a language; SiteGen does not highlight, so this is, if anything, more work for Hugo.
make_hugo_site() {
  local expected="$1" content="$2" languages=() lang pages default
  rm -rf "$hugo_site"
  mkdir -p "$hugo_site/layouts/_default" "$hugo_site/content"
  # The languages of the build, its default language (from site.yaml) first, as SiteGen has them.
  default="$(awk '/^default_language:/ {print $2}' "$content/site.yaml")"
  [ -n "$default" ] && [ -d "$out/$default" ] && languages+=("$default")
  for lang in "$out"/*/; do
    lang="$(basename "$lang")"
    [ "$lang" != assets ] && [ "$lang" != "$default" ] && languages+=("$lang")
  done
  [ "${#languages[@]}" -gt 0 ] || die "the build in $out has no language folders to give Hugo"
  {
    echo 'baseURL = "https://labs.example.org/"'
    echo 'title = "Kubernetes Lab Notebook (benchmark)"'
    echo 'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]'
    echo "defaultContentLanguage = \"${languages[0]}\""
    echo 'defaultContentLanguageInSubdir = true'
    local weight=0
    for lang in "${languages[@]}"; do
      weight=$((weight + 1))
      printf '[languages.%s]\n  contentDir = "content/%s"\n  weight = %d\n' "$lang" "$lang" "$weight"
    done
    printf '[markup.highlight]\n  noClasses = false\n'
  } >"$hugo_site/hugo.toml"
  cat >"$hugo_site/layouts/_default/baseof.html" <<'EOF'
<!doctype html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>
EOF
  cat >"$hugo_site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
EOF
  cat >"$hugo_site/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
  # One leaf bundle per report: content/<lang>/<chapter>/<record>/index.md, the title in single quotes.
  (cd "$out" && find "${languages[@]}" -name report.md -printf "$hugo_site/content/%h\n") | xargs -r -d '\n' mkdir -p ||
    die "could not make the Hugo content folders"
  (cd "$out" && find "${languages[@]}" -name report.md -print0) | (cd "$out" && xargs -r -0 awk -v dst="$hugo_site/content/" -v q="'" '
    function finish() { if (file != "" && !seen) { print "build-scale.sh: " file " has no # heading" > "/dev/stderr"; failed = 1; exit 1 }
                        if (file != "") close(target) }
    FNR == 1 { finish(); file = FILENAME; target = dst file; sub(/report\.md$/, "index.md", target); seen = 0; before = "" }
    !seen && /^# / { title = substr($0, 3); gsub(q, q q, title)
                     printf "---\ntitle: %s\n---\n%s", q title q, before > target; seen = 1; next }
    !seen { before = before $0 "\n"; next }
    { print > target }
    END { if (!failed) finish() }') || die "could not turn the reports in $out into Hugo pages"
  pages="$(find "$hugo_site/content" -name index.md | wc -l)"
  [ "$pages" -eq "$expected" ] || die "expected $expected reports in $out for Hugo, found $pages"
}
hugo_cmd=(hugo --quiet --source "$hugo_site" --cacheDir "$work/hugo-cache")

# Runs the measurements of one content folder of $1 records: check, cold build, then Hugo (and, unless
# "scaling", warm and edited builds). Keys are "<what>@<N>".
measure_size() {
  local n="$1" what="$2" content="$work/content-$1"
  local build=("${sitegen[@]}" build --content "$content" --templates "$root/templates" --out "$out")
  echo
  echo "N = $n records ($((2 * n)) experiment pages and $((2 * n)) reports per build), $runs run$([ "$runs" = 1 ] || echo s) each:"
  "$root/bench/generate-content.sh" "$n" "$content" >/dev/null
  measure "check@$n"  "check (new process)" fresh_check "${sitegen[@]}" check --content "$content"
  measure "cold@$n"   "cold build" forget_build "${build[@]}"
  search_index "$n"
  if have_hugo; then make_hugo_site "$((2 * n))" "$content"; fi
  if [ "$what" = all ]; then
    measure "first@$n" "first build (empty caches)" forget_everything "${build[@]}"
    measure "warm@$n" "warm build, nothing changed" keep_build "${build[@]}"
    pick_edited_record "$content"
    measure "edit@$n" "one record edited ($(basename "$edited" .yaml | cut -d- -f1))" edit_one_record "${build[@]}"
    echo "  one record edited, inside one long-lived process (bench/SiteGen.Bench, as the dev server runs):"
    "${harness[@]}" "$content" "$root/templates" "$work/long-lived/site" "$SITEGEN_CACHE_DIR" "$edited" "$runs" >"$work/harness.log" 2>&1 ||
      { cat "$work/harness.log" >&2; die "bench/SiteGen.Bench failed (output above)"; }
    sed 's/^/    /' "$work/harness.log"
    long_lived="$(tail -n 1 "$work/harness.log")"
    rm -rf "$work/long-lived"
  fi
  if have_hugo; then measure "hugo@$n" "Hugo $hugo_version cold" forget_hugo "${hugo_cmd[@]}"; fi
  rm -rf "$content" "$(dirname "$out")" "$hugo_site"
}

# The search index the last cold build wrote (its size and files; what a reader downloads for one search is
# pagefind.js, the language's .pf_meta and WebAssembly, and the few index chunks and fragments the query
# needs), and Pagefind alone indexing the same built pages with its own command line, timed like the builds:
# the part of a cold build that search costs.
search_index() {
  local n="$1" bundle="$out/pagefind" pagefind="$work/sitegen-bin/vendor/pagefind/pagefind_extended"
  if [ ! -d "$bundle" ] || [ ! -x "$pagefind" ]; then echo "  search index: none (no Pagefind binary for this platform)"; return; fi
  rm -rf "$work/indexed"; cp -a "$out" "$work/indexed"; rm -rf "$work/indexed/pagefind"
  local bytes files chunk
  bytes="$(du -sb "$bundle" | cut -f1)"
  files="$(find "$bundle" -type f | wc -l)"
  chunk="$(find "$bundle/index" -type f -printf '%s\n' | sort -n | tail -n 1)"
  search_note="$(awk -v b="$bytes" -v f="$files" -v c="$chunk" 'BEGIN {printf "search index of %d pages: %.1f MiB in %d files, largest index chunk %.0f KiB", 0, b / 1048576, f, c / 1024}' | sed "s/of 0 pages/of $((2 * n)) pages/")"
  echo "  $search_note"
  measure "pagefind@$n" "Pagefind alone, same pages" forget_pagefind_output "$pagefind" --site "$work/indexed" --output-path "$work/pagefind-out"
  rm -rf "$work/indexed" "$work/pagefind-out"
}
forget_pagefind_output() { rm -rf "$work/pagefind-out"; }

row() { # label key n
  local w="${wall_median[$2]}" m="${mib_median[$2]}" hw hm
  if have_hugo; then hw="$(ratio "$w" "${wall_median[hugo@$3]}")"; hm="$(ratio "$m" "${mib_median[hugo@$3]}")"; else hw=-; hm=-; fi
  printf '%-36s %10.2f s %10.1f MiB %11s %11s\n' "$1" "$w" "$m" "$hw" "$hm"
}
header() { printf '%-36s %12s %14s %11s %11s\n' measurement "median wall" "median peak" "wall/Hugo" "peak/Hugo"; }

cores="$(nproc)"
echo "Filling the template cache (one untimed build)..."
fill_template_cache

if [ "$mode" = default ]; then
  measure_size "$n" all
  echo
  echo "SiteGen vs Hugo: N = $n records, $runs run$([ "$runs" = 1 ] || echo s) each, medians, $cores cores ($(uname -m))"
  header
  row "check (new process)" "check@$n" "$n"
  row "cold build" "cold@$n" "$n"
  if [ -n "${wall_median[pagefind@$n]:-}" ]; then row "  of which search (Pagefind alone)" "pagefind@$n" "$n"; echo "  ${search_note:-}"; fi
  row "first build (empty caches)" "first@$n" "$n"
  row "warm build, nothing changed" "warm@$n" "$n"
  row "one record edited" "edit@$n" "$n"
  echo "${long_lived:-}"
  if have_hugo; then
    row "Hugo $hugo_version cold" "hugo@$n" "$n"
    echo
    echo "Cold build, SiteGen ÷ Hugo (same text, measured in this run): $(ratio "${wall_median[cold@$n]}" "${wall_median[hugo@$n]}") wall time, $(ratio "${mib_median[cold@$n]}" "${mib_median[hugo@$n]}") peak memory."
  else
    echo "$hugo_note"
  fi
else
  for s in $sizes; do measure_size "$s" scaling; done
  echo
  echo "Scaling: N = ${sizes// /, }, $runs run$([ "$runs" = 1 ] || echo s) each, medians, $cores cores ($(uname -m))"
  header
  for s in $sizes; do
    row "check, N = $s" "check@$s" "$s"
    row "cold build, N = $s" "cold@$s" "$s"
    if have_hugo; then row "Hugo $hugo_version cold, N = $s" "hugo@$s" "$s"; fi
  done
  echo
  echo "Growth from one N to the next (time and memory ratios; a linear build grows its time by the N ratio):"
  printf '%-14s %8s  %-24s %-24s %s\n' "" "N ratio" "cold build wall / peak" "check wall / peak" "Hugo cold wall / peak"
  grow() { printf '%s / %s' "$(ratio "${wall_median[$1@$s]}" "${wall_median[$1@$prev]}")" "$(ratio "${mib_median[$1@$s]}" "${mib_median[$1@$prev]}")"; }
  prev=""
  for s in $sizes; do
    if [ -n "$prev" ]; then
      printf '%-14s %8s  %-24s %-24s %s\n' "$s vs $prev" "$(ratio "$s" "$prev")" "$(grow cold)" "$(grow check)" \
        "$(have_hugo && grow hugo || echo -)"
    fi
    prev="$s"
  done
  if [[ " $sizes " == *" 1000 "* && " $sizes " == *" 5000 "* ]]; then
    w="$(awk -v a="${wall_median[cold@5000]}" -v b="${wall_median[cold@1000]}" 'BEGIN {printf "%.2f", a / b}')"
    m="$(awk -v a="${mib_median[cold@5000]}" -v b="${mib_median[cold@1000]}" 'BEGIN {printf "%.2f", a / b}')"
    verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t ? "within" : "OVER")}'; }
    echo
    echo "Cold build, 5000 vs 1000 records: wall time ${w}x (target ≤ 5.5x: $(verdict "$w" 5.5)), peak memory ${m}x (target ≤ 1.5x: $(verdict "$m" 1.5))."
  fi
  have_hugo || echo "$hugo_note"
fi
