"""The commission's rules in plain Python: statuses and steps, roles, identity numbers, the
working-day calendar, region profiles, the examination record, returns.

Nothing here imports SQLAlchemy or Qt (an import-linter contract holds it), so a label, a
command or a report can use a rule without loading the ORM.
"""
