#!/usr/bin/env bash
# Writes a content folder of N lab records for the benchmarks: copies of the sample record 2.1 spread over
# ten chapters of N/10, each with its own id, slug and title (so no two pages are the same text), and
# follow-ups that point at the next record. Each chapter gets a copy of the files beside the sample record (its
# manifest and its screenshot), which the copies name. Usage: bench/generate-content.sh N OUT_DIR
set -euo pipefail
n="${1:?number of records}"
out="${2:?output content folder}"
root="$(cd "$(dirname "$0")/.." && pwd)"
record="$root/content/experiments/02-controllers/2.1-statefulset.yaml"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "generate-content.sh: N must be a whole number above 0, not '$n'" >&2; exit 2; }
per=$(( (n + 9) / 10 ))

rm -rf "$out"
mkdir -p "$out/experiments"
{
  echo 'title: {zh: Kubernetes 实验笔记（基准）, en: Kubernetes Lab Notebook (benchmark)}'
  echo 'languages:'
  echo '  - {code: zh, locale: zh-CN, name: 中文}'
  echo '  - {code: en, locale: en, name: English}'
  echo 'default_language: zh'
  echo 'base_url: https://labs.example.org/'
  echo 'chapters:'
  for c in $(seq 1 10); do
    echo "  - {number: $c, slug: chapter-$c, title: {zh: 第 $c 章, en: Chapter $c}}"
  done
} > "$out/site.yaml"

i=0
for c in $(seq 1 10); do
  # Records in this chapter: the last chapters hold fewer (or none) when N is not a multiple of ten, and a
  # follow-up must wrap within the records that exist, or the check warns about an unknown id.
  count=$(( n - i < per ? n - i : per ))
  [ "$count" -gt 0 ] || break
  mkdir -p "$out/experiments/$(printf '%02d' "$c")-chapter-$c"
  # The sample chapter's resource files: everything there not named like a record (<id>-<slug>.yaml).
  (cd "$(dirname "$record")" && find . -type f ! -regex '.*/[0-9]+\.[0-9]+-[^/]*\.ya?ml' -print0 |
     xargs -r -0 cp --parents -t "$out/experiments/$(printf '%02d' "$c")-chapter-$c")
  for k in $(seq 1 "$count"); do
    i=$((i + 1))
    next_c=$c; next_k=$(( k % count + 1 ))
    sed -e "s/^id: \"2.1\"/id: \"$c.$k\"/" \
        -e "s/^slug: statefulset/slug: statefulset-$k/" \
        -e "s/^chapter: 2/chapter: $c/" \
        -e "s/^  zh: StatefulSet 有状态应用/  zh: StatefulSet 有状态应用 $c.$k/" \
        -e "s/^  en: \"StatefulSet: stateful applications\"/  en: \"StatefulSet: stateful applications $c.$k\"/" \
        -e "s/experiment: \"2.2\"/experiment: \"$next_c.$next_k\"/" \
        -e "s/experiment: \"4.1\"/experiment: \"$c.1\"/" \
        -e "s/replicas=3/replicas=$k/g" \
        "$record" > "$out/experiments/$(printf '%02d' "$c")-chapter-$c/$c.$k-statefulset-$k.yaml"
  done
done
echo "$i records in $out"
