#!/usr/bin/env bash
# Faults benchmark (issue 16): SIGKILL of the app at 10 seeded random points of a scoring run and of a 1,000,000-line
# import, and a PostgreSQL restart in the middle of each, on a 200,000-customer demo database served by a separate
# PostgreSQL process (the embedded binaries, started here). After each fault the app is started again and the database
# checked (see bench/Faults.java). Logs in bench/data/faults-logs. Last line:
#   faults: <n> scenarios, <lost> rows lost, <dup> duplicates, <stuck> stuck jobs, <manual> manual restarts
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-200000}"
lines="${2:-1000000}"
seed="${3:-16}"
. bench/lib.sh
source="bench/data/faults-$customers"
demo_database "$source" "$customers" 54351
file="bench/data/transactions-$lines.csv"
if [ ! -f "$file.complete" ]; then
  java bench/TransactionsFileMaker.java "$lines" "$file"
  touch "$file.complete"
fi
driver=$(pg_driver)
pgbin=$(ls -d /tmp/embedded-pg/*/bin 2>/dev/null | head -1)
[ -x "$pgbin/postgres" ] || { echo "no embedded PostgreSQL binaries under /tmp/embedded-pg (start the app once)" >&2; exit 1; }
db=bench/data/faults-db
rm -rf "$db" bench/data/faults-logs
cp -a "$source/postgres" "$db"
rm -f "$db/postmaster.pid"
java -cp "$driver" bench/Faults.java "$jar" "$pgbin" "$db" "$file" "$seed" bench/data/faults-logs
