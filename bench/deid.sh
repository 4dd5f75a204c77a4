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
rm -rf "$WORK" && mkdir -p "$WORK" && sync
DELETED_AT=$(date +%s)

command -v dcmodify >/dev/null || { echo "dcmodify (dcmtk) not installed" >&2; exit 2; }

echo "building..."
./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1 || echo "(package failed, see $WORK/build.log)"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >>"$WORK/build.log" 2>&1
CP="target/classes:target/test-classes:$(cat "$WORK/cp.txt")"
JAR=$(ls target/*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1 || true)
if [ -n "$JAR" ]; then
  DEID=("$JAVA" -jar "$JAR" deid)
  echo "CLI: java -jar $JAR"
  # The first CLI run of a jar unpacks the tools and trains their AOT cache (once per jar and JDK); reported, not
  # part of the timed rounds, like any installation step.
  TIMEFORMAT='%R'
  echo "first run of this jar (prepares the start-up cache if missing): $( { time "$JAVA" -jar "$JAR" --version >/dev/null 2>&1; } 2>&1 ) s"
else
  DEID=("$JAVA" -cp "$CP" com.medvisionlab.MedVisionLabApplication deid)
  echo "CLI: java -cp target/classes:<deps> (no jar; fallback)"
fi

echo "generating $COUNT synthetic CT slices..."
"$JAVA" -cp "$CP" com.medvisionlab.cli.SyntheticCtSlices "$WORK/in" "$COUNT" >/dev/null
head -c 48 /dev/urandom | base64 > "$WORK/secret"
du -sh "$WORK/in"

# Each step is timed as wall clock plus CPU (user+sys) of its processes (bash `time`), since
# the machine may be shared and wall time then depends on the neighbours' load. Three rounds in rotating
# order, medians reported. Every run writes 1,000 new files into a directory of its own and nothing is
# deleted until the end: ext4 skips inodes freed in the last 30 s when it allocates new ones, one inode-table
# read per skipped inode (perf: up to a fifth of a run in find_inode_bit/recently_deleted), so a run just after
# a deletion would pay for it, whichever tool it is. For the same reason the timings start 31 s after the
# clean-up above.
TIMEFORMAT='%R %U %S'
measure() { { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1; }
run_deid() { local out="$WORK/runs/$1-deid"; sync
  measure "${DEID[@]}" "$WORK/in" "$out" --secret-file "$WORK/secret" --mapping-dir "$WORK/map" \
      --report "$WORK/report.json"; }
run_dcmodify() { local copy="$WORK/runs/$1-dcmodify"; cp -r "$WORK/in" "$copy"; sync
  measure dcmodify -nb -m "PatientName=X" -m "PatientID=X" -m "PatientBirthDate=" -m "InstitutionName=X" \
      -m "AccessionNumber=" "$copy"/*.dcm; }
run_cp() { sync; measure cp -r "$WORK/in" "$WORK/runs/$1-cp"; }
mkdir -p "$WORK/runs"
sync
WAIT=$(( DELETED_AT + 31 - $(date +%s) ))
if (( WAIT > 0 )); then sleep "$WAIT"; fi
declare -A TIMES
ORDER=(deid dcmodify cp)
for round in 0 1 2; do
  for k in 0 1 2; do
    tool=${ORDER[$(( (round + k) % 3 ))]}
    TIMES[$tool]+="$("run_$tool" "$round")"$'\n'
  done
done
rm -rf "$WORK/runs"
# What the same command costs with no files: both JVMs started and stopped (`--version`), for scale.
for round in 0 1 2; do TIMES[start]+="$(measure "${DEID[@]:0:${#DEID[@]}-1}" --version)"$'\n'; done
for tool in "${ORDER[@]}"; do printf '%-9s rounds (wall user sys): %s\n' "$tool" "$(printf '%s' "${TIMES[$tool]}" | paste -sd'|')"; done
# median of the three rounds, per column (wall, user, sys)
median() { printf '%s' "${TIMES[$1]}" | awk -v c="$2" 'NF {print $c}' | sort -g | sed -n 2p; }
DEID_W=$(median deid 1); DEID_U=$(median deid 2); DEID_S=$(median deid 3)
MOD_W=$(median dcmodify 1); MOD_U=$(median dcmodify 2); MOD_S=$(median dcmodify 3)
CP_W=$(median cp 1); CP_U=$(median cp 2); CP_S=$(median cp 3)

cpu() { echo "$1 + $2" | bc; }
DEID_C=$(cpu "$DEID_U" "$DEID_S"); MOD_C=$(cpu "$MOD_U" "$MOD_S"); CP_C=$(cpu "$CP_U" "$CP_S")
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('report: in', r['filesIn'], 'out', r['filesOut'], 'quarantined', r['filesQuarantined'])" "$WORK/report.json" 2>/dev/null || true
printf "files: %d   medians of 3 rounds   load average: %s\n" "$COUNT" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-36s %8s %8s\n" "" "wall s" "cpu s"
printf "%-36s %8.2f %8.2f\n" "deid (java -jar, JVM start incl.)" "$DEID_W" "$DEID_C"
printf "%-36s %8.2f %8.2f\n" "dcmodify (5 attributes)" "$MOD_W" "$MOD_C"
printf "%-36s %8.2f %8.2f\n" "cp -r" "$CP_W" "$CP_C"
printf "%-36s %8.2f\n" "same JVM start, no files (--version)" "$(median start 1)"
printf "ratio deid/dcmodify: wall %.2f, cpu %.2f (target <= 1)\n" "$(echo "$DEID_W / $MOD_W" | bc -l)" "$(echo "$DEID_C / $MOD_C" | bc -l)"
printf "ratio deid/cp:       wall %.2f, cpu %.2f (target <= 3)\n" "$(echo "$DEID_W / $CP_W" | bc -l)" "$(echo "$DEID_C / $CP_C" | bc -l)"
