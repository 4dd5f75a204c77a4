#!/usr/bin/env bash
# Benchmark: STOW-RS of 1,000 synthetic 512x512 16-bit CT slices with a full identifying header, 50 per
# multipart/related request, sent one request after the other by curl to
#   - the portal (the packaged jar on H2 in a temporary data directory; every object is de-identified, encrypted
#     and indexed on the way in), and
#   - a local Orthanc with its DICOMweb plugin (stores the objects as they are),
# in the same run. Prints both wall times, instances/s and the ratio portal/Orthanc.
# Measured 2026-12-03 on 2 cores, otherwise idle: portal 19.4 s (51.6/s), Orthanc 26.7 s (37.4/s), portal/Orthanc 0.72
# (under load from five parallel builds the same day: 59.0 s vs 29.2 s, 2.02 -- before ingest stopped re-rendering
# the series thumbnail with every other slice). The portal also de-identifies, encrypts (AES-GCM) and indexes.
# Run from the repository root after `./mvnw -B -q -o -DskipTests package`: bench/stow.sh [COUNT] [PER_REQUEST]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000}
PER_REQUEST=${2:-50}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
ORTHANC=/usr/sbin/Orthanc
PLUGIN=/usr/share/orthanc/plugins/libOrthancDicomWeb.so
JAR=$(ls "$PWD"/target/medvision-lab-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1 || true)
[ -n "$JAR" ] || { echo "no jar: run ./mvnw -B -q -o -DskipTests package first" >&2; exit 2; }
[ -x "$ORTHANC" ] && [ -f "$PLUGIN" ] || { echo "orthanc and orthanc-dicomweb are needed" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

WORK=$(mktemp -d /tmp/medvision-stow-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # URL [curl options...]: up to 180 s for a 200
  local url=$1; shift
  for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" || true)" = 200 ] && return 0
    sleep 0.2
  done
  echo "no answer from $url" >&2; return 1
}

echo "generating $COUNT synthetic CT slices (the jar's SyntheticCtSlices)..."
"$JAVA" -cp "$JAR" -Dloader.main=com.medvisionlab.cli.SyntheticCtSlices \
    org.springframework.boot.loader.launch.PropertiesLauncher "$WORK/in" "$COUNT" >/dev/null
BOUNDARY="stow-bench-$(date +%s)"
CONTENT_TYPE="multipart/related; type=\"application/dicom\"; boundary=$BOUNDARY"
mkdir -p "$WORK/bodies"
mapfile -t FILES < <(ls "$WORK/in"/*.dcm | sort)
n=0
for ((i = 0; i < ${#FILES[@]}; i += PER_REQUEST)); do
  body="$WORK/bodies/$(printf '%04d' "$n").bin"
  for f in "${FILES[@]:i:PER_REQUEST}"; do
    printf -- '--%s\r\nContent-Type: application/dicom\r\n\r\n' "$BOUNDARY"
    cat "$f"
    printf '\r\n'
  done > "$body"
  printf -- '--%s--\r\n' "$BOUNDARY" >> "$body"
  n=$((n + 1))
done
echo "$n requests of up to $PER_REQUEST instances, $(du -sh "$WORK/bodies" | cut -f1) in all"

echo "starting the portal (H2 in $WORK/portal)..."
PORTAL_PORT=$(free_port)
PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
mkdir -p "$WORK/portal"
(
  cd "$WORK/portal"
  PORT=$PORTAL_PORT MEDVISION_DEMO_SEED=false \
  MEDVISION_ADMIN_PASSWORD="$PASSWORD" MEDVISION_ADMIN_PASSWORD_PERMANENT=true \
  SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/portal/data/medvision;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    exec "$JAVA" -jar "$JAR" > "$WORK/portal.log" 2>&1
) &
PIDS+=($!)

echo "starting Orthanc..."
ORTHANC_PORT=$(free_port)
mkdir -p "$WORK/orthanc"
cat > "$WORK/orthanc/orthanc.json" <<JSON
{
  "Name": "medvision-bench",
  "HttpPort": $ORTHANC_PORT,
  "DicomPort": $(free_port),
  "DicomServerEnabled": false,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false,
  "StorageDirectory": "$WORK/orthanc/storage",
  "IndexDirectory": "$WORK/orthanc/index",
  "Plugins": ["$PLUGIN"],
  "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}
}
JSON
"$ORTHANC" "$WORK/orthanc/orthanc.json" > "$WORK/orthanc.log" 2>&1 &
PIDS+=($!)

wait_for "http://localhost:$ORTHANC_PORT/system"
wait_for "http://localhost:$PORTAL_PORT/dicomweb/studies" -u "admin:$PASSWORD" \
  || { tail -30 "$WORK/portal.log" >&2; exit 1; }

# One pass over the bodies; every answer must be 200 (all stored). Prints the wall time in seconds.
stow() { # URL [curl options...]
  local url=$1; shift
  local start end code
  start=$(date +%s.%N)
  for body in "$WORK"/bodies/*.bin; do
    code=$(curl -s -o "$WORK/answer" -w '%{http_code}' -X POST "$@" \
      -H "Content-Type: $CONTENT_TYPE" -H 'Accept: application/dicom+json' --data-binary "@$body" "$url")
    if [ "$code" != 200 ]; then
      echo "$url answered $code to $(basename "$body"): $(head -c 400 "$WORK/answer")" >&2
      return 1
    fi
  done
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

echo "sending to the portal..."
PORTAL_S=$(stow "http://localhost:$PORTAL_PORT/dicomweb/studies" -u "admin:$PASSWORD")
echo "sending to Orthanc..."
ORTHANC_S=$(stow "http://localhost:$ORTHANC_PORT/dicom-web/studies")

STORED=$(curl -s "http://localhost:$ORTHANC_PORT/statistics" | tr -d ' \n' | sed 's/.*"CountInstances":\([0-9]*\).*/\1/')
[ "$STORED" = "$COUNT" ] || { echo "Orthanc holds $STORED instances, expected $COUNT" >&2; exit 1; }
FOUND=$(curl -s -u "admin:$PASSWORD" "http://localhost:$PORTAL_PORT/dicomweb/studies?includefield=00201208" \
  | grep -o '"00201208":{"vr":"IS","Value":\[[0-9]*' | grep -o '[0-9]*$' | paste -sd+ | bc)
[ "$FOUND" = "$COUNT" ] || { echo "the portal indexed $FOUND instances, expected $COUNT" >&2; exit 1; }

printf '%-8s %9s %14s\n' target 'wall s' 'instances/s'
printf '%-8s %9.1f %14.1f\n' portal "$PORTAL_S" "$(echo "$COUNT / $PORTAL_S" | bc -l)"
printf '%-8s %9.1f %14.1f\n' Orthanc "$ORTHANC_S" "$(echo "$COUNT / $ORTHANC_S" | bc -l)"
printf 'portal/Orthanc wall time: %.2f\n' "$(echo "$PORTAL_S / $ORTHANC_S" | bc -l)"
echo "(cores: $(nproc); load average now: $(cut -d" " -f1-3 /proc/loadavg); a shared machine slows both targets)"
