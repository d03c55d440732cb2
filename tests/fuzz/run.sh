#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) and runs each for a bounded time
# over seeds made by our fixture writer and MIME builder, plus ../shared/corpus where present
# and the recorded inputs under tests/hostile/inputs. Seeds and the growing corpus live in a
# scratch folder under /tmp, never in the repository.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR] [TARGET...]
# Exit status 1 when a target found a crash, a hang (-timeout=5) or runaway memory
# (-rss_limit_mb=2048); the reproducer's path is printed. Minimise one with
#   BUILD_DIR/tests/fuzz/TARGET -minimize_crash=1 -runs=20000 -exact_artifact_path=OUT CRASH
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
secs="${1:-60}"; build="${2:-$here/build-fuzz}"
shift $(( $# < 2 ? $# : 2 ))
targets=("$@"); ((${#targets[@]})) || targets=(fuzz_msg fuzz_mime fuzz_report fuzz_deliverystatus fuzz_store)
command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 is not installed; skipped"; exit 0; }

flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DNDR_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]}" ndr_fixturegen ndr_fuzzseeds

work="${NDR_FUZZ_WORK:-$(mktemp -d /tmp/ndr-fuzz.XXXXXX)}"
mkdir -p "$work/seeds/msg" "$work/seeds/mime" "$work/seeds/store" "$work/artifacts"
"$build/tests/fixtures/ndr_fixturegen" all "$work/seeds/msg"
"$build/tests/fuzz/ndr_fuzzseeds" mime "$work/seeds/mime"
"$build/tests/fuzz/ndr_fuzzseeds" store "$work/seeds/store"
corpus="$here/../shared/corpus"; hostile="$here/tests/hostile/inputs"

found=0
for t in "${targets[@]}"; do
  seeds=()
  case "$t" in
    fuzz_msg) seeds=("$work/seeds/msg"); [ -d "$corpus/msg" ] && seeds+=("$corpus/msg") ;;
    fuzz_mime|fuzz_deliverystatus) seeds=("$work/seeds/mime"); [ -d "$corpus/dsn" ] && seeds+=("$corpus/dsn") ;;
    fuzz_store) seeds=("$work/seeds/store") ;;
    *) seeds=("$work/seeds/msg" "$work/seeds/mime"); [ -d "$corpus" ] && seeds+=("$corpus") ;;
  esac
  [ -d "$hostile" ] && [ "$t" != fuzz_store ] && seeds+=("$hostile")
  mkdir -p "$work/corpus/$t"
  echo "== $t: ${secs}s over ${seeds[*]}"
  # Subfolders of the corpus are not read by libFuzzer: flatten them into the target's own corpus.
  find "${seeds[@]}" -type f -size -2M ! -name '*.md' -exec cp -n -t "$work/corpus/$t" {} + 2>/dev/null || true
  if ! ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
       UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
       "$build/tests/fuzz/$t" -seed="${NDR_FUZZ_SEED:-20261122}" -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -max_len=1048576 \
         -print_final_stats=1 -artifact_prefix="$work/artifacts/$t-" "$work/corpus/$t" 2>"$work/$t.log"; then
    found=1
    echo "!! $t failed; see $work/$t.log"
    grep -E "^==[0-9]+==ERROR|SUMMARY|Test unit written|ALARM|out-of-memory" "$work/$t.log" | head -5 || true
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE" "$work/$t.log" | tr '\n' ' ' || true
  echo
done
echo "fuzz: work folder $work (corpora, logs, artifacts)"
exit "$found"
