#!/usr/bin/env bash
# Benchmark (DESIGN.md "Budgets"): `ndrtool dump` beside Sisimai (../shared/tools/sisimai-dump.pl)
# over the same bounce files, in turn, round after round (startrun.cpp): the median of RUNS
# rounds each, in one run. Two figures:
#   - the corpus once (118 files): what a user running either over a folder waits for; with so
#     few small files, both programs' start-up is much of it;
#   - the corpus ten times over in one process each (1,180 files): the reading itself.
# Beside each, the floor of a dump built on Qt Core and GMime: the start-up of a program that
# only starts Qt Core (bare_core, timed in the same rounds), plus GMime alone parsing the same
# files into its tree of parts (bench_gmimeparse), shared perfectly over the cores. No such
# dump can be faster than that.
#   tests/bench/dump_vs_sisimai.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"; runs="${2:-5}"
shared="$here/../shared"
ndrtool="$build/app/ndrtool/ndrtool"; gmimeparse="$build/tests/bench/bench_gmimeparse"
barecore="$build/tests/bench/bare_core"; startrun="$build/tests/bench/startrun"
for exe in "$ndrtool" "$gmimeparse" "$barecore" "$startrun"; do
  [ -x "$exe" ] || { echo "build $(basename "$exe") first ($exe)"; exit 2; }
done
if ! perl -MSisimai -e1 2>/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends libsisimai-perl >/dev/null
fi
perl="$(command -v perl)"
mapfile -t files < <(find "$shared/corpus/dsn/maildir" -name '*.eml' | sort)
many=(); for _ in $(seq 10); do many+=("${files[@]}"); done

floor() {  # best time in ms of GMime alone parsing "$@" (its own figure, no process start)
  for _ in $(seq "$runs"); do "$gmimeparse" "$@"; done | sort -n | head -1
}
compare() {  # label, files...
  local label="$1"; shift
  local ours theirs start gmime
  # startrun prints "WALL_MS CPU_MS PEAK_KIB" per command; the wall times are the figures.
  { read -r ours _; read -r theirs _; read -r start _; } < <(
    "$startrun" "$runs" 1 -- "$ndrtool" dump "$@" -- "$perl" "$shared/tools/sisimai-dump.pl" --fix-cr "$@" -- "$barecore")
  [ -n "$start" ] || { echo "a timed run failed"; exit 1; }
  gmime=$(floor "$@")
  awk -v l="$label" -v n="$#" -v a="$ours" -v b="$theirs" -v g="$gmime" -v s="$start" -v c="$(nproc)" \
    'BEGIN { printf "%-22s %5d files  ndrtool dump %6.1f ms   sisimai-dump.pl %6.1f ms   ndrtool is %.1fx faster\n", l, n, a, b, b / a;
             printf "%-22s %5s        floor: Qt Core started %.1f ms + GMime alone parsing them %.1f ms over %d cores: a dump on Qt Core and GMime is at most %.1fx faster\n", "", "", s, g, c, b / (s + g / c) }'
}
echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION'), median of $runs rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
compare "corpus" "${files[@]}"
compare "corpus x10, one run" "${many[@]}"
