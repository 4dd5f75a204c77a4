# Sourced by the JMH benchmark scripts: run_jmh BENCHMARK RESULT.json [JMH ARGS...] compiles the tests with the JMH
# annotation processor and runs BENCHMARK's methods, writing JMH's JSON result. From the repository root.
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

run_jmh() {
  local benchmark=$1 result=$2
  shift 2
  # JDK 23+ runs annotation processors only when asked; JMH generates its harness with one.
  rm -rf target/test-classes   # an incremental compile would skip the processor
  ./mvnw -B -q test-compile -Dmaven.compiler.proc=full
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
  local cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
  "$JAVA_HOME/bin/java" -Djavacpp.platform=linux-x86_64 -cp "$cp" org.openjdk.jmh.Main "$benchmark" \
      -rf json -rff "$result" "$@"
}
