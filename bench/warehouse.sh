#!/usr/bin/env bash
# Warehouse feed benchmark (issue 16): the dated CSV + Parquet feed of 1,000,000 scored customers. Reuses the scoring
# benchmark's database (bench/data/scoring-<n>: demo --seed=42; scored here if it never was), then runs the
# `warehouse` command twice into bench/data/warehouse and prints each run's line. Target: ≤ 30 s. Last line:
#   warehouse: <customers> customers in <s> s; csv <MB> MB, parquet <MB> MB; <folder>
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data="bench/data/scoring-$customers"
port=54331
if [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  CRM_DATA_DIR="$data" java -Xmx1g -jar "$jar" demo --customers="$customers" --seed=42 --crm.embedded-db-port=$port | grep '^demo:'
  touch "$data/.complete"
fi
if [ ! -f "$data/.scored" ]; then
  CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" score --crm.embedded-db-port=$port | tail -n 1
  touch "$data/.scored"
fi
out=bench/data/warehouse
for run in 1 2; do
  CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" warehouse --to="$out" --crm.embedded-db-port=$port | grep -E '^(scores|warehouse):'
done
