#!/usr/bin/env bash
# Campaign results benchmark (issue 15): a campaign over all 1,000,000 customers of the scoring benchmark's database
# (bench/data/scoring-<n>), 10 % held out, whose results page a signed-in admin opens for 30, 60 and 90 days, three
# times each (bench/CampaignResults.java; the campaign is removed afterwards). Target: ≤ 5 s. Last line:
#   campaign results: <members> members; 30 days <ms> ms, 60 days <ms> ms, 90 days <ms> ms (worst of 3)
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
. bench/lib.sh
data="bench/data/scoring-$customers"
port=54329
web=18091
demo_database "$data" "$customers" $port
scored_once "$data" $port .scored
admin_password "$data" $port
driver=$(pg_driver)
CRM_DATA_DIR="$data" CRM_DEMO=false CRM_ADMIN_PASSWORD="$first_admin" java -Xmx1g -jar "$jar" --crm.embedded-db-port=$port \
  --server.port=$web > bench/data/campaign-serve.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
await_started bench/data/campaign-serve.log
java -cp "$driver" bench/CampaignResults.java "http://localhost:$web" "jdbc:postgresql://localhost:$port/postgres" "$admin"
