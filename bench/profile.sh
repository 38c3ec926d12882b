#!/usr/bin/env bash
# Where does a Slipway compile spend its time? Records one compile of a generated module with JFR
# and with -Xlog:class+load, and one -proc:none compile for the class-loading baseline, then
# prints a Markdown summary (bench/src/Profile.java).
# Usage: bench/profile.sh [classes (1000)] [services (100)]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"
classes="${1:-1000}"
services="${2:-100}"

work="$(mktemp -d "${TMPDIR:-/tmp}/slipway-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$java" -cp "$target/harness" Generate "$work/module" "$classes" "$services" slipway >&2
find "$work/module/src" -name '*.java' | sort > "$work/sources.txt"
mkdir -p "$work/floor" "$work/slipway" "$work/slipway-jfr"
compile() {
  "$javac" "$@" --release 17 -encoding UTF-8 -cp "$annotations_jar" @"$work/sources.txt" >&2
}
slipway=(-processorpath "$processor_path" -processor dev.slipway.processor.SlipwayProcessor)
compile -J-Xlog:class+load=info:file="$work/floor.log" -proc:none -d "$work/floor"
compile -J-Xlog:class+load=info:file="$work/slipway.log" "${slipway[@]}" -d "$work/slipway"
compile -J-XX:StartFlightRecording=filename="$work/slipway.jfr",settings=profile \
  "${slipway[@]}" -d "$work/slipway-jfr"
echo "# Profile of one Slipway compile: $classes classes, $services services"
echo
"$java" -cp "$target/harness" Profile "$work/slipway.jfr" "$work/slipway.log" "$work/floor.log"
