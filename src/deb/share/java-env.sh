# shellcheck shell=sh disable=SC2034 # sourced: the variables are used by the scripts that source it
# Sourced by /usr/bin/kernlint and /usr/share/kernlint/make-archive: which java runs the jar, with which flags,
# and which class-data archive belongs to this jar and this java.

KERNLINT_JAR=/usr/share/kernlint/kernlint.jar
KERNLINT_CACHE=/var/cache/kernlint
KERNLINT_ARCHIVE=$KERNLINT_CACHE/kernlint.jsa
# C1 only on one compiler thread, the serial collector with a small young generation, no perf-data file: a run is
# well under a second (the flags of ./kernlint in the repository, which says what they save).
KERNLINT_FLAGS="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn8m -XX:-UsePerfData -Xshare:auto"
# `kernlint fleet` runs for seconds to minutes: the optimising compiler pays for itself, a young generation of a few
# hosts' garbage keeps it from being promoted, and the heap is capped (KERNLINT_FLEET_HEAP overrides 200m).
KERNLINT_FLEET_FLAGS="-XX:+UseSerialGC -Xmn100m -XX:-UsePerfData -Xshare:auto -Xmx${KERNLINT_FLEET_HEAP:-200m}"
# The texts of --version, --help, rules and explain ID, rendered at build time (dev.kernlint.quick), and a JVM
# that needs no compiler to print one.
KERNLINT_QUICK_JAR=/usr/share/kernlint/kernlint-quick.jar
KERNLINT_QUICK_FLAGS="-Xint -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto"

# Sets KERNLINT_JAVA to a Java 17 or later (JAVA_HOME first, then /usr/bin/java), or says why not and returns 1.
kernlint_find_java() {
    if [ -n "${JAVA_HOME:-}" ]; then
        KERNLINT_JAVA=$JAVA_HOME/bin/java
        if [ ! -x "$KERNLINT_JAVA" ]; then
            echo "kernlint: JAVA_HOME is $JAVA_HOME, but $KERNLINT_JAVA is not a program (unset JAVA_HOME to use /usr/bin/java)" >&2
            return 1
        fi
    elif [ -x /usr/bin/java ]; then
        KERNLINT_JAVA=/usr/bin/java
    else
        echo "kernlint: no Java runtime: install Java 17 or later (apt-get install default-jre-headless) or set JAVA_HOME" >&2
        return 1
    fi
    feature=$(kernlint_java_feature)
    case "$feature" in
        ''|*[!0-9]*)
            echo "kernlint: cannot tell the version of $KERNLINT_JAVA; kernlint needs Java 17 or later" >&2
            return 1
            ;;
    esac
    if [ "$feature" -lt 17 ]; then
        echo "kernlint: $KERNLINT_JAVA is Java $feature; kernlint needs Java 17 or later (apt-get install default-jre-headless, or set JAVA_HOME)" >&2
        return 1
    fi
    return 0
}

# The feature release (17, 21, ...) of KERNLINT_JAVA: from the runtime's release file, which costs no JVM start,
# or from java -version when there is none. Old runtimes say 1.8.
kernlint_java_feature() {
    home=$(dirname "$(dirname "$(readlink -f "$KERNLINT_JAVA")")")
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    else
        version=$("$KERNLINT_JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    case "$version" in
        1.*) version=${version#1.} ;;
    esac
    echo "${version%%[!0-9]*}"
}

# What the archive was made from: the JVM checks the jar and refuses an archive of another JVM build, but
# silently, so a mismatch is told here and the archive is not offered.
kernlint_archive_stamp() {
    echo "$(readlink -f "$KERNLINT_JAVA") $(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$(dirname "$(dirname "$(readlink -f "$KERNLINT_JAVA")")")/release" 2>/dev/null) $(stat -c '%s %Y' "$KERNLINT_JAR")"
}
