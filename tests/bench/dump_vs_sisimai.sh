#!/usr/bin/env bash
# Benchmark (DESIGN.md "Budgets"): `ndrtool dump` beside Sisimai (../shared/tools/sisimai-dump.pl)
# over the same bounce files, best of RUNS each, in one run. Two figures:
#   - the corpus once (118 files): what a user running either over a folder waits for; with so
#     few small files, both programs' start-up is much of it;
#   - the corpus ten times over in one process each (1,180 files): the reading itself.
#   tests/bench/dump_vs_sisimai.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"; runs="${2:-5}"
shared="$here/../shared"
ndrtool="$build/app/ndrtool/ndrtool"
[ -x "$ndrtool" ] || { echo "build ndrtool first ($ndrtool)"; exit 2; }
if ! perl -MSisimai -e1 2>/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends libsisimai-perl >/dev/null
fi
mapfile -t files < <(find "$shared/corpus/dsn/maildir" -name '*.eml' | sort)
many=(); for _ in $(seq 10); do many+=("${files[@]}"); done

best() {  # best wall time in ms of "$@" over $runs runs; a failing run fails the benchmark
  local best=999999999 t0 t1 ms
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); (( ms < best )) && best=$ms
  done
  echo "$best"
}
compare() {  # label, files...
  local label="$1"; shift
  local ours theirs
  ours=$(best "$ndrtool" dump "$@")
  theirs=$(best perl "$shared/tools/sisimai-dump.pl" --fix-cr "$@")
  awk -v l="$label" -v n="$#" -v a="$ours" -v b="$theirs" \
    'BEGIN { printf "%-22s %5d files  ndrtool dump %6d ms   sisimai-dump.pl %6d ms   ndrtool is %.1fx faster\n", l, n, a, b, b / (a < 1 ? 1 : a) }'
}
echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION'), best of $runs runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
compare "corpus" "${files[@]}"
compare "corpus x10, one run" "${many[@]}"
