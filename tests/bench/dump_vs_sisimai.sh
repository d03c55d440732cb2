#!/usr/bin/env bash
# Benchmark (DESIGN.md "Budgets"): `ndrtool dump` beside Sisimai (../shared/tools/sisimai-dump.pl)
# over the same bounce files, best of RUNS each, in one run. Two figures:
#   - the corpus once (118 files): what a user running either over a folder waits for; with so
#     few small files, both programs' start-up is much of it;
#   - the corpus ten times over in one process each (1,180 files): the reading itself.
# Beside each, the floor: GMime alone parsing the same files and decoding every part
# (bench_gmimeparse), which bounds how much faster than Sisimai a dump reading MIME with GMime
# can be.
#   tests/bench/dump_vs_sisimai.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"; runs="${2:-5}"
shared="$here/../shared"
ndrtool="$build/app/ndrtool/ndrtool"; gmimeparse="$build/tests/bench/bench_gmimeparse"
for exe in "$ndrtool" "$gmimeparse"; do
  [ -x "$exe" ] || { echo "build $(basename "$exe") first ($exe)"; exit 2; }
done
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
floor() {  # best time in ms of GMime alone parsing "$@" and decoding every part (its own figure)
  for _ in $(seq "$runs"); do "$gmimeparse" "$@"; done | sort -n | head -1
}
compare() {  # label, files...
  local label="$1"; shift
  local ours theirs gmime
  ours=$(best "$ndrtool" dump "$@")
  theirs=$(best perl "$shared/tools/sisimai-dump.pl" --fix-cr "$@")
  gmime=$(floor "$@")
  awk -v l="$label" -v n="$#" -v a="$ours" -v b="$theirs" -v g="$gmime" \
    'BEGIN { printf "%-22s %5d files  ndrtool dump %6d ms   sisimai-dump.pl %6d ms   ndrtool is %.1fx faster\n", l, n, a, b, b / (a < 1 ? 1 : a);
             printf "%-22s %5s        GMime parsing alone (no process start) %.1f ms: a dump that reads MIME with GMime is at most %.1fx faster\n", "", "", g, b / (g < 0.1 ? 0.1 : g) }'
}
echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION'), best of $runs runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
compare "corpus" "${files[@]}"
compare "corpus x10, one run" "${many[@]}"
