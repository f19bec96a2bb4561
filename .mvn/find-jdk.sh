# Sourced by ./mvnw and ./dadkhah (POSIX sh; mvnw runs under `set -euf`): points JAVA_HOME at a JDK 21 or newer.
# Looks at JAVA_HOME, then at `java` on the PATH, then at the JDKs in the directories of DADKHAH_JVM_DIRS
# (colon-separated, default /usr/lib/jvm; temurin-25-jdk-amd64 is tried first in each).
# Call `dadkhah_find_jdk NAME`: exports JAVA_HOME, or says what to install and returns 1.

# Prints the major version of the java executable $1 (17, 21, 25, 8 for "1.8"), nothing when it cannot tell.
dadkhah_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version "/ {
    split($2, v, "."); major = (v[1] == "1") ? v[2] : v[1]; sub(/[^0-9].*/, "", major); print major; exit }'
}

# True when $1 is a JDK home (bin/java and bin/javac) of version 21 or newer.
dadkhah_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _dj_major="$(dadkhah_java_major "$1/bin/java" || :)"
  [ -n "$_dj_major" ] && [ "$_dj_major" -ge 21 ]
}

# Describes the java executable $1 for the error message.
dadkhah_describe_java() {
  if [ -x "$1" ]; then printf '%s (Java %s)' "$1" "$(dadkhah_java_major "$1" || :)"; else printf '%s (missing)' "$1"; fi
}

# Exports JAVA_HOME as a JDK >= 21; $1 names the caller in messages. Returns 1 with advice when there is none.
dadkhah_find_jdk() {
  _dj_name="${1:-dadkhah}"
  if [ -n "${JAVA_HOME:-}" ] && dadkhah_jdk_ok "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  _dj_java="$(command -v java 2>/dev/null || :)"
  if [ -n "$_dj_java" ]; then
    _dj_home="$(dirname "$(dirname "$(readlink -f "$_dj_java" 2>/dev/null || printf %s "$_dj_java")")")"
    if dadkhah_jdk_ok "$_dj_home"; then
      JAVA_HOME="$_dj_home"
      export JAVA_HOME
      return 0
    fi
  fi
  case $- in *f*) _dj_noglob=1 && set +f ;; *) _dj_noglob= ;; esac
  _dj_found=
  _dj_ifs=$IFS
  IFS=:
  for _dj_dir in ${DADKHAH_JVM_DIRS:-/usr/lib/jvm}; do
    IFS=$_dj_ifs
    for _dj_home in "$_dj_dir"/temurin-25-jdk-amd64 "$_dj_dir"/*; do
      if dadkhah_jdk_ok "$_dj_home"; then
        _dj_found=$_dj_home
        break 2
      fi
    done
  done
  IFS=$_dj_ifs
  [ -z "$_dj_noglob" ] || set -f
  if [ -n "$_dj_found" ]; then
    JAVA_HOME="$_dj_found"
    export JAVA_HOME
    return 0
  fi
  {
    echo "$_dj_name: no JDK 21 or newer found; Dadkhah needs Java 21 or newer to build and run."
    if [ -n "${JAVA_HOME:-}" ]; then echo "  JAVA_HOME: $(dadkhah_describe_java "$JAVA_HOME/bin/java")"; else echo "  JAVA_HOME: not set"; fi
    if [ -n "$_dj_java" ]; then echo "  java on the PATH: $(dadkhah_describe_java "$_dj_java")"; else echo "  java on the PATH: none"; fi
    echo "  searched: ${DADKHAH_JVM_DIRS:-/usr/lib/jvm}"
    echo "Install a JDK 21 or newer, for example Temurin 25 (apt-get install temurin-25-jdk, from the Adoptium"
    echo "repository: https://adoptium.net/installation/linux/) or OpenJDK 21 (apt-get install openjdk-21-jdk),"
    echo "or set JAVA_HOME to a JDK 21+ directory."
  } >&2
  return 1
}
