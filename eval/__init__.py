"""Evaluation: ranking metrics, the dev set, benchmarks."""
