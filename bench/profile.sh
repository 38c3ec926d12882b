#!/usr/bin/env bash
# Where does a Slipway compile spend its time? On one generated module: javac's main-thread CPU
# with -proc:none, with a processor that does nothing (bench/src/NoopProcessor.java) and with
# Slipway, and the part spent inside Slipway's processor (bench/src/SlipwayTimer.java), for
# several runs; one compile recorded with JFR; the classes loaded per jar with and without
# Slipway. Printed as Markdown (bench/src/Profile.java).
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
echo "## Main-thread CPU: floor, a no-op processor, Slipway (and the part inside Slipway)"
echo
echo "| run | floor (-proc:none) s | no-op processor s | Slipway s | inside Slipway's processor s |"
echo "|---:|---:|---:|---:|---:|"
main_cpu() { grep '^bench-main-thread-cpu-seconds=' | cut -d= -f2; }
for run in $(seq "$timed_runs"); do
  rm -rf "$work/timed" && mkdir -p "$work/timed/floor" "$work/timed/noop" "$work/timed/slipway"
  agent="-J-javaagent:$target/main-thread-cpu.jar"
  floor="$(compile "$agent" -proc:none -d "$work/timed/floor" 2>&1 | main_cpu)"
  noop="$(compile "$agent" -processorpath "$target/harness" -processor NoopProcessor \
    -d "$work/timed/noop" 2>&1 | main_cpu)"
  slipway_out="$(compile "$agent" -processorpath "$target/harness:$processor_path" -processor SlipwayTimer \
    -d "$work/timed/slipway" 2>&1)"
  inside="$(grep '^slipway-timer:' <<<"$slipway_out" | sed 's/^slipway-timer: cpu \([0-9.]*\) s.*/\1/')"
  echo "| $run | $floor | $noop | $(main_cpu <<<"$slipway_out") | $inside |"
done
echo
"$java" -cp "$target/harness" Profile "$work/slipway.jfr" "$work/slipway.log" "$work/floor.log"
