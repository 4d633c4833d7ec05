#!/usr/bin/env bash
# Scale benchmark (issue 17): demo data (seed 42, generated once per size into bench/data/scale-<n>; the 1,000,000
# database is the scoring benchmark's), a scoring run under -Xmx512m with the GC log on (the heap's peak is the largest
# "before" figure of a collection), then the app served and the marketing pages timed right after the run
# (bench/PageTimer.java, <requests> each). One line per size, and below it the largest "after" figure:
#   scale: <n> customers; scoring <s> s (<µs> µs/customer); heap max <MB>; segment-deep p95 <ms>
#     heap after a collection at most <MB>
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-250000 500000 1000000 2000000}"
requests="${1:-100}"
. bench/lib.sh
driver=$(pg_driver)
port=54341
web=18092
for n in $sizes; do
  data="bench/data/scale-$n"
  [ "$n" = 1000000 ] && data="bench/data/scoring-1000000"
  demo_database "$data" "$n" $port
  marketing=$(staff_password "$data" $port marketing)
  gclog="bench/data/scale-gc-$n.log"
  out=$(CRM_DATA_DIR="$data" java -Xmx512m -Xlog:gc:file="$gclog" -jar "$jar" score --crm.embedded-db-port=$port)
  line=$(echo "$out" | grep 'succeeded:')
  took=$(echo "$line" | sed -E 's/.* customers in ([0-9.]+) s.*/\1/')
  heap=$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | sed -E 's/M->.*//' | sort -n | tail -1)
  # what the run still held right after a collection (garbage the old generation has not yet given back included)
  held=$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
  CRM_DATA_DIR="$data" CRM_DEMO=false java -Xmx1g -jar "$jar" --crm.embedded-db-port=$port --server.port=$web \
    > bench/data/scale-serve.log 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
  await_started bench/data/scale-serve.log
  pages=$(java bench/PageTimer.java "http://localhost:$web" marketing "$marketing" marketing "$requests")
  kill $app; wait $app 2>/dev/null || true
  trap - EXIT
  deep=$(echo "$pages" | grep 'page segment-deep' | sed -E 's/.*p95 ([0-9]+) ms.*/\1/')
  per=$(echo "scale=1; $took * 1000000 / $n" | bc)
  echo "scale: $n customers; scoring $took s ($per µs/customer); heap max ${heap:-?} MB; segment-deep p95 $deep ms"
  echo "  heap after a collection at most ${held:-?} MB"
done
