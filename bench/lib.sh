# Shared by the bench scripts (sourced, from the repository's root): the built jar, the cached demo databases, the
# PostgreSQL driver for the Java clients, and serving the app until it has started.

jar="${CRM_JAR:-crm-app/target/crm-app.jar}"
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests

# demo_database <data dir> <customers> <embedded port>: the demo (seed 42) written once into the folder, then reused
demo_database() {
  if [ ! -f "$1/.complete" ]; then
    rm -rf "$1"
    CRM_DATA_DIR="$1" java -Xmx1g -jar "$jar" demo --customers="$2" --seed=42 --crm.embedded-db-port="$3" | grep '^demo:'
    touch "$1/.complete"
  fi
}

# scored_once <data dir> <embedded port> <marker>: one scoring run with this build, remembered by the marker file
scored_once() {
  if [ ! -f "$1/$3" ]; then
    CRM_DATA_DIR="$1" java -Xmx512m -jar "$jar" score --crm.embedded-db-port="$2" | tail -n 1
    touch "$1/$3"
  fi
}

# the PostgreSQL driver out of the jar, for the Java clients run beside the app
pg_driver() {
  local lib=bench/data/lib
  if [ ! -f "$lib/postgresql.jar" ]; then
    mkdir -p "$lib"
    unzip -p "$jar" "$(unzip -Z1 "$jar" | grep 'BOOT-INF/lib/postgresql-.*\.jar')" > "$lib/postgresql.jar"
  fi
  echo "$lib/postgresql.jar"
}

# await_started <log>: until the app has started (at most 15 minutes), else say where to look and fail
await_started() {
  for _ in $(seq 1 900); do grep -q "Started DangolApplication" "$1" && return 0; sleep 1; done
  echo "the app did not start: see $1" >&2
  return 1
}

# admin_password <data dir> <port>: sets admin (a new password from the `password` command) and first_admin — on a
# database the demo command wrote, which has no admin yet, the password the app gives its first admin at its first
# start (pass it as CRM_ADMIN_PASSWORD); first_admin is empty otherwise
admin_password() {
  admin=$(CRM_DATA_DIR="$1" java -jar "$jar" password admin --crm.embedded-db-port="$2" 2>/dev/null | awk '/^password:/ {print $3}' || true)
  first_admin=""
  if [ -z "$admin" ]; then
    admin="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    first_admin="$admin"
  fi
}

# staff_password <data dir> <port> <role>: a new password for the demo's staff user of that role (marketing, sales,
# service); a database that lost those users gets them back from the demo command, with one more invented customer
staff_password() {
  if ! CRM_DATA_DIR="$1" java -jar "$jar" password "$3" --crm.embedded-db-port="$2" >/dev/null 2>&1; then
    CRM_DATA_DIR="$1" java -jar "$jar" demo --customers=1 --seed="$(date +%s)" --crm.embedded-db-port="$2" >/dev/null
  fi
  CRM_DATA_DIR="$1" java -jar "$jar" password "$3" --crm.embedded-db-port="$2" | awk '/^password:/ {print $3}'
}
