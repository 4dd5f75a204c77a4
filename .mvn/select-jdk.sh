# Sourced by mvnw (POSIX sh). The project needs JDK 21+; many machines default to an older java.
# When JAVA_HOME (or the java on PATH) is older, pick the newest JDK >= 21 under /usr/lib/jvm.
medvision_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1 | cut -d. -f1
}
medvision_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$medvision_current_java" ] || medvision_current_java="$(command -v java || true)"
medvision_major=0
[ -z "$medvision_current_java" ] || medvision_major="$(medvision_java_major "$medvision_current_java")"
if [ "${medvision_major:-0}" -lt 21 ] 2>/dev/null; then
  set +f # mvnw runs with globbing off
  for medvision_jdk in /usr/lib/jvm/*; do
    [ -x "$medvision_jdk/bin/javac" ] || continue
    medvision_m="$(medvision_java_major "$medvision_jdk/bin/java")"
    if [ "${medvision_m:-0}" -ge 21 ] 2>/dev/null && [ "${medvision_m}" -gt "${medvision_major:-0}" ]; then
      JAVA_HOME="$medvision_jdk"; medvision_major="$medvision_m"
    fi
  done
  set -f
  if [ "${medvision_major:-0}" -lt 21 ] 2>/dev/null; then
    echo "MedVision Lab needs a JDK 21 or newer; set JAVA_HOME to one." >&2
    exit 1
  fi
  export JAVA_HOME
fi
