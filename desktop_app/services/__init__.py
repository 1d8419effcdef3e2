"""Use cases shared by the command line and the GUI: create, import, translate, check, export."""
