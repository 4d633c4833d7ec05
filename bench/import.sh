#!/usr/bin/env bash
# Import benchmark (issue "Data intake"): a 10,000,000-line transactions file (generated once, cached in bench/data)
# imported into a fresh embedded database under -Xmx512m with the import command. Last line:
#   import: <rows> order lines in <s> s; <rate> rows/s
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-10000000}"
jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
mkdir -p bench/data
file="bench/data/transactions-$lines.csv"
if [ ! -f "$file.complete" ]; then
  java bench/TransactionsFileMaker.java "$lines" "$file"
  touch "$file.complete"
fi
echo "file: $(du -h "$file" | cut -f1) ($lines order lines)"
data=bench/data/import-db
rm -rf "$data"
out=$(CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" import transactions "$file" --source=bench --crm.embedded-db-port=54330 \
  --logging.level.io.dangol.crm.importing.persistence=debug)
echo "$out" | grep -E 'import( upsert)?: ' | sed -E 's/^.*(JdbcTransactionImport|StagedLoad) *: //' | grep -v '^import: run ' || true
echo "$out" | grep '^import: run '
line=$(echo "$out" | grep '^import: run ')
took=$(echo "$line" | sed -E 's/.* in ([0-9.]+) s:.*/\1/')
inserted=$(echo "$line" | sed -E 's/.*inserted ([0-9,]+),.*/\1/' | tr -d ,)
rate=$(echo "scale=0; $inserted / $took" | bc)
echo "import: $inserted order lines in $took s; $rate rows/s"
