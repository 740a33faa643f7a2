#!/usr/bin/env bash
# Builds the jars of the last release, the baseline of the API check (japicmp), into OUT.
# Usage: baseline.sh VERSION COMMIT OUT LOCAL_REPOSITORY
#
# The release is built from its commit, recorded in the parent pom, so that a clone needs no
# artifact repository of the project's own. The build only packages: nothing is installed, the
# jars land in OUT (inside target/), and LOCAL_REPOSITORY serves only as the cache of third-party
# artifacts that the build being run already uses. Nothing is built when OUT holds that
# commit's jars, nor when the history lacks the commit (a shallow clone: OUT is emptied, and the
# enforcer rule api-baseline-present says what to do). The verify phase runs this; package never
# does.
set -euo pipefail
version="$1" commit="$2" out="$3" repo="$4"
top="$(cd "$(dirname "$0")/.." && pwd)"
modules=(topology-api topology-catalog topology-graph topology-formats topology-testing)
stamp="$out/baseline.commit"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version $commit" ]; then
  exit 0
fi
if ! git -C "$top" cat-file -e "$commit^{commit}" 2>/dev/null; then
  # A shallow clone: the enforcer rule api-baseline-present, next at verify, says what to do.
  # Failing here would make exec-maven-plugin print a stack trace under that one line. Jars of
  # an earlier baseline must not stand in for this one.
  rm -rf "$out"
  exit 0
fi

work="$out.tmp.$$"
trap 'rm -rf "$work"' EXIT
rm -rf "$work"
mkdir -p "$work/src"
git -C "$top" archive "$commit" | tar -x -C "$work/src"
# A module the release does not have yet (topology-formats before 0.2.0, topology-testing
# before 0.4.0) is left out.
present=()
for module in "${modules[@]}"; do
  [ -d "$work/src/$module" ] && present+=("$module")
done
list="$(IFS=,; echo "${present[*]}")"
if ! (cd "$work/src" && ./mvnw -q -B -ntp package -DskipTests -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -Denforcer.skip=true -Djapicmp.skip=true \
    -Dmaven.repo.local="$repo" -pl "$list" -am > "$work/build.log" 2>&1); then
  cat "$work/build.log" >&2
  echo "[ERROR] Building the API baseline $version from commit ${commit:0:12} failed (above)." >&2
  exit 1
fi
mkdir -p "$work/jars"
for module in "${present[@]}"; do
  cp "$work/src/$module/target/$module-$version.jar" "$work/jars/"
done
echo "$version $commit" > "$work/jars/baseline.commit"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
# A build running beside this one may have put the same jars there meanwhile: either copy serves.
mv "$work/jars" "$out" 2>/dev/null || [ -f "$stamp" ]
