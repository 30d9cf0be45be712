"""Benchmarks: ``python -m bench`` runs every ``bench_*`` module; each can also run alone."""
