#!/usr/bin/env bash
# Every benchmark of DESIGN.md's budgets, one after the other, each printing its figures as
# ratios to its peer measured in the same run (the figures in README.md come from this).
#   tests/bench/all.sh [BUILD_DIR]        BUILD_DIR: a Release build (default build)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
work="$(mktemp -d /tmp/ndr-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "== start-up to the painted form, beside a bare Qt window"
bash "$here/tests/bench/startup.sh" "$build" 20 3
echo; echo "== 10,000 recipients: sorting and scrolling, beside a plain QTableView; Expand All, beside a plain QTreeView"
"$build/tests/fixtures/ndr_fixturegen" ndr report-recipients "$work/large.msg" --recipients 10000 --attachment-bytes 20000000
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_largetable" "$work/large.msg" --runs 3 2>/dev/null
echo; echo "== .msg reading, beside @kenjiuno/msgreader"
bash "$here/tests/bench/msgread_vs_msgreader.sh" "$build" 5
echo; echo "== ndrtool dump, beside Sisimai"
bash "$here/tests/bench/dump_vs_sisimai.sh" "$build" 5
echo; echo "== resend into a store of 100,000 messages, beside a direct SQLite write"
"$build/tests/bench/bench_resend" --runs 5 --keep "${NDR_BENCH_KEEP:-$HOME/.cache/ndr-bench}"
