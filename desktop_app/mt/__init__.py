"""Offline machine translation: language packs on disk and the engine that runs them (argostranslate)."""
