#!/usr/bin/env python3
"""plnet against igraph on one seeded school-shaped network, timed in the same run; prints ratios.

Usage (from the repository root, after `mvn -B -o -DskipTests package -pl cli,benchmarks -am`):
    /usr/bin/python3 benchmarks/igraph/compare.py PEOPLE [TIES_PER_PERSON] [--threads T] [--skip-report]
                                                  [--baseline DIR] [--skip-igraph]

The network: people in schools of 50, each naming TIES_PER_PERSON (default 12) distinct others, 85 % of
them colleagues of their own school (as the figures of issue 15). It is written once as a study folder and
an edge list under /tmp, then timed:
  * igraph (python3-igraph, one thread): betweenness alone; then the heavy set - betweenness, closeness,
    harmonic centrality, PageRank, eigenvector centrality, Burt's constraint;
  * plnet's betweenness + closeness + harmonic pass alone (org.plnet.benchmarks.ShortestPathPass);
  * `plnet analyze` and `plnet report` as whole processes, JVM start included.
Where igraph is not installed, its side is skipped with a message and plnet is timed alone. On a shared
machine read the ratios, not the seconds; CPU seconds (user + system, of the process or, for igraph, of
the call) are printed beside wall seconds.

--baseline DIR also times the jars of another checkout (DIR/cli/target/plnet.jar and
DIR/benchmarks/target/benchmarks.jar, e.g. a `git worktree` of an older commit) in the same run, each plnet
step baseline first then this checkout, and prints this checkout's speed-up over it. --skip-igraph leaves
igraph out (e.g. a plnet-only national run).
"""
import resource
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLNET = os.path.join(ROOT, "cli", "target", "plnet.jar")
BENCH = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")


def network(people, ties, seed=7, school=50, inside=0.85):
    rnd = random.Random(seed)
    arcs = []
    for u in range(people):
        start = u // school * school
        size = min(school, people - start)
        named = set()
        while len(named) < min(ties, people - 1):
            v = start + rnd.randrange(size) if rnd.random() < inside and size > ties else rnd.randrange(people)
            if v != u:
                named.add(v)
        arcs.extend((u, v) for v in sorted(named))
    return arcs


def write_study(folder, people, arcs, school=50):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "people.csv"), "w") as f:
        f.write("id,name,school\n")
        for i in range(people):
            f.write(f"p{i},Person {i},School {i // school + 1}\n")
    with open(os.path.join(folder, "ties.csv"), "w") as f:
        f.write("source,target\n")
        for u, v in arcs:
            f.write(f"p{u},p{v}\n")
    with open(os.path.join(folder, "edges.txt"), "w") as f:
        for u, v in arcs:
            f.write(f"{u} {v}\n")


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(fn):
    """(wall seconds, CPU seconds) of fn: this process's CPU plus that of the child processes it waited for."""
    start, cpu = time.perf_counter(), time.process_time() + children_cpu()
    fn()
    return time.perf_counter() - start, time.process_time() + children_cpu() - cpu


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def plnet_steps(root, folder, people, threads, skip_report, tag):
    """Times the pass alone (its own clock, plus the process's CPU), analyze and report of one checkout."""
    bench = os.path.join(root, "benchmarks", "target", "benchmarks.jar")
    jar = os.path.join(root, "cli", "target", "plnet.jar")
    out = {}
    holder = {}

    def pass_only():
        holder["out"] = subprocess.run(["java", "-cp", bench, "org.plnet.benchmarks.ShortestPathPass",
                                        os.path.join(folder, "edges.txt"), str(people), str(threads)],
                                       check=True, capture_output=True, text=True).stdout
    _, cpu = timed(pass_only)
    out["pass"] = (float(holder["out"].split()[0]), cpu)
    print(f"{tag} betweenness + closeness + harmonic pass: {out['pass'][0]:.2f} s wall "
          f"(process CPU {cpu:.2f} s, JVM start and reading included)", flush=True)
    out["analyze"] = timed(lambda: run("java", "-jar", jar, "analyze", folder, "--out", folder + "-analyze-" + tag))
    print(f"{tag} analyze, whole process: {out['analyze'][0]:.2f} s wall, {out['analyze'][1]:.2f} s CPU", flush=True)
    if not skip_report:
        out["report"] = timed(lambda: run("java", "-jar", jar, "report", folder, "--out", folder + "-report-" + tag))
        print(f"{tag} report, whole process: {out['report'][0]:.2f} s wall, {out['report'][1]:.2f} s CPU",
              flush=True)
    return out


