#!/usr/bin/env bash
# Benchmark (DESIGN.md "Budgets"): start to painted form, offscreen, beside a bare Qt window
# started the same way in the same run (tests/bench/bare_window.cpp):
#   - ndrform on its bundled sample report            budget: within 1.3x of the bare window
#   - ndrform on a report whose original has 10,000 recipients and 20 MB of attachments
#                                                      budget: under 2x; peak memory under 3x the file
# Each batch is one run of startrun (startrun.cpp): the three commands in turn, round after
# round, after 3 rounds of warm-up; the ratios are per batch, and the median batch is the figure.
#   tests/bench/startup.sh [BUILD_DIR] [RUNS_PER_BATCH] [BATCHES]
# BUILD_DIR is a Release build with ndrform, ndr_fixturegen, bare_window (default: build).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"; runs="${2:-20}"; batches="${3:-3}"
ndrform="$build/app/ndrform/ndrform"; bare="$build/tests/bench/bare_window"
gen="$build/tests/fixtures/ndr_fixturegen"; startrun="$build/tests/bench/startrun"
for exe in "$ndrform" "$bare" "$gen" "$startrun"; do
  [ -x "$exe" ] || { echo "build $(basename "$exe") first ($exe)"; exit 2; }
done

work="$(mktemp -d /tmp/ndr-startup.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/xdg"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/xdg" XDG_CONFIG_HOME="$work/config" \
       XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" LC_ALL=C.UTF-8

large="$work/large-10000-recipients.msg"
"$gen" ndr report-recipients "$large" --recipients 10000 --attachment-bytes 20000000
large_bytes=$(stat -c %s "$large")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "large report: $large_bytes bytes"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One batch: for bare, sample, large, "WALL CPU PEAK": the median wall time and the mean CPU
# time (user + system) in ms, the median peak memory in KiB. CPU time is the steadier figure
# on a machine others load.
batch() {
  "$startrun" "$runs" 3 -- "$bare" -- "$ndrform" --quit-on-paint -- "$ndrform" --quit-on-paint "$large"
}

: >"$work/r_sample"; : >"$work/r_large"; : >"$work/c_sample"; : >"$work/c_large"
: >"$work/m_bare"; : >"$work/m_sample"; : >"$work/m_large"
for ((b = 1; b <= batches; b++)); do
  mapfile -t t < <(batch)
  [ "${#t[@]}" -eq 3 ] || { echo "a start-up run failed"; exit 1; }
  read -r w0 c0 m0 <<<"${t[0]}"; read -r w1 c1 m1 <<<"${t[1]}"; read -r w2 c2 m2 <<<"${t[2]}"
  echo "$m0" >>"$work/m_bare"; echo "$m1" >>"$work/m_sample"; echo "$m2" >>"$work/m_large"
  rs=$(echo "scale=3; $w1 / $w0" | bc); rl=$(echo "scale=3; $w2 / $w0" | bc)
  echo "$rs" >>"$work/r_sample"; echo "$rl" >>"$work/r_large"
  printf 'batch %d, wall (median of %d): bare %7.1f ms   sample %7.1f ms (%.2fx)   large %7.1f ms (%.2fx)\n' \
    "$b" "$runs" "$w0" "$w1" "$rs" "$w2" "$rl"
  cs=$(echo "scale=3; $c1 / $c0" | bc); cl=$(echo "scale=3; $c2 / $c0" | bc)
  echo "$cs" >>"$work/c_sample"; echo "$cl" >>"$work/c_large"
  printf 'batch %d, CPU user+sys (mean):  bare %7.1f ms   sample %7.1f ms (%.2fx)   large %7.1f ms (%.2fx)\n' \
    "$b" "$c0" "$c1" "$cs" "$c2" "$cl"
done

# Peak memory (the kernel's maximum resident set), the median over every batch's runs' medians.
m_bare=$(median <"$work/m_bare"); m_sample=$(median <"$work/m_sample"); m_large=$(median <"$work/m_large")

rs=$(median <"$work/r_sample"); rl=$(median <"$work/r_large")
mem_ratio=$(echo "scale=2; $m_large * 1024 / $large_bytes" | bc)
mem_above=$(echo "scale=2; ($m_large - $m_bare) * 1024 / $large_bytes" | bc)
echo "peak RSS: bare $m_bare KiB, sample $m_sample KiB, large $m_large KiB"
echo
echo "start-up, sample report / bare window: ${rs}x wall   (budget 1.3x)"
echo "start-up, large report / bare window:  ${rl}x wall   (budget 2.0x)"
echo "start-up, sample report / bare window: $(median <"$work/c_sample")x CPU"
echo "start-up, large report / bare window:  $(median <"$work/c_large")x CPU"
echo "peak memory, large report / file size: ${mem_ratio}x   (above the bare window's: ${mem_above}x; budget 3.0x)"
