# Sourced by the launcher and the test script: selects a JDK 21+ and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, then `java` on PATH if 21+, then any JDK 21+ under /usr/lib/jvm.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1
}
pick_jdk() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in /usr/lib/jvm/*; do [[ -d "$d" ]] && candidates+=("$d"); done
  local c
  for c in "${candidates[@]}"; do
    if [[ -x "$c/bin/java" && -x "$c/bin/javac" ]]; then
      local v; v="$(java_major "$c/bin/java")"
      if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$c"; return 0; fi
    fi
  done
  return 1
}
if ! JAVA_HOME="$(pick_jdk)"; then
  echo "parallax: needs a JDK 21 or newer (none found in \$JAVA_HOME, on PATH or under /usr/lib/jvm)" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
