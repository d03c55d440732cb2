#!/usr/bin/env bash
# Benchmark: `ndrtool dump` against Sisimai (../shared/tools/sisimai-dump.pl) over the same
# bounce files, best of N runs each; prints both times and the ratio.
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

best() {  # best wall time in ms of "$@" over $runs runs
  local best=999999999 t0 t1 ms
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); (( ms < best )) && best=$ms
  done
  echo "$best"
}
ours=$(best "$ndrtool" dump "${files[@]}")
theirs=$(best perl "$shared/tools/sisimai-dump.pl" --fix-cr "${files[@]}")
echo "files: ${#files[@]}   runs: $runs (best of)"
echo "ndrtool dump:    ${ours} ms"
echo "sisimai-dump.pl: ${theirs} ms"
awk -v a="$ours" -v b="$theirs" 'BEGIN { if (a < 1) a = 1; printf "ndrtool is %.1fx faster\n", b / a }'
