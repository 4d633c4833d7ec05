#!/usr/bin/env bash
# Page benchmark (issues "Marketing workspace" and "Sales workspace"): with the 1,000,000-customer demo database
# (shared with bench/scoring.sh, generated once into bench/data) scored by this build right before — each block says
# how many seconds after that run it started (issue 17: the targets hold within a minute of a run) —, serves the app and times
# pages from a second process (bench/PageTimer.java), signed in as the demo MARKETING user, then as the demo SALES
# user. Prints one line per page:
#   page <name>: p50 <ms> ms, p95 <ms> ms        (dashboard, segment-first, segment-deep, search, customer, then
#   the service desk's cases-all, cases-deep, cases-core-complaints, cases-overdue, voice-inbox, voice-negative-deep,
#   voice-dashboard, voice-themes as the demo SERVICE user)
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
requests="${2:-200}"
. bench/lib.sh
data="bench/data/scoring-$customers"
port=54329
web=18080
demo_database "$data" "$customers" $port
marketing=$(staff_password "$data" $port marketing)
sales=$(staff_password "$data" $port sales)
service=$(staff_password "$data" $port service)
driver=$(pg_driver)
# as an operator lives with it: a scoring run has just replaced every score when the pages are timed (issue 17)
CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" score --crm.embedded-db-port=$port | grep 'succeeded:'
scored_at=$(date +%s)

CRM_DATA_DIR="$data" CRM_DEMO=false java -Xmx1g -jar "$jar" --crm.embedded-db-port=$port --server.port=$web \
  > bench/data/pages-serve.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
await_started bench/data/pages-serve.log

since() { echo "timing starts $(( $(date +%s) - scored_at )) s after the scoring run finished"; }
since
java bench/PageTimer.java "http://localhost:$web" marketing "$marketing" marketing "$requests"
since
java -cp "$driver" bench/PageTimer.java "http://localhost:$web" sales "$sales" sales "$requests" \
  "jdbc:postgresql://localhost:$port/postgres"
since
java bench/PageTimer.java "http://localhost:$web" service "$service" service "$requests"
