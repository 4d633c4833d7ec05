#!/usr/bin/env bash
# Voice classifier benchmark (issue "Service desk and the voice of the customer"): accuracy on NSMC's held-out test
# half (trained on its training half), on the shipped customer-voice sample (5-fold cross-validation, repeated 5
# times), and texts classified per second (10,000 NSMC reviews, all cores, slowest of three warm passes), run twice;
# the worse run's figures are the ones to record. Needs the NSMC sample (nsmc_train_30k.tsv, nsmc_test_10k.tsv):
# NSMC_DIR, default ../shared/datasets/nsmc. Last line:
#   voice: nsmc accuracy <a>; customer-voice sentiment <s>; category <c>; <n> items/s
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
nsmc="${NSMC_DIR:-../shared/datasets/nsmc}"
[ -f "$nsmc/nsmc_test_10k.tsv" ] || { echo "voice: NSMC sample not found in $nsmc (set NSMC_DIR)" >&2; exit 2; }
for run in 1 2; do
  java -Xmx1g -jar "$jar" voice-evaluate --nsmc="$nsmc" > bench/voice.out
  sed "s/^/run $run: /" bench/voice.out | head -n 3
  tail -n 1 bench/voice.out >> bench/voice.lines
done
# the worse of the two runs (fewer items/s; accuracy is the same every run)
awk -F'; ' '{ split($4, a, " "); if (min == "" || a[1] < min) { min = a[1]; line = $0 } } END { print line }' bench/voice.lines
rm -f bench/voice.lines bench/voice.out
