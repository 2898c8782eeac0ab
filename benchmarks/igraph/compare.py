#!/usr/bin/env python3
"""plnet against igraph on one seeded school-shaped network, timed in the same run; prints ratios.

Usage (from the repository root, after `mvn -B -o -DskipTests package -pl cli,benchmarks -am`):
    /usr/bin/python3 benchmarks/igraph/compare.py PEOPLE [TIES_PER_PERSON] [--threads T] [--skip-report]

The network: people in schools of 50, each naming TIES_PER_PERSON (default 12) distinct others, 85 % of
them colleagues of their own school (as the figures of issue 15). It is written once as a study folder and
an edge list under /tmp, then timed:
  * igraph (python3-igraph, one thread): betweenness alone; then the heavy set - betweenness, closeness,
    harmonic centrality, PageRank, eigenvector centrality, Burt's constraint;
  * plnet's betweenness + closeness + harmonic pass alone (org.plnet.benchmarks.ShortestPathPass);
  * `plnet analyze` and `plnet report` as whole processes, JVM start included.
Where igraph is not installed, its side is skipped with a message and plnet is timed alone. On a shared
machine read the ratios, not the seconds.
"""
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


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def main():
    argv = [a for a in sys.argv[1:]]
    threads = os.cpu_count()
    if "--threads" in argv:
        i = argv.index("--threads")
        threads = int(argv[i + 1])
        del argv[i:i + 2]
    skip_report = "--skip-report" in argv
    argv = [a for a in argv if a != "--skip-report"]
    people = int(argv[0])
    ties = int(argv[1]) if len(argv) > 1 else 12
    folder = f"/tmp/plnet-bench-{people}-{ties}"
    arcs = network(people, ties)
    write_study(folder, people, arcs)
    print(f"network: {people} people, {len(arcs)} ties, schools of 50, 85 % inside; {threads} thread(s) for plnet")
    print(f"machine: {os.cpu_count()} processors, load average {os.getloadavg()[0]:.1f} at the start")

    results = {}
    try:
        import igraph
    except ImportError:
        igraph = None
        print("igraph: not installed (python3-igraph); skipping its side, plnet alone")
    if igraph is not None:
        g = igraph.Graph(n=people, edges=arcs, directed=True)
        results["igraph betweenness"] = timed(lambda: g.betweenness(directed=True))
        print(f"igraph {igraph.__version__} betweenness alone: {results['igraph betweenness']:.2f} s")
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
              f"{results['igraph heavy set']:.2f} s")

    out = subprocess.run(["java", "-cp", BENCH, "org.plnet.benchmarks.ShortestPathPass",
                          os.path.join(folder, "edges.txt"), str(people), str(threads)],
                         check=True, capture_output=True, text=True).stdout
    results["plnet pass"] = float(out.strip())
    print(f"plnet betweenness + closeness + harmonic pass: {results['plnet pass']:.2f} s")
    results["plnet analyze"] = timed(lambda: run("java", "-jar", PLNET, "analyze", folder, "--out", folder + "-analyze"))
    print(f"plnet analyze, whole process: {results['plnet analyze']:.2f} s")
    if not skip_report:
        results["plnet report"] = timed(lambda: run("java", "-jar", PLNET, "report", folder, "--out", folder + "-report"))
        print(f"plnet report, whole process: {results['plnet report']:.2f} s")

    print("ratios (higher = plnet faster):")
    if igraph is not None:
        print(f"  igraph betweenness alone / plnet pass: {results['igraph betweenness'] / results['plnet pass']:.2f}")
        print(f"  igraph heavy set / plnet analyze:      {results['igraph heavy set'] / results['plnet analyze']:.2f}")
        if "plnet report" in results:
            print(f"  igraph heavy set / plnet report:       {results['igraph heavy set'] / results['plnet report']:.2f}")
    if "plnet report" in results:
        print(f"  plnet report / plnet analyze:          {results['plnet report'] / results['plnet analyze']:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
