#!/usr/bin/env bash
# Where does a Slipway compile spend its time? On one generated module: the CPU time javac's
# thread spends inside the processor (bench/src/SlipwayTimer.java, several runs), one compile
# recorded with JFR, and the classes loaded per jar with and without Slipway; printed as Markdown
# (bench/src/Profile.java).
# Usage: bench/profile.sh [classes (1000)] [services (100)] [timed runs (3)]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"
classes="${1:-1000}"
services="${2:-100}"
timed_runs="${3:-3}"

work="$(mktemp -d "${TMPDIR:-/tmp}/slipway-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$java" -cp "$target/harness" Generate "$work/module" "$classes" "$services" slipway >&2
find "$work/module/src" -name '*.java' | sort > "$work/sources.txt"
mkdir -p "$work/floor" "$work/slipway" "$work/slipway-jfr"
compile() {
  "$javac" "$@" --release 17 -encoding UTF-8 -cp "$slipway_cp" @"$work/sources.txt" >&2
}
slipway=(-processorpath "$processor_path" -processor dev.slipway.processor.SlipwayProcessor)
compile -J-Xlog:class+load=info:file="$work/floor.log" -proc:none -d "$work/floor"
compile -J-Xlog:class+load=info:file="$work/slipway.log" "${slipway[@]}" -d "$work/slipway"
compile -J-XX:StartFlightRecording=filename="$work/slipway.jfr",settings=profile \
  "${slipway[@]}" -d "$work/slipway-jfr"
echo "# Profile of a Slipway compile: $classes classes, $services services"
echo
echo "## CPU time of javac's thread inside the processor"
echo
for run in $(seq "$timed_runs"); do
  rm -rf "$work/timed" && mkdir -p "$work/timed"
  compile -processorpath "$target/harness:$processor_path" -processor SlipwayTimer -d "$work/timed" 2>&1 \
    | grep '^slipway-timer:' | sed "s/^slipway-timer:/- run $run:/"
done
echo
"$java" -cp "$target/harness" Profile "$work/slipway.jfr" "$work/slipway.log" "$work/floor.log"
