# Sourced by run.sh and profile.sh: builds the processor and the harness, fetches Dekorate, and
# sets javac, java, target, processor_path, slipway_cp and dekorate_cp.

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
# one folder per script, so that profile.sh can run while run.sh is measuring
target="$bench/target/$(basename "$0" .sh)"
# the JDK on PATH, or $JAVA_HOME's: the same one compiles every variant
javac="$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}javac")"
java="$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")"

if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing GNU time (peak memory and CPU time of each compile)" >&2
    apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  else
    echo "the benchmark needs GNU time at /usr/bin/time: apt-get install time" >&2
    exit 1
  fi
fi

# Maven offline when ~/.m2 already has everything, online (Maven Central) the first time.
maven() {
  mvn -B -q -o "$@" >/dev/null 2>&1 || mvn -B -q "$@" >&2
}

echo "building the processor and the runtime from $repo" >&2
# never `mvn install`: the reactor resolves the annotations module itself
maven -f "$repo/pom.xml" -pl processor,runtime -am package dependency:build-classpath \
  -DskipTests -DincludeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt
# Copies, so that rebuilding the repository while the benchmark runs cannot change what it measures.
jars() { # module [checkout [folder]]: the module's jar and its runtime class path, copied into $target/<folder>/
  local from="${2:-$repo}" into="$target/${3:-$1}" jar
  rm -rf "${into:?}" && mkdir -p "$into"
  jar="$(ls "$from/$1"/target/slipway-*.jar | grep -v -e sources -e javadoc | head -1)"
  cp "$jar" "$into/"
  # a self-contained (shaded) jar is all a user puts on the processor path
  if ! self_contained "$jar"; then
    tr ':' '\n' < "$from/$1/target/bench-classpath.txt" | grep . | grep -v "/slipway-" \
      | xargs -r cp -t "$into/"
  fi
  find "$into" -name '*.jar' | sort | paste -sd:
}
self_contained() { # jar: whether it carries its dependencies relocated inside
  "$(dirname "$javac")/jar" --list --file "$1" | grep -q '^dev/slipway/processor/shaded/'
}
with_annotations() { # processor path: plus the annotations jar, unless the processor jar has them
  if self_contained "${1%%:*}"; then echo "$1"; else echo "$1:$2"; fi
}
annotations_built="$(ls "$repo"/annotations/target/slipway-annotations-*.jar | grep -v -e sources -e javadoc | head -1)"
rm -rf "$target/annotations" && mkdir -p "$target/annotations" && cp "$annotations_built" "$target/annotations/"
annotations_jar="$target/annotations/$(basename "$annotations_built")"
# the processor path: the processor with its libraries and the annotations (the shaded jar alone)
processor_path="$(with_annotations "$(jars processor)" "$annotations_jar")"
# a service's compile class path: the annotations, and the runtime with its libraries
slipway_cp="$annotations_jar:$(jars runtime)"

# With --baseline REV, the processor as it was at that commit, built from a copy of its tree, so
# that one run compares the two on the same machine under the same load.
baseline_path=""
if [[ -n "${baseline:-}" ]]; then
  echo "building the processor at $baseline" >&2
  baseline_src="$target/baseline-src"
  rm -rf "$baseline_src" && mkdir -p "$baseline_src"
  git -C "$repo" archive "$baseline" | tar -x -C "$baseline_src"
  maven -f "$baseline_src/pom.xml" -pl processor -am package dependency:build-classpath \
    -DskipTests -DincludeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt
  baseline_path="$(with_annotations "$(jars processor "$baseline_src" baseline)" \
    "$(ls "$baseline_src"/annotations/target/slipway-annotations-*.jar | head -1)")"
fi

echo "fetching Dekorate into $target/dekorate" >&2
rm -rf "$target/dekorate"
maven -f "$bench/pom.xml" dependency:copy-dependencies -DoutputDirectory="$target/dekorate"
dekorate_cp="$(find "$target/dekorate" -name '*.jar' | sort | paste -sd:)"

echo "compiling the harness" >&2
rm -rf "$target/harness"
"$javac" --release 17 -d "$target/harness" "$bench"/src/*.java
printf 'Premain-Class: MainThreadCpu\n' > "$target/agent-manifest.txt"
jar --create --file "$target/main-thread-cpu.jar" --manifest "$target/agent-manifest.txt" \
  -C "$target/harness" MainThreadCpu.class
revision="$(git -C "$repo" describe --always --dirty 2>/dev/null || echo unknown)"