def main():
    argv = [a for a in sys.argv[1:]]
    threads = os.cpu_count()
    baseline = None
    if "--threads" in argv:
        i = argv.index("--threads")
        threads = int(argv[i + 1])
        del argv[i:i + 2]
    if "--baseline" in argv:
        i = argv.index("--baseline")
        baseline = argv[i + 1]
        del argv[i:i + 2]
    skip_report = "--skip-report" in argv
    skip_igraph = "--skip-igraph" in argv
    argv = [a for a in argv if a not in ("--skip-report", "--skip-igraph")]
    people = int(argv[0])
    ties = int(argv[1]) if len(argv) > 1 else 12
    folder = f"/tmp/plnet-bench-{people}-{ties}"
    arcs = network(people, ties)
    write_study(folder, people, arcs)
    print(f"network: {people} people, {len(arcs)} ties, schools of 50, 85 % inside; {threads} thread(s) for plnet")
    print(f"machine: {os.cpu_count()} processors, load average {os.getloadavg()[0]:.1f} at the start", flush=True)

    results = {}
    igraph = None
    if skip_igraph:
        print("igraph: skipped (--skip-igraph)")
    else:
        try:
            import igraph
        except ImportError:
            print("igraph: not installed (python3-igraph); skipping its side, plnet alone")
    if igraph is not None:
        g = igraph.Graph(n=people, edges=arcs, directed=True)
        results["igraph betweenness"] = timed(lambda: g.betweenness(directed=True))
        print(f"igraph {igraph.__version__} betweenness alone: {results['igraph betweenness'][0]:.2f} s wall, "
              f"{results['igraph betweenness'][1]:.2f} s CPU", flush=True)
        u = g.as_undirected(mode="collapse")

        def heavy():
            g.betweenness(directed=True)
            u.closeness()
            u.harmonic_centrality()
            g.pagerank()
            u.eigenvector_centrality()
            g.constraint()
        results["igraph heavy set"] = timed(heavy)
        print(f"igraph heavy set (betweenness, closeness, harmonic, PageRank, eigenvector, constraint): "
              f"{results['igraph heavy set'][0]:.2f} s wall, {results['igraph heavy set'][1]:.2f} s CPU", flush=True)

    base = plnet_steps(baseline, folder, people, threads, skip_report, "baseline") if baseline else None
    ours = plnet_steps(ROOT, folder, people, threads, skip_report, "plnet")

    print("ratios (higher = plnet faster; wall, and CPU in brackets):")

    def ratio(a, b):
        return f"{a[0] / b[0]:.2f} ({a[1] / b[1]:.2f})"
    for tag, side in (("baseline", base), ("plnet", ours)):
        if side is None or igraph is None:
            continue
        print(f"  igraph betweenness alone / {tag} pass: {ratio(results['igraph betweenness'], side['pass'])}")
        print(f"  igraph heavy set / {tag} analyze:      {ratio(results['igraph heavy set'], side['analyze'])}")
        if "report" in side:
            print(f"  igraph heavy set / {tag} report:       {ratio(results['igraph heavy set'], side['report'])}")
    if base is not None:
        for step in ("pass", "analyze", "report"):
            if step in ours:
                print(f"  baseline {step} / plnet {step}: {ratio(base[step], ours[step])}")
    if "report" in ours:
        print(f"  plnet report / plnet analyze:          {ratio(ours['report'], ours['analyze'])}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
