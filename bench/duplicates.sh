#!/usr/bin/env bash
# Duplicate job benchmark (issue "Customer records"): 1,000,000 demo customers (about 1 in 100 planted as the same
# person recorded again: the same phone or e-mail, or a name typed differently with the same birthday or address),
# generated once and cached in bench/data; then the `duplicates` command twice on the same database (the second run
# is reported: the job runs again and again), and its pairs compared with the planted ones. Last line:
#   duplicates: <n> pairs in <s> s; precision <p>; recall <r>
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-1000000}"
jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data="bench/data/duplicates-$customers"
port=54331
if [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  CRM_DATA_DIR="$data" java -Xmx1g -jar "$jar" demo --customers="$customers" --seed=42 --crm.embedded-db-port=$port | grep '^demo:'
  date -u +%F > "$data/.complete"
fi
demo_day=$(cat "$data/.complete")
[ -n "$demo_day" ] || demo_day=$(date -u -r "$data/.complete" +%F)

# the planted pairs, from the demo's own generator in the jar
lib=bench/data/lib
mkdir -p "$lib"
unzip -p "$jar" "$(unzip -Z1 "$jar" | grep 'BOOT-INF/lib/crm-domain-.*\.jar')" > "$lib/crm-domain.jar"
java -cp "$lib/crm-domain.jar" bench/PlantedDuplicates.java "$customers" 42 "$demo_day" | sort > bench/data/planted.tsv

for run in 1 2; do
  CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" duplicates --crm.embedded-db-port=$port > bench/data/duplicates.out
  echo "run $run: $(tail -n 1 bench/data/duplicates.out)"
done
grep -v '^duplicates:' bench/data/duplicates.out | cut -f1,2 | sort > bench/data/found.tsv
found=$(wc -l < bench/data/found.tsv)
planted=$(wc -l < bench/data/planted.tsv)
right=$(comm -12 bench/data/found.tsv bench/data/planted.tsv | wc -l)
echo "planted pairs: $planted; found: $found; of them planted: $right"
echo "score of the pairs found that were not planted (first 5):"
comm -23 bench/data/found.tsv bench/data/planted.tsv > bench/data/unplanted.tsv || true
head -n 5 bench/data/unplanted.tsv | while IFS=$'\t' read -r a b; do
  grep -P "^\Q$a\E\t\Q$b\E\t" bench/data/duplicates.out || true
done
echo "missed planted pairs: $(comm -13 bench/data/found.tsv bench/data/planted.tsv | wc -l)"
last=$(tail -n 1 bench/data/duplicates.out)
[ "$found" -gt 0 ] || found=1
printf '%s; precision %.3f; recall %.3f\n' "$last" "$(echo "$right / $found" | bc -l)" "$(echo "$right / $planted" | bc -l)"
