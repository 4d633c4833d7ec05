#!/usr/bin/env bash
# Sustained-load benchmark (issue 16): the 1,000,000-customer demo database (shared with bench/scoring.sh), the app
# served under -Xmx1g, and from a second process (bench/LoadMix.java) a fixed-rate open-loop mix — segment pages,
# customer pages and timelines, searches, the dashboard, contacts logged and consents recorded — by signed-in SALES
# and MARKETING sessions (users the admin creates for the run), for <seconds>, with a scoring run started half-way; then the rate stepped up 50 at a time,
# 30 s a step, until p99 passes 1 s. Goal on 2 cores: 100 requests/s, p99 <= 500 ms, 0 errors, also while scoring.
# Last line:
#   load: <rate> requests/s for <s> s; p50 <ms> ms, p95 <ms> ms, p99 <ms> ms; <n> errors; p99 passes 1 s at <rate> requests/s
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
rate="${2:-100}"
seconds="${3:-600}"
. bench/lib.sh
data="bench/data/scoring-$customers"
port=54329
web=18090
demo_database "$data" "$customers" $port
scored_once "$data" $port .scored
admin_password "$data" $port
driver=$(pg_driver)
CRM_DATA_DIR="$data" CRM_DEMO=false CRM_ADMIN_PASSWORD="$first_admin" java -Xmx1g -jar "$jar" --crm.embedded-db-port=$port --server.port=$web \
  > bench/data/load-serve.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
await_started bench/data/load-serve.log
java -Xmx1g -cp "$driver" bench/LoadMix.java "http://localhost:$web" "jdbc:postgresql://localhost:$port/postgres" \
  "$rate" "$seconds" "$admin"
