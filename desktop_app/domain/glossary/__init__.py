"""The glossary of official names and titles: entries, normalisation, recognition in text, Russian inflection."""
