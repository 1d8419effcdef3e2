-- The three group roles of a PressDesk office server (run once, as a superuser, in any database).
--   pressdesk_owner   creates and migrates PressDesk's tables (the first desk to connect with it sets them up)
--   pressdesk_editor  reads and changes the glossary and the memory
--   pressdesk_reader  reads, matches and searches only; PressDesk says "read-only" on every edit
-- Each person then gets a login in one of the two groups, e.g.
--   CREATE ROLE anna LOGIN PASSWORD 'a long secret' IN ROLE pressdesk_editor;
--   CREATE ROLE ivan LOGIN PASSWORD 'a long secret' IN ROLE pressdesk_reader;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pressdesk_owner') THEN
        CREATE ROLE pressdesk_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pressdesk_editor') THEN
        CREATE ROLE pressdesk_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pressdesk_reader') THEN
        CREATE ROLE pressdesk_reader NOLOGIN;
    END IF;
END
$$;
