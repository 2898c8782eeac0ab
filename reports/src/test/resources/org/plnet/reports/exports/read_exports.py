"""Reads plnet's exports with NetworkX and igraph and prints what they found, one fact a line, in a fixed
order, for ExportsReadByPythonTest. Usage: read_exports.py KIND FILE, KIND one of
nx-gexf, nx-graphml, ig-graphml, ig-dl, nx-pajek, ig-pajek."""
import sys


def fmt(x):
    return repr(x)


def nx_graph(G, out):
    out.append("nx %s nodes=%d edges=%d" % (type(G).__name__, G.number_of_nodes(), G.number_of_edges()))
    for n, data in sorted(G.nodes(data=True)):
        out.append("node %s %s" % (n, " ".join("%s=%s" % (k, fmt(v)) for k, v in sorted(data.items()))))
    edges = []
    for u, v, data in G.edges(data=True):
        data = {k: v for k, v in data.items() if k in ("relation", "wave", "weight")}
        edges.append("edge %s %s %s" % (u, v, " ".join("%s=%s" % (k, fmt(x)) for k, x in sorted(data.items()))))
    out.extend(sorted(edges))


def ig_graph(g, out, name):
    out.append("ig directed=%s nodes=%d edges=%d" % (g.is_directed(), g.vcount(), g.ecount()))
    for v in g.vs:
        out.append("node %d %s" % (v.index, fmt(v[name]) if name in g.vs.attributes() else ""))
    edges = []
    for e in g.es:
        data = {k: e[k] for k in g.es.attributes() if k in ("relation", "wave", "weight")}
        edges.append("edge %d %d %s" % (e.source, e.target, " ".join("%s=%s" % (k, fmt(x)) for k, x in sorted(data.items()))))
    out.extend(sorted(edges))


def main(kind, path):
    out = []
    if kind.startswith("nx-"):
        import networkx as nx
        if kind == "nx-gexf":
            nx_graph(nx.read_gexf(path), out)
        elif kind == "nx-graphml":
            nx_graph(nx.read_graphml(path), out)
        elif kind == "nx-pajek":
            nx_graph(nx.read_pajek(path), out)
    else:
        import igraph
        if kind == "ig-graphml":
            ig_graph(igraph.Graph.Read_GraphML(path), out, "label")
        elif kind == "ig-dl":
            ig_graph(igraph.Graph.Read_DL(path, directed=True), out, "name")
        elif kind == "ig-pajek":
            ig_graph(igraph.Graph.Read_Pajek(path), out, "id")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
