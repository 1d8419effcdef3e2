#!/bin/sh
# The PressDesk database, first start of the PostgreSQL container only (docker-entrypoint-initdb.d).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -f /pressdesk/roles.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
  -c "CREATE DATABASE pressdesk OWNER pressdesk_owner ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname pressdesk -f /pressdesk/grants.sql
