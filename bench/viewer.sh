#!/usr/bin/env bash
# Benchmark: the <dicom-viewer> in headless Chromium on a 200-slice 512x512 CT (generated from the demo phantom's
# geometry, CtPhantom) that the packaged portal received by STOW-RS. Prints, measured in the same run:
#   (1) opening /viewer?study=..&series=.. to the first image drawn (cold: first visit of a fresh browser profile;
#       warm: median of three more), against the same browser loading the server-rendered image of that slice as
#       a page of its own; target <= 500 ms;
#   (2) frames/s while scrolling the whole stack down and up once loaded (a first pass loads it; next image as
#       soon as the previous is drawn),
#       against the page's requestAnimationFrame rate; target >= 30 frames/s.
# Needs: the packaged jar (./mvnw -B -o -DskipTests package), test classes (./mvnw -B -o test-compile), chromium and
# chromedriver. Run from the repository root: bench/viewer.sh [SLICES] [PORT]   (defaults 200, 18090)
# Figures need a quiet machine: a parallel build slows the browser and the portal alike.
# Run 2026-12-03 on 2 shared cores (load 1-10, other helpers building): first image 5.9-6.4 s from navigation
# (target 500 ms NOT met). Runs 2026-12-03 17:10 and 17:23 (load average 6-14: the integrator's full suite and other
# builds running; the server-rendered reference was never reached, so there is no in-run ratio): warm first image
# 2.5 s (17:10) and 4.0-4.2 s (17:23, after the metadata fetch was moved ahead of Cornerstone's start: no gain visible
# under that load); cold 6.9 s / 17.9 s. Warm phases (17:10): script 0.3-0.4 s, metadata asked 1.2-1.3 s (Vaadin
# round trip + Cornerstone start), received +0.45 s, first frame asked +0.03 s, received +0.37 s, drawn +0.47 s
# (decode worker start + CPU rendering; headless Chromium has only SwiftShader). Target 500 ms NOT met.
# Quiet machine (load ~1, 2026-12-03 16:59, before the metadata change): warm first image 1.6-1.9 s, cold 3.3 s
# (metadata received 1.0-1.2 s, first frame +0.3 s, drawn +0.1-0.3 s). Target 500 ms NOT met.
# Frames/s: still NO figure. Both runs lost the scroll pass because the viewer page reloaded itself mid-scroll
# (performance navigation type "reload"); the portal log shows at that moment Atmosphere's "PushMessage ... will be
# lost ... request object has been recycled", i.e. Vaadin resynchronising after a lost push message. The bench now
# says so and prints those log lines instead of timing out.
set -euo pipefail
cd "$(dirname "$0")/.."
SLICES=${1:-200}
PORT=${2:-18090}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
JAR=$(ls "$PWD"/target/medvision-lab-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1 || true)
[ -n "$JAR" ] || { echo "no jar: run ./mvnw -B -o -DskipTests package first" >&2; exit 2; }
[ -d target/test-classes/com/medvisionlab/base ] || { echo "no test classes: run ./mvnw -B -o test-compile" >&2; exit 2; }
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "chromium and chromedriver are needed" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

mkdir -p bench/out
CP_FILE=bench/out/viewer-classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

WORK=$(mktemp -d /tmp/medvision-viewer-bench.XXXXXX)
PORTAL_PID=
cleanup() {
  [ -n "$PORTAL_PID" ] && kill "$PORTAL_PID" 2>/dev/null && wait "$PORTAL_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
echo "starting the portal on port $PORT (H2 in $WORK/portal)..."
mkdir -p "$WORK/portal"
(
  cd "$WORK/portal"
  PORT=$PORT SERVER_PORT=$PORT MEDVISION_DEMO_SEED=false \
  MEDVISION_ADMIN_PASSWORD="$PASSWORD" MEDVISION_ADMIN_PASSWORD_PERMANENT=true \
  SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/portal/data/medvision;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    exec "$JAVA" -jar "$JAR" > "$WORK/portal.log" 2>&1
) &
PORTAL_PID=$!
for _ in $(seq 1 900); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "http://localhost:$PORT/dicomweb/studies" || true)" = 200 ] && break
  kill -0 "$PORTAL_PID" 2>/dev/null || { tail -30 "$WORK/portal.log" >&2; exit 1; }
  sleep 0.2
done

"$JAVA" -cp "$CP" bench/ViewerBench.java "http://localhost:$PORT" "$PASSWORD" "$SLICES" "$WORK/profile" || {
  grep -m5 -i 'will be lost\|Failed to execute a write' "$WORK/portal.log" | cut -c1-300 >&2
  exit 1
}
echo "(cores: $(nproc); load average now: $(cut -d" " -f1-3 /proc/loadavg); a shared machine slows every figure)"
