#!/usr/bin/env python3
"""Writes the seeded large study folder of issue 15, item 5: PEOPLE people in schools of 50, each naming
TIES_PER_PERSON distinct others, 85 % of them colleagues of their own school (the network of compare.py,
seed 7). Default 500,000 people x 10 = 5,000,000 ties.

Usage (from the repository root):
    /usr/bin/python3 benchmarks/large/study.py FOLDER [PEOPLE] [TIES_PER_PERSON]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "igraph"))
import compare  # noqa: E402  (the same network and study-folder writer as the igraph comparison)


def main():
    folder = sys.argv[1]
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 500_000
    ties = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    arcs = compare.network(people, ties)
    compare.write_study(folder, people, arcs)
    print(f"{folder}: {people} people, {len(arcs)} ties")


if __name__ == "__main__":
    main()
