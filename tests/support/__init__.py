"""Builders shared by the tests of several features (imported, unlike the conftests)."""
