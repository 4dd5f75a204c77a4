#!/usr/bin/env bash
# Benchmark: de-identify 1,000 synthetic 512x512 16-bit CT slices with our CLI (JVM start included) and compare
# with dcmtk's dcmodify editing five attributes of copies of the same files, and with a plain `cp -r`.
# Targets: deid <= dcmodify and deid <= 3x cp. Run from the repository root: bench/deid.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=bench/out/deid
rm -rf "$WORK" && mkdir -p "$WORK"

command -v dcmodify >/dev/null || { echo "dcmodify (dcmtk) not installed" >&2; exit 2; }

echo "building..."
./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1 || echo "(package failed, see $WORK/build.log)"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >>"$WORK/build.log" 2>&1
CP="target/classes:target/test-classes:$(cat "$WORK/cp.txt")"
JAR=$(ls target/*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1 || true)
if [ -n "$JAR" ]; then
  DEID=("$JAVA" -jar "$JAR" deid)
  echo "CLI: java -jar $JAR"
else
  DEID=("$JAVA" -cp "$CP" com.medvisionlab.MedVisionLabApplication deid)
  echo "CLI: java -cp target/classes:<deps> (no jar; fallback)"
fi

echo "generating $COUNT synthetic CT slices..."
"$JAVA" -cp "$CP" com.medvisionlab.deid.bench.SyntheticCtGenerator "$WORK/in" "$COUNT" >/dev/null
head -c 48 /dev/urandom | base64 > "$WORK/secret"
du -sh "$WORK/in"

now() { date +%s.%N; }
sync

t0=$(now)
"${DEID[@]}" "$WORK/in" "$WORK/deid-out" --secret-file "$WORK/secret" --mapping-dir "$WORK/map" \
    --report "$WORK/report.json" >"$WORK/deid.log"
t1=$(now)
DEID_S=$(echo "$t1 - $t0" | bc)

cp -r "$WORK/in" "$WORK/dcmodify-copy"
sync
t0=$(now)
dcmodify -nb -m "PatientName=X" -m "PatientID=X" -m "PatientBirthDate=" -m "InstitutionName=X" \
    -m "AccessionNumber=" "$WORK"/dcmodify-copy/*.dcm >"$WORK/dcmodify.log" 2>&1
t1=$(now)
MOD_S=$(echo "$t1 - $t0" | bc)

sync
t0=$(now)
cp -r "$WORK/in" "$WORK/cp-out"
t1=$(now)
CP_S=$(echo "$t1 - $t0" | bc)

cat "$WORK/deid.log"
printf "files: %d\n" "$COUNT"
printf "deid (java -jar, JVM start incl.): %8.2f s\n" "$DEID_S"
printf "dcmodify (5 attributes):           %8.2f s\n" "$MOD_S"
printf "cp -r:                             %8.2f s\n" "$CP_S"
printf "ratio deid/dcmodify: %.2f (target <= 1)\n" "$(echo "$DEID_S / $MOD_S" | bc -l)"
printf "ratio deid/cp:       %.2f (target <= 3)\n" "$(echo "$DEID_S / $CP_S" | bc -l)"
