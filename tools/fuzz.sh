#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`, clang) and runs each for a bounded time.
#   tools/fuzz.sh [-t SECONDS] [--no-build] [TARGET...] [-- LIBFUZZER_FLAGS...]
# TARGET is serial, search, csv, datarecord, datapack or record (default: all). SECONDS per target defaults to 50.
# Seeds come from tests/fuzz-corpus/TARGET/ (never written to); what the fuzzer learns goes to
# build/fuzz/corpus/TARGET/ and is reused by the next run; crashes, leaks and hangs are saved as
# build/fuzz/artifacts/TARGET/{crash,leak,timeout,oom}-* and make this script fail.
# Reproduce one: build/fuzz/fuzz/fuzz_TARGET build/fuzz/artifacts/TARGET/crash-...
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=50
build=1
targets=()
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        -t) seconds="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --) shift; extra=("$@"); break ;;
        serial|search|csv|datarecord|datapack|record) targets+=("$1"); shift ;;
        *) echo "usage: tools/fuzz.sh [-t SECONDS] [--no-build] [serial|search|csv|datarecord|datapack|record...] [-- FLAGS]" >&2
           exit 2 ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(serial search csv datarecord datapack record)

declare -A dictionary=([serial]=text [search]=text [csv]=csv [datarecord]=datarecord [datapack]=datapack)
# record is binary: no dictionary.
# Longest input tried: past each reader's own limit on input length (serial 1024, search 4096 characters).
declare -A max_len=([serial]=4200 [search]=10000 [csv]=8192 [datarecord]=8192 [datapack]=16384 [record]=20000)

if [ "$build" = 1 ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
fi

# intercept_tls_get_addr=0: see README, "Sanitizers" (LeakSanitizer's own crash on some dynamic TLS blocks).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:intercept_tls_get_addr=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt:print_suppressions=0"
# The data-pack target writes each input to a file and unpacks it: in memory when possible.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=/dev/shm
fi
if [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then # stack traces with function names and lines
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

failed=()
for target in "${targets[@]}"; do
    corpus="build/fuzz/corpus/$target"
    artifacts="build/fuzz/artifacts/$target"
    log="build/fuzz/logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    start=$SECONDS
    status=0
    # -timeout: one input running this long is a hang; -rss_limit_mb: using this much memory is a failure.
    "build/fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="${max_len[$target]}" -print_final_stats=1 ${dictionary[$target]+-dict="fuzz/${dictionary[$target]}.dict"} \
        -artifact_prefix="$artifacts/" ${extra[@]+"${extra[@]}"} \
        "$corpus" "tests/fuzz-corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 || true)
    if [ "$status" -ne 0 ]; then
        echo "== fuzz $target: FAILED (exit $status) after $((SECONDS - start)) s; log $log" >&2
        grep -E -A40 '^==[0-9]+==ERROR|runtime error|invariant failed|ERROR: libFuzzer|Test unit written' "$log" \
            | head -n 80 >&2 || tail -n 40 "$log" >&2
        failed+=("$target")
    else
        echo "== fuzz $target: ok, ${runs:-?} inputs in $((SECONDS - start)) s (${cov:-cov: ?}), corpus $(ls "$corpus" | wc -l) files"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "== fuzzing found problems in: ${failed[*]} (inputs in build/fuzz/artifacts/)" >&2
    exit 1
fi
