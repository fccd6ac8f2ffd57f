#!/usr/bin/env bash
# Benchmarks opinion clustering (10,000 and 100,000 synthetic opinions, against exact grouping after folding in the
# same run, with pairwise precision/recall against the generator's truth) and a 3,000-opinion session report
# (DOCX + XLSX). Exits non-zero when a target is missed.
# Usage: bench/consolidate.sh [--out DIR]   (DIR keeps the generated report files)
# CONSOLIDATE_THRESHOLD=0.7 tries another similarity threshold; CONSOLIDATE_MAX=10000 skips the 100,000 run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet build bench/ConsolidateBench -c Release -o bench/out/ConsolidateBench --nologo -v q >/dev/null
dotnet bench/out/ConsolidateBench/ConsolidateBench.dll "$@"
