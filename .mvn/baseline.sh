#!/usr/bin/env bash
# Builds the last release, the baseline of the API check, into the local Maven repository.
# Usage: baseline.sh VERSION COMMIT LOCAL_REPOSITORY
# The release is built from its commit, recorded in the parent pom, so that a fresh clone needs
# no artifact repository of the project's own. Nothing is done when the release is already there.
set -euo pipefail
version="$1" commit="$2" repo="$3"
top="$(cd "$(dirname "$0")/.." && pwd)"
marker="$repo/dev/topology/topology-graph/$version/topology-graph-$version.jar"
if [ -f "$marker" ]; then
  exit 0
fi
if ! git -C "$top" cat-file -e "$commit^{commit}" 2>/dev/null; then
  echo "The API baseline $version (commit $commit) is not in this clone's history;" \
       "fetch it, or pass -Djapicmp.skip to build without the API check." >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Building the API baseline $version from commit $commit"
git -C "$top" archive "$commit" | tar -x -C "$work"
(cd "$work" && ./mvnw -q -B -ntp install -DskipTests -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Denforcer.skip=true -Djapicmp.skip=true \
  -Dmaven.repo.local="$repo" -pl topology-api,topology-catalog,topology-graph -am)
