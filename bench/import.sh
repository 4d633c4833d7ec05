#!/usr/bin/env bash
# Import benchmark (issue "Data intake"; issue 17): a 10,000,000-line transactions file (generated once, cached in
# bench/data) imported into a fresh embedded database under -Xmx512m with the import command; then, on the same
# database, a bare COPY of the same file into a table of text columns with no index (bench/BareCopy.java), the floor
# the import stands on. Last line:
#   import: <rows> order lines in <s> s; <rate> rows/s; bare copy <s> s; ratio <r>
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-10000000}"
. bench/lib.sh
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

# the bare COPY: serve the same embedded database briefly (no web port) and COPY the file with the JDBC driver
driver=$(pg_driver)
CRM_DATA_DIR="$data" CRM_DEMO=false java -jar "$jar" --crm.embedded-db-port=54330 --server.port=0 > bench/data/import-serve.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
await_started bench/data/import-serve.log
bare_line=$(java -cp "$driver" bench/BareCopy.java "jdbc:postgresql://localhost:54330/postgres" "$file")
echo "$bare_line"
kill $app; wait $app 2>/dev/null || true
trap - EXIT
bare=$(echo "$bare_line" | sed -E 's/.* in ([0-9.]+) s/\1/')
ratio=$(echo "scale=2; $took / $bare" | bc)
echo "import: $inserted order lines in $took s; $rate rows/s; bare copy $bare s; ratio $ratio"
