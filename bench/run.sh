#!/usr/bin/env bash
# Compile-time benchmark: Slipway against plain javac (-proc:none) and Dekorate.
# Usage: bench/run.sh [--quick] [--reps N] [--warmups N] [--only CASE,...] [--baseline REV]
# (see bench/README.md)
# The Markdown report goes to stdout and to bench/results/; progress goes to stderr.
set -euo pipefail
args=()
baseline=""
while [[ $# -gt 0 ]]; do
  if [[ "$1" == --baseline ]]; then baseline="$2"; shift 2; else args+=("$1"); shift; fi
done
source "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"

work="$(mktemp -d "${TMPDIR:-/tmp}/slipway-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$java" -cp "$target/harness" Bench \
  --javac "$javac" \
  --processor-path "$processor_path" \
  --slipway-classpath "$slipway_cp" \
  --dekorate-classpath "$dekorate_cp" \
  --work "$work" \
  --agent "$target/main-thread-cpu.jar" \
  --harness "$target/harness" \
  --revision "$revision" \
  --baseline-processor-path "$baseline_path" \
  --baseline-revision "$baseline" \
  --results "$bench/results" \
  "${args[@]}"
