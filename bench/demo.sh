#!/usr/bin/env bash
# Times the demo generator: N invented customers (default 1,000,000, about 10,000,000 order lines) written
# with COPY into a fresh embedded PostgreSQL. Prints: "demo: <customers> customers, <lines> order lines in <s> s"
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data="bench/data/demo-$customers"
rm -rf "$data"
start=$(date +%s.%N)
out=$(CRM_DATA_DIR="$data" java -Xmx1g -jar "$jar" demo --customers="$customers" --seed=42 | grep '^demo:')
end=$(date +%s.%N)
echo "$out"
lines=$(echo "$out" | sed -E 's/.* orders, ([0-9,]+) order lines.*/\1/' | tr -d ,)
printf 'demo: %s customers, %s order lines in %.1f s (whole command, JVM and PostgreSQL start included)\n' \
  "$customers" "$lines" "$(echo "$end - $start" | bc)"
rm -rf "$data"
