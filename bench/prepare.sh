# Sourced by run.sh and profile.sh: builds the processor and the harness, fetches Dekorate, and
# sets javac, java, target, processor_path, annotations_jar and dekorate_cp.

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
target="$bench/target"
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

echo "building the processor from $repo" >&2
mkdir -p "$target"
# never `mvn install`: the reactor resolves the annotations module itself
maven -f "$repo/pom.xml" -pl processor -am package dependency:build-classpath \
  -DskipTests -DincludeScope=runtime -Dmdep.outputFile="$target/processor-classpath.txt"
processor_jar="$(ls "$repo"/processor/target/slipway-processor-*.jar | grep -v -e sources -e javadoc | head -1)"
annotations_jar="$(ls "$repo"/annotations/target/slipway-annotations-*.jar | grep -v -e sources -e javadoc | head -1)"
processor_path="$processor_jar:$(cat "$target/processor-classpath.txt")"

echo "fetching Dekorate into $target/dekorate" >&2
rm -rf "$target/dekorate"
maven -f "$bench/pom.xml" dependency:copy-dependencies -DoutputDirectory="$target/dekorate"
dekorate_cp="$(find "$target/dekorate" -name '*.jar' | sort | paste -sd:)"

echo "compiling the harness" >&2
rm -rf "$target/harness"
"$javac" --release 17 -d "$target/harness" "$bench"/src/*.java
