"""Use cases: each opens its own transaction, checks permissions and writes the audit."""
