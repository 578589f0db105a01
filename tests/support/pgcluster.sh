#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the server tests (ctest fixture "pgcluster", tests/CMakeLists.txt).
#
#   pgcluster.sh start LINK      initdb into a new temporary folder, start the server there and point LINK at it
#   pgcluster.sh stop LINK       stop the server and remove the folder and LINK
#   pgcluster.sh createdb LINK NAME   an empty database NAME on the cluster
#   pgcluster.sh standby LINK PRIMARY    a streaming standby of the cluster at PRIMARY (pg_basebackup -R), on its
#                                         own socket in LINK; `stop LINK` ends it
#   pgcluster.sh restore LINK NAME DUMP   a database NAME made from DUMP (pg_dump -Fc --no-owner: a server
#                                         catalog of an older schema, tests/data/catalog/README.md)
#
# The server trusts every local connection (no password) but the login tfp_passwort's (scram-sha-256, for the
# password tests), listens on no TCP port, only on the Unix socket
# LINK/.s.PGSQL.5432, and its superuser is "tfp". PostgreSQL refuses to run as root, so when the caller is root
# (CI) the folder belongs to nobody and the server runs as nobody; the folder lives in /tmp because nobody
# cannot reach a build tree under /root. fsync is off: the cluster holds nothing worth keeping.
#
# Where PostgreSQL is not installed, `start` writes the reason to LINK.skip and exits 77, which ctest reports as
# skipped; the tests then skip with that reason, or fail when TFP_REQUIRE_PG=1 (CI).
set -euo pipefail

action=${1:-}
link=${2:-}
if [ -z "$action" ] || [ -z "$link" ]; then
  echo "usage: $0 start|stop LINK | standby LINK PRIMARY | createdb LINK NAME | restore LINK NAME DUMP" >&2
  exit 2
fi

bindir=""
for candidate in "${TFP_PG_BINDIR:-}" /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
  if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
    bindir=$candidate
    break
  fi
done

asOwner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case "$action" in
start)
  rm -f "$link.skip"
  if [ -z "$bindir" ]; then
    reason="PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin); on Debian 12: apt-get install postgresql"
    echo "$reason" >"$link.skip"
    echo "pgcluster: $reason"
    [ "${TFP_REQUIRE_PG:-0}" = 1 ] && exit 1
    exit 77
  fi
  # A cluster left by an interrupted run goes first.
  if [ -L "$link" ]; then "$0" stop "$link" || true; fi
  dir=$(mktemp -d /tmp/tfp-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
  ln -sfn "$dir" "$link"
  asOwner "$bindir/initdb" -D "$dir/data" --auth=trust --username=tfp --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log"
    exit 1
  }
  # One login that must give a password (the password tests): first match wins in pg_hba.conf.
  asOwner sh -c "{ echo 'local all tfp_passwort scram-sha-256'; cat '$dir/data/pg_hba.conf'; } > '$dir/data/hba.new' && mv '$dir/data/hba.new' '$dir/data/pg_hba.conf'"
  asOwner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null || {
    cat "$dir/server.log"
    exit 1
  }
  echo "pgcluster: PostgreSQL ($("$bindir/postgres" --version)) runs on the socket in $dir"
  ;;
stop)
  [ -L "$link" ] || exit 0
  dir=$(readlink "$link")
  if [ -n "$bindir" ] && [ -d "$dir/data" ]; then
    asOwner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  rm -f "$link"
  ;;
standby)
  primary=${3:?link of the primary}
  [ -n "$bindir" ] || { echo "pgcluster: PostgreSQL is not installed" >&2; exit 1; }
  if [ -L "$link" ]; then "$0" stop "$link" || true; fi
  dir=$(mktemp -d /tmp/tfp-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
  ln -sfn "$dir" "$link"
  # The primary's own folder, not the link: the standby runs as the owner, who may not reach the link.
  asOwner "$bindir/pg_basebackup" -h "$(readlink -f "$primary")" -U tfp -D "$dir/data" -R -X stream --checkpoint=fast --no-sync >"$dir/basebackup.log" 2>&1 || {
    cat "$dir/basebackup.log"
    exit 1
  }
  asOwner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir'" >/dev/null || {
    cat "$dir/server.log"
    exit 1
  }
  ;;
createdb)
  name=${3:?database name}
  "$bindir/createdb" -h "$link" -U tfp "$name"
  ;;
restore)
  name=${3:?database name}
  dump=${4:?dump file}
  # The dump grants to the planners' group role, which belongs to the cluster, not to the database.
  "$bindir/psql" -h "$link" -U tfp -d postgres -v ON_ERROR_STOP=1 -q -c \
    "DO \$\$ BEGIN CREATE ROLE tfp_planer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END \$\$"
  "$bindir/createdb" -h "$link" -U tfp "$name"
  "$bindir/pg_restore" -h "$link" -U tfp -d "$name" --no-owner --exit-on-error "$dump"
  ;;
*)
  echo "usage: $0 start|stop LINK | standby LINK PRIMARY | createdb LINK NAME | restore LINK NAME DUMP" >&2
  exit 2
  ;;
esac
