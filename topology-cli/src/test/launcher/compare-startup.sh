#!/bin/sh
# Compares the start of the topology tool's launcher with a networkx one-off that answers the
# same question (what fails with postgres, on the bundled catalog): docs/performance-startup.md.
#
# Usage, after ./mvnw -q -DskipTests package, from anywhere:
#   topology-cli/src/test/launcher/compare-startup.sh [ROUNDS] [SERIES]
# ROUNDS (default 12) alternating rounds per series, SERIES (default 1) series. Each round runs
# every way of starting once, in turn; a series prints, for each, the median and least CPU time
# (user + system of the process and its children) and wall time, and the load average before and
# after. Needs python3 with networkx for the one-off.
#
# BASELINE=/path/to/other/topology-cli/target/topology adds the same questions asked of another
# build's launcher (an earlier commit built in a directory of its own), in the same rounds.
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
target="$here/../../../target"
launcher="$target/topology"
[ -x "$launcher" ] || { echo "No $launcher: run ./mvnw -q -DskipTests package first." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
# The first run after a build makes the class-data-sharing archive; it is not measured.
"$launcher" export > "$work/catalog.json"
if [ -n "${BASELINE:-}" ]; then
  "$BASELINE" --version > /dev/null
fi
cat > "$work/one_off.py" <<'PY'
import json, sys
import networkx as nx
d = json.load(open(sys.argv[1]))
g = nx.DiGraph()
for s in d["services"]:
    g.add_node(s["name"], severity=s["severity"])
    for dep in s.get("dependencies", []):
        g.add_edge(s["name"], dep["target"])
hit = nx.ancestors(g, "postgres")
print(f"Failure of postgres: {len(hit)} services affected")
for name in sorted(hit):
    print(name, g.nodes[name]["severity"])
PY
BASELINE="${BASELINE:-}" LAUNCHER="$launcher" WORK="$work" ROUNDS="${1:-12}" SERIES="${2:-1}" python3 - <<'PY'
import os, resource, statistics, subprocess, time
launcher, work = os.environ["LAUNCHER"], os.environ["WORK"]
commands = {
    "launcher impact postgres": [launcher, "impact", "postgres"],
    "networkx one-off": ["python3", f"{work}/one_off.py", f"{work}/catalog.json"],
    "launcher impact postgres --json": [launcher, "impact", "postgres", "--json"],
    "launcher --version": [launcher, "--version"],
    "launcher --help": [launcher, "--help"],
}
baseline = os.environ.get("BASELINE")
if baseline:
    commands.update({
        "baseline impact postgres": [baseline, "impact", "postgres"],
        "baseline --version": [baseline, "--version"],
        "baseline --help": [baseline, "--help"],
    })
def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])
for series in range(int(os.environ["SERIES"])):
    wall = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    before_load = load()
    for _ in range(int(os.environ["ROUNDS"])):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"series {series + 1}, {os.environ['ROUNDS']} rounds, load average {before_load}"
          f" before, {load()} after")
    for name in commands:
        print(f"  {name:33} CPU median {statistics.median(cpu[name]):.3f} s"
              f" (least {min(cpu[name]):.3f} s), wall median {statistics.median(wall[name]):.3f} s"
              f" (least {min(wall[name]):.3f} s)")
PY
