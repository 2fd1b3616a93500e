"""The administrator's screens."""
