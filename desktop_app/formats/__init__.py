"""File formats read and written by PressDesk (DOCX, TXT, JSON releases; glossary and memory files)."""
