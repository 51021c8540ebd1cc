#!/usr/bin/env bash
# Builds the benchmarks (Release, in build/perf), runs all of them and writes docs/performance.md.
#   tools/bench.sh [--runs=N] [recall-lookup-bench flags, e.g. --sizes=1k,100k or --benchmark_filter=search]
# The first run generates the synthetic catalogues into build/perf/benchmarks/cache (the 1M one takes
# minutes and a few GB of disk); later runs reuse them. With --runs=N (default 1) the benchmarks run N times
# and the table shows the median of each figure over the runs.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=1
args=()
for arg in "$@"; do
    case "$arg" in
        --runs=*) runs="${arg#--runs=}" ;;
        *) args+=("$arg") ;;
    esac
done

build=build/perf
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DRECALL_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target recall-lookup-bench

results=()
for ((run = 1; run <= runs; run++)); do
    out="$build/benchmarks/results-$run.json"
    echo "== Run $run of $runs"
    "$build/benchmarks/recall-lookup-bench" --benchmark_out="$out" --benchmark_out_format=json "${args[@]}"
    results+=("$out")
done
mkdir -p docs
python3 tools/bench-report.py "${results[@]}" > docs/performance.md
echo "== Wrote docs/performance.md"
