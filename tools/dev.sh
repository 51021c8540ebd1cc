#!/usr/bin/env bash
# Set up a Debian 12 machine for Recall Lookup and build it.
#   tools/dev.sh run    install the packages, build (Release) and start the app
#   tools/dev.sh test   install the packages, build and run the whole test suite, then install into a
#                       staging folder and run the installed CLI, then run the test suite again under
#                       AddressSanitizer and UndefinedBehaviorSanitizer (build/asan) and each libFuzzer
#                       target for RECALL_FUZZ_SECONDS (default 50) seconds (build/fuzz); what CI runs,
#                       through .ci/run. Each stage prints how long it took.
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in
    run|test) ;;
    *) echo "usage: tools/dev.sh run|test" >&2; exit 2 ;;
esac

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

echo "== Installing Debian packages"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $(grep -v '^#' packaging/debian12-build-deps.txt) >/dev/null

if [ "$mode" = run ]; then
    cmake --preset release
    cmake --build --preset release
    exec ./build/release/app/gui/recall-lookup
fi

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
lap=$SECONDS
took() { echo "-- $1 took $((SECONDS - lap)) s"; lap=$SECONDS; }
echo "== Configuring and building"
cmake --preset ci
cmake --build --preset ci
took "configuring and building"
echo "== Running the tests"
ctest --preset ci
took "the tests"
echo "== Installing into a staging folder and running the installed CLI"
stage="$(mktemp -d)"
DESTDIR="$stage" cmake --install build/ci --prefix /usr >/dev/null
XDG_DATA_HOME="$stage/home" "$stage/usr/bin/recall-lookup-cli" --version
XDG_DATA_HOME="$stage/home" "$stage/usr/bin/recall-lookup-cli" check --model A3130 --colour white --lang en
rm -rf "$stage"
took "the installed CLI"
echo "== Building the tests with AddressSanitizer and UndefinedBehaviorSanitizer (build/asan)"
cmake --preset asan
cmake --build --preset asan
took "the sanitized build"
echo "== Running the tests under the sanitizers (without the packaging test)"
ctest --preset asan
took "the sanitized tests"
echo "== Fuzzing (build/fuzz, ${RECALL_FUZZ_SECONDS:-50} s per target)"
tools/fuzz.sh -t "${RECALL_FUZZ_SECONDS:-50}"
took "fuzzing"
echo "== All good"
