#!/usr/bin/env bash
# Warehouse feed benchmark (issue 16): the dated CSV + Parquet feed of 1,000,000 scored customers. Reuses the scoring
# benchmark's database (bench/data/scoring-<n>: demo --seed=42; scored here if it never was), then runs the
# `warehouse` command twice into bench/data/warehouse and prints each run's line. Target: ≤ 30 s. Last line:
#   warehouse: <customers> customers in <s> s; csv <MB> MB, parquet <MB> MB; <folder>
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
. bench/lib.sh
data="bench/data/scoring-$customers"
port=54331
demo_database "$data" "$customers" $port
scored_once "$data" $port .scored
out=bench/data/warehouse
for run in 1 2; do
  CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" warehouse --to="$out" --crm.embedded-db-port=$port | grep -E '^(scores|warehouse):'
done
