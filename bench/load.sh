#!/usr/bin/env bash
# The runtime under load: the example's payments service built at a baseline revision and from the
# working tree, the same wrk runs against both, a Markdown report with after ÷ before ratios.
# Usage: bench/load.sh [--baseline REV] [--duration SECONDS] [--warmup SECONDS]   (see bench/README.md)
# The report goes to stdout and to bench/results/load-<UTC date and time>.md; progress to stderr.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
target="$bench/target/load"
# the runtime as issue 18 measured it, before TCP_NODELAY and the SIGTERM drain
baseline=f042ccf
duration=10
warmup=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline) baseline="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "unknown option $1 (see bench/README.md)" >&2; exit 2 ;;
  esac
done
java="$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")"

if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing wrk" >&2
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "the load benchmark needs wrk: apt-get install wrk" >&2
    exit 1
  fi
fi

# Maven offline when ~/.m2 already has everything, online (Maven Central) the first time.
maven() {
  mvn -B -q -o "$@" >/dev/null 2>&1 || mvn -B -q "$@" >&2
}

# build <name> <source tree>: the example app and the modules it needs, from a copy of the sources
# (never `mvn install`); prints the service's run-time class path
build() {
  echo "building $1 in $2" >&2
  maven -f "$2/pom.xml" -pl example-app -am package dependency:build-classpath -Dmaven.test.skip=true \
    -DincludeScope=runtime -Dmdep.outputFile=target/load-classpath.txt
  echo "$2/example-app/target/classes:$(cat "$2/example-app/target/load-classpath.txt")"
}

rm -rf "$target" && mkdir -p "$target/before" "$target/after"
before_rev="$(git -C "$repo" rev-parse --short "$baseline")"
git -C "$repo" archive "$before_rev" | tar -x -C "$target/before"
# the working tree as it is, uncommitted changes included, without build output
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -c) | tar -x -C "$target/after"
after_rev="$(git -C "$repo" describe --always --dirty)"
before_cp="$(build before "$target/before")"
after_cp="$(build after "$target/after")"

"$java" "$bench/src/LoadBench.java" \
  --java "$java" \
  --wrk "$(command -v wrk)" \
  --lua "$bench/load.lua" \
  --duration "$duration" \
  --warmup "$warmup" \
  --results "$bench/results" \
  --variant "before=$before_rev=$before_cp" \
  --variant "after=$after_rev=$after_cp"
