"""Persistence beside the domain: project files, glossary and translation-memory databases (sqlite-utils)."""
