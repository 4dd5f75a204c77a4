#!/usr/bin/env bash
# CLI start-up: `medvision help` (flat classpath, as the deid benchmark's fallback runs it) against a bare JVM printing
# one line, same run, same flags. Prints the median wall time of each, the ratio and the classes each loads.
# Target: help within ~0.1 s of the bare JVM. Run from the repository root: bench/cli-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-15}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=bench/out/cli-startup
mkdir -p "$WORK"
./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >"$WORK/build.log" 2>&1
CP="target/classes:$(cat "$WORK/cp.txt")"
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
HELP=$(median_seconds "$JAVA" -cp "$CP" com.medvisionlab.MedVisionLabApplication help)
HELLO_CLASSES=$("$JAVA" -Xlog:class+load -cp "$WORK" Hello | grep -c 'class,load')
HELP_CLASSES=$("$JAVA" -Xlog:class+load -cp "$CP" com.medvisionlab.MedVisionLabApplication help | grep -c 'class,load')
echo "bare JVM (Hello):      ${HELLO} s, ${HELLO_CLASSES} classes loaded (median of $RUNS)"
echo "medvision help:        ${HELP} s, ${HELP_CLASSES} classes loaded"
echo "ratio help / bare JVM: $(echo "scale=2; $HELP / $HELLO" | bc)"
