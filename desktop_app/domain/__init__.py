"""Pure-Python domain: releases, segments, glossary matching, QA, transliteration. Imports no Qt."""
