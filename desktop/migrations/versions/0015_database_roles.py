"""the audit journal refuses UPDATE, DELETE and TRUNCATE on PostgreSQL, whoever asks

Revision ID: 0015_database_roles
Revises: 0014_audit_witness
Create Date: 2026-12-07 15:00:00

Grants keep the desktops' roles from rewriting ``audit_events`` (see
:mod:`desktop.storage.db_roles`); this trigger also stops the schema's owner, so that an
upgrade, a maintenance script or a mistyped statement cannot rewrite the journal
quietly. Whoever really means to (a superuser, or the owner) must first disable the
trigger with ``ALTER TABLE … DISABLE TRIGGER``, which is itself a visible act.

SQLite is unchanged: the owner of a single-desk file is trusted (docs/trust.md).
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0015_database_roles'
down_revision: str | None = '0014_audit_witness'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = """
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit journal is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute("CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
               "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()")
    op.execute("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
               "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
    op.execute("DROP TRIGGER audit_events_no_change ON audit_events")
    op.execute("DROP FUNCTION audit_events_append_only()")
