-- What each group may do in the PressDesk database (run once, as a superuser, connected to that database,
-- after `CREATE DATABASE pressdesk OWNER pressdesk_owner`). The grants also cover the tables PressDesk creates
-- later, so they hold after an upgrade migrates the schema.
CREATE EXTENSION IF NOT EXISTS pg_trgm;  -- fuzzy memory lookup and glossary search
GRANT USAGE ON SCHEMA public TO pressdesk_editor, pressdesk_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE pressdesk_owner IN SCHEMA public
    GRANT SELECT ON TABLES TO pressdesk_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE pressdesk_owner IN SCHEMA public
    GRANT SELECT ON SEQUENCES TO pressdesk_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE pressdesk_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pressdesk_editor;
ALTER DEFAULT PRIVILEGES FOR ROLE pressdesk_owner IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO pressdesk_editor;
-- Tables an older PressDesk already created:
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pressdesk_reader;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO pressdesk_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pressdesk_editor;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO pressdesk_editor;
