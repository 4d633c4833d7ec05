#!/usr/bin/env bash
# Nightly steadiness (issue "Speed that holds every night"): the scoring job run again and again on the cached
# 1,000,000-customer database, as the schedule runs it every night, each run under -Xmx512m. Per run: the job's time
# and phases, and the database's size; then what grew from the first run to the last. Last line:
#   nightly: <runs> runs; job first <s> s, last <s> s, median <s> s, worst <s> s; database <MB> -> <MB> MB
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
customers="${2:-1000000}"
. bench/lib.sh
data="bench/data/scoring-$customers"
port=54329
demo_database "$data" "$customers" $port
sizes="select pg_database_size(current_database()) / 1048576, (select count(*) from scoring_run),
              (select count(*) from churn_risk), (select count(*) from ladder_history),
              pg_total_relation_size('customer_score') / 1048576, pg_total_relation_size('churn_risk') / 1048576"
times=()
first_db=""
for run in $(seq 1 "$runs"); do
  out=$(CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" score --crm.embedded-db-port=$port)
  took=$(echo "$out" | grep 'succeeded:' | sed -E 's/.* customers in ([0-9.]+) s.*/\1/')
  phases=$(echo "$out" | grep '^score: ' | grep -v 'succeeded' | awk '{printf "%s %s ", $2, $3}')
  # the database's sizes, read with the app's own driver while the embedded server is up for a moment
  CRM_DATA_DIR="$data" CRM_DEMO=false java -jar "$jar" --crm.embedded-db-port=$port --server.port=0 > bench/data/nightly-serve.log 2>&1 &
  app=$!
  await_started bench/data/nightly-serve.log
  size=$(java -cp "$(pg_driver)" bench/Sizes.java "jdbc:postgresql://localhost:$port/postgres" "$sizes")
  kill $app; wait $app 2>/dev/null || true
  [ -n "$first_db" ] || first_db=$(echo "$size" | awk '{print $1}')
  last_db=$(echo "$size" | awk '{print $1}')
  echo "run $run: job $took s ($phases); database $(echo "$size" | awk '{print $1}') MB, runs $(echo "$size" | awk '{print $2}'), churn_risk rows $(echo "$size" | awk '{print $3}') ($(echo "$size" | awk '{print $6}') MB), ladder_history rows $(echo "$size" | awk '{print $4}'), customer_score $(echo "$size" | awk '{print $5}') MB"
  times+=("$took")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
worst=$(echo "$sorted" | tail -n 1)
echo "nightly: $runs runs; job first ${times[0]} s, last ${times[-1]} s, median $median s, worst $worst s; database $first_db -> $last_db MB"
