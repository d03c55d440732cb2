#!/usr/bin/env bash
# Benchmark: .msg reading, our reader (bench_msgread) beside @kenjiuno/msgreader (npm, the
# pinned module under tests/msg/independent) on the same files, each in one process, best of
# RUNS passes, every attachment's bytes read. Two sets: the fixtures plus ../shared/corpus/msg
# (typical files), and the report whose original has 10,000 recipients and 20 MB of attachments.
#   tests/bench/msgread_vs_msgreader.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"; runs="${2:-5}"
bench="$build/tests/bench/bench_msgread"; gen="$build/tests/fixtures/ndr_fixturegen"
modules="$here/tests/msg/independent"
[ -x "$bench" ] && [ -x "$gen" ] || { echo "build bench_msgread and ndr_fixturegen first"; exit 2; }
[ -d "$modules/node_modules/@kenjiuno/msgreader" ] || npm ci --silent --prefix "$modules"

work="$(mktemp -d /tmp/ndr-msgread.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$gen" all "$work/fixtures"
"$gen" ndr report-recipients "$work/large.msg" --recipients 10000 --attachment-bytes 20000000
mapfile -t typical < <( (find "$work/fixtures" -name '*.msg'; [ -d "$here/../shared/corpus/msg" ] && find "$here/../shared/corpus/msg" -name '*.msg') | sort)

ms() { sed -n 's/.*best-ms \([0-9.]*\).*/\1/p'; }
compare() {  # label, files...
  local label="$1"; shift
  local ours theirs
  ours=$("$bench" "$runs" "$@" | ms)
  theirs=$(node "$here/tests/bench/msgread.mjs" "$modules" "$runs" "$@" | ms)
  printf '%-28s %3d files  ours %8.1f ms   @kenjiuno/msgreader %8.1f ms   ours is %.1fx faster\n' \
    "$label" "$#" "$ours" "$theirs" "$(echo "scale=3; $theirs / $ours" | bc)"
}
echo "best of $runs passes, in-process (node $(node --version))"
compare "fixtures + corpus" "${typical[@]}"
compare "10,000 recipients, 20 MB" "$work/large.msg"
