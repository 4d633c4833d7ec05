#!/usr/bin/env bash
# Abuse benchmark (issue 14): against the built jar, served on a small demo database (bench/data/abuse, generated
# once), from one address: 1,000 password guesses across 50 usernames, 200 unfiltered API list calls, 500 junk uploads
# (a gzip bomb, an endless quoted field, binary). The last line:
#   abuse: <n> requests; <k> got through; app healthy: yes|no
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data="bench/data/abuse"
port=54331
web=18081
if [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  CRM_DATA_DIR="$data" java -Xmx512m -jar "$jar" demo --customers=2000 --seed=42 --crm.embedded-db-port=$port | grep '^demo:'
  touch "$data/.complete"
fi
if [ -f "$data/.admin" ]; then
  # an issued password: the client chooses another at sign-in, as a person would
  admin=$(CRM_DATA_DIR="$data" java -jar "$jar" password admin --crm.embedded-db-port=$port | awk '/^password:/ {print $3}')
else
  # the first start creates the admin with a password made up here, never written anywhere
  admin=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  export CRM_ADMIN_PASSWORD="$admin"
fi
CRM_DATA_DIR="$data" CRM_DEMO=false java -Xmx512m -jar "$jar" --crm.embedded-db-port=$port --server.port=$web \
  > bench/data/abuse-serve.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q "Started DangolApplication" bench/data/abuse-serve.log && break; sleep 1; done
grep -q "Started DangolApplication" bench/data/abuse-serve.log || { echo "the app did not start: see bench/data/abuse-serve.log" >&2; exit 1; }
touch "$data/.admin"
unset CRM_ADMIN_PASSWORD
java bench/Abuse.java "http://localhost:$web" admin "$admin"
