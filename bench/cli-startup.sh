#!/usr/bin/env bash
# CLI start-up: `java -jar <jar> help` (root launcher, tuned second JVM, reduced class path) against a bare JVM
# printing one line, same run. Prints the median wall time of each, the ratio and the classes the CLI's JVM loads.
# Run from the repository root: bench/cli-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-15}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=bench/out/cli-startup
mkdir -p "$WORK"
./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1
JAR=$(ls target/medvision-lab-*.jar | grep -v -- '-plain.jar' | head -1)
cat >"$WORK/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
"$JAVA_HOME/bin/javac" -d "$WORK" "$WORK/Hello.java"

median_seconds() {  # runs "$@" RUNS times, prints the median wall time in seconds
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)] / 1000}'
}

HELLO=$(median_seconds "$JAVA" -cp "$WORK" Hello)
HELP=$(median_seconds "$JAVA" -jar "$JAR" help)
HELLO_CLASSES=$("$JAVA" -Xlog:class+load -cp "$WORK" Hello | grep -c 'class,load')
# -Xlog reaches both JVMs (the user's options are passed on); count the second one's lines, where the CLI runs
HELP_CLASSES=$(MEDVISION_CLI_FORK=false "$JAVA" -XX:TieredStopAtLevel=1 -Xlog:class+load -jar "$JAR" help \
    | grep -c 'class,load')
echo "bare JVM (Hello):      ${HELLO} s, ${HELLO_CLASSES} classes loaded (median of $RUNS)"
echo "java -jar <jar> help:  ${HELP} s, ${HELP_CLASSES} classes loaded by the CLI JVM"
echo "ratio help / bare JVM: $(echo "scale=2; $HELP / $HELLO" | bc)"
