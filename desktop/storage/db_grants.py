"""What each PostgreSQL role of :mod:`desktop.storage.db_roles` may do, table by table.

Every staff role reads every table (``users`` without the password hashes, which only the
administrators read: backups copy them). Writes follow the permission matrix of
:mod:`desktop.domain.roles`; where a whole table is too coarse, a row policy narrows it:

- ``conclusions``: a clerk drafts and cancels (RENDER, DRAFT_CERTIFICATE), never issues
  nor decides: the clerk changes only the status, of a draft or one being signed, to a
  draft or cancelled one.
- ``conclusion_signers``: only those who sign record a signature.
- ``counters``: only a clerk advances registration numbers, and every application role
  only by one at a time (a trigger), so numbers are neither skipped nor taken back.
- ``users``: administrators change accounts; a person changes only the sign-in columns
  of their own row (a new password, the failed-attempt count, the last sign-in).
- ``audit_events``: INSERT only, and the trigger of migration ``0015_database_roles``
  refuses UPDATE, DELETE and TRUNCATE to everyone; an event inserted by a person names
  that person, continues the chain at the audit counter's value and links to the last
  event's hash.

:func:`apply` is idempotent; it runs after every migration (so a new table gets its grants)
and from the command ``database setup-roles``.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

from desktop.models.audit import GENESIS_HASH
from desktop.storage.db_roles import (
    GROUPS,
    gate_name,
    group_name,
    login_name,
    staff_name,
    uses_logins,
    verifier,
)

log = logging.getLogger(__name__)

__all__ = ["TABLE_WRITES", "apply", "create_roles"]

_IUD = "INSERT, UPDATE, DELETE"
_SIGNERS = ("member", "chair", "official")

TABLE_WRITES: dict[str, dict[str, str]] = {
    "applicants": {"clerk": "INSERT, UPDATE"},
    "applications": {"clerk": "INSERT, UPDATE", "member": "UPDATE", "chair": "UPDATE",
                     "official": "UPDATE", "admin": "UPDATE"},
    "items": {"clerk": _IUD, "member": "UPDATE", "chair": "UPDATE"},
    "survey_answers": {"clerk": _IUD},
    "blobs": {role: "INSERT, DELETE" for role in ("clerk", *_SIGNERS)},
    "document_pages": {"clerk": _IUD, "member": _IUD, "chair": _IUD},
    "page_texts": {"clerk": _IUD, "member": _IUD, "chair": _IUD},
    "document_waivers": {"chair": _IUD},
    "examinations": {"member": _IUD, "chair": _IUD},
    "examination_measurements": {"member": _IUD, "chair": _IUD},
    "examination_pages": {"member": _IUD, "chair": _IUD},
    "examination_drafts": {"member": _IUD, "chair": _IUD},
    "item_returns": {"clerk": _IUD, "member": _IUD, "chair": _IUD},
    "conclusions": {"clerk": "INSERT, UPDATE (status, version)",
                    **{role: "INSERT, UPDATE" for role in _SIGNERS}},
    "conclusion_documents": {role: _IUD for role in ("clerk", *_SIGNERS)},
    "conclusion_signers": {"clerk": "INSERT, DELETE",
                           **{role: _IUD for role in _SIGNERS}},
    "conclusion_absences": {"chair": _IUD},
    "audit_events": {"staff": "INSERT"},
    "counters": {"staff": "INSERT, UPDATE"},
    "users": {"admin": _IUD, "staff": "UPDATE (password_hash, must_change_password, "
              "failed_logins, locked_until, last_sign_in_at, version)"},
    "commission_seats": {"admin": _IUD},
    "settings": {"admin": _IUD},
    "calendar_amendments": {"admin": _IUD},
    "alembic_version": {},
}
"""Beyond SELECT: the privileges each group (or every staff role) has on each table.
Every table of the schema is named here (a test holds it to that), so a new table's
writers are a decision, not an accident."""

_USERS_PUBLIC = ("id, username, full_name, iin, role, active, failed_logins, locked_until, "
                 "must_change_password, last_sign_in_at, created_at, version")

_DRAFTS = "status IN ('draft', 'cancelled')"

MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 15


def create_roles(conn: Connection, prefix: str, gate_password: str | None) -> list[str]:
    """Create the group roles and the gate login that do not exist yet (needs CREATEROLE);
    set the gate's password when given. Returns the roles created."""
    created = []
    wanted = [staff_name(prefix), *(group_name(prefix, r) for r in GROUPS)]
    for name in [*wanted, gate_name(prefix)]:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                              {"n": name}).first()
        if exists:
            continue
        login = "LOGIN" if name == gate_name(prefix) else "NOLOGIN"
        conn.exec_driver_sql(f'CREATE ROLE "{name}" {login}')
        if name != staff_name(prefix) and name in wanted:
            conn.exec_driver_sql(f'GRANT "{staff_name(prefix)}" TO "{name}"')
        created.append(name)
    if gate_password is not None:
        conn.exec_driver_sql(f'ALTER ROLE "{gate_name(prefix)}" '
                             f"PASSWORD '{verifier(conn, gate_password)}'")
    return created


def _functions(prefix: str) -> list[str]:
    staff, admin = staff_name(prefix), group_name(prefix, "admin")
    sample = login_name(prefix, "")
    digits = len(sample) - len(prefix) - len("_u_")
    groups = ", ".join(f"'{r.value}'" for r in GROUPS)
    definer = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public"
    return [
        f"""CREATE OR REPLACE FUNCTION commission_login_of(name text) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$
            SELECT '{prefix}_u_' || left(encode(sha256(convert_to(name, 'UTF8')), 'hex'),
                                          {digits}) $$""",
        """CREATE OR REPLACE FUNCTION commission_my_user_id() RETURNS integer
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT id FROM public.users WHERE commission_login_of(username) = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION commission_is_staff() RETURNS boolean
            LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(current_user, '{staff}', 'MEMBER')
                   AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) $$""",
        f"""CREATE OR REPLACE FUNCTION commission_set_login(
                name text, verifier text, grp text, active boolean) RETURNS void {definer} AS $$
            DECLARE
                login text := commission_login_of(name);
                g text;
                member boolean;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.username = name) THEN
                    RAISE EXCEPTION 'no account has this name'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF pg_has_role(session_user, '{staff}', 'MEMBER')
                   AND NOT pg_has_role(session_user, '{admin}', 'MEMBER')
                   AND (login <> session_user OR grp IS NOT NULL OR active IS NOT NULL) THEN
                    RAISE EXCEPTION 'only an administrator changes another person''s login'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF grp IS NOT NULL AND grp NOT IN ({groups}) THEN
                    RAISE EXCEPTION 'unknown role %', grp USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                    EXECUTE format('CREATE ROLE %I LOGIN', login);
                END IF;
                IF verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
                END IF;
                IF grp IS NOT NULL THEN
                    FOREACH g IN ARRAY ARRAY[{groups}] LOOP
                        member := EXISTS (SELECT 1 FROM pg_auth_members m
                            JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                            WHERE r.rolname = '{prefix}_' || g AND u.rolname = login);
                        IF g = grp AND NOT member THEN
                            EXECUTE format('GRANT %I TO %I', '{prefix}_' || g, login);
                        ELSIF g <> grp AND member THEN
                            EXECUTE format('REVOKE %I FROM %I', '{prefix}_' || g, login);
                        END IF;
                    END LOOP;
                END IF;
                IF active IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I %s', login,
                                   CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
                END IF;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION commission_note_failed_sign_in(name text)
            RETURNS void {definer} AS $$
            BEGIN
                UPDATE public.users SET
                    failed_logins = CASE WHEN failed_logins + 1 >= {MAX_FAILED_LOGINS}
                                         THEN 0 ELSE failed_logins + 1 END,
                    locked_until = CASE WHEN failed_logins + 1 >= {MAX_FAILED_LOGINS}
                                        THEN now() + interval '{LOCKOUT_MINUTES} minutes'
                                        ELSE locked_until END
                WHERE username = name AND users.active
                  AND (locked_until IS NULL OR locked_until <= now());
            END $$""",
        """CREATE OR REPLACE FUNCTION commission_counter_step() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF commission_is_staff() AND (
                    (TG_OP = 'INSERT' AND NEW.value <> 0)
                    OR (TG_OP = 'UPDATE' AND (NEW.name <> OLD.name OR NEW.value <> OLD.value + 1)))
                THEN
                    RAISE EXCEPTION 'a counter only advances by one'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION commission_audit_append() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT commission_is_staff() THEN
                    RETURN NEW;
                END IF;
                IF NEW.user_id IS DISTINCT FROM commission_my_user_id()
                   AND NOT (NEW.user_id IS NULL AND NEW.action = 'login.failed') THEN
                    RAISE EXCEPTION 'an audit event names the person who writes it'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.seq IS DISTINCT FROM
                       (SELECT value FROM public.counters WHERE name = 'audit')
                   OR NEW.prev_hash IS DISTINCT FROM COALESCE(
                       (SELECT hash FROM public.audit_events WHERE seq = NEW.seq - 1),
                       '{GENESIS_HASH}') THEN
                    RAISE EXCEPTION 'an audit event continues the chain where it ends'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$""",
        "REVOKE ALL ON FUNCTION commission_set_login(text, text, text, boolean) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION commission_set_login(text, text, text, boolean) TO {staff}",
        "REVOKE ALL ON FUNCTION commission_note_failed_sign_in(text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION commission_note_failed_sign_in(text) TO {gate_name(prefix)}",
        "REVOKE ALL ON FUNCTION commission_my_user_id() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION commission_my_user_id() TO {staff}",
    ]


def _policies(prefix: str) -> list[str]:
    staff, clerk = staff_name(prefix), group_name(prefix, "clerk")
    admin, gate = group_name(prefix, "admin"), gate_name(prefix)
    signers = ", ".join(group_name(prefix, r) for r in _SIGNERS)
    own = "commission_login_of(username) = current_user"
    numbering = "name NOT LIKE 'application:%'"
    policies = {
        "users": [("read", f"FOR SELECT TO {staff}, {gate} USING (true)"),
                  ("admin", f"FOR ALL TO {admin} USING (true) WITH CHECK (true)"),
                  ("own", f"FOR UPDATE TO {staff} USING ({own}) WITH CHECK ({own})")],
        "counters": [("read", f"FOR SELECT TO {staff} USING (true)"),
                     ("add", f"FOR INSERT TO {staff} WITH CHECK ({numbering})"),
                     ("step", f"FOR UPDATE TO {staff} USING ({numbering}) "
                              f"WITH CHECK ({numbering})"),
                     ("register_add", f"FOR INSERT TO {clerk} WITH CHECK (true)"),
                     ("register_step", f"FOR UPDATE TO {clerk} USING (true) WITH CHECK (true)")],
        "conclusions": [("read", f"FOR SELECT TO {staff} USING (true)"),
                        ("draft", f"FOR INSERT TO {clerk} WITH CHECK (status = 'draft')"),
                        ("draft_change", f"FOR UPDATE TO {clerk} "
                                         f"USING (status IN ('draft', 'signing')) "
                                         f"WITH CHECK ({_DRAFTS})"),
                        ("sign", f"FOR INSERT TO {signers} WITH CHECK (true)"),
                        ("sign_change", f"FOR UPDATE TO {signers} USING (true) "
                                        f"WITH CHECK (true)")],
    }
    statements = []
    for table, rules in policies.items():
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, rule in rules:
            statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
            statements.append(f"CREATE POLICY {name} ON {table} {rule}")
    return statements


def _grants(conn: Connection, prefix: str, database: str) -> list[str]:
    staff, gate = staff_name(prefix), gate_name(prefix)
    statements = [
        f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC',
        f'GRANT CONNECT ON DATABASE "{database}" TO {staff}, {gate}',
        f"GRANT USAGE ON SCHEMA public TO {staff}, {gate}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {staff}",
    ]
    tables = conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
    for table in tables:
        statements.append(f"REVOKE ALL ON {table} FROM {staff}, {gate}, "
                          + ", ".join(group_name(prefix, r) for r in GROUPS))
        if table == "users":
            statements.append(f"GRANT SELECT ({_USERS_PUBLIC}) ON users TO {staff}")
            statements.append(f"GRANT SELECT ON users TO {group_name(prefix, 'admin')}")
        else:
            statements.append(f"GRANT SELECT ON {table} TO {staff}")
        for who, privileges in TABLE_WRITES.get(table, {}).items():
            role = staff if who == "staff" else f"{prefix}_{who}"
            statements.append(f"GRANT {privileges} ON {table} TO {role}")
        if table not in TABLE_WRITES:
            log.warning("the table %s has no grants decided: the roles only read it", table)
    return [*statements, f"GRANT SELECT ON alembic_version TO {gate}",
            f"GRANT SELECT (id) ON users TO {gate}"]


def _triggers() -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS counters_step ON counters",
        "CREATE TRIGGER counters_step BEFORE INSERT OR UPDATE ON counters "
        "FOR EACH ROW EXECUTE FUNCTION commission_counter_step()",
        "DROP TRIGGER IF EXISTS audit_events_append ON audit_events",
        "CREATE TRIGGER audit_events_append BEFORE INSERT ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION commission_audit_append()",
    ]


def apply(conn: Connection, prefix: str) -> None:
    """Create or replace the functions, policies, triggers and grants of the roles (needs
    the ownership of the schema's tables; the roles must exist)."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    driver = conn.connection.driver_connection
    assert driver is not None
    for statement in [*_functions(prefix), *_policies(prefix), *_triggers(),
                      *_grants(conn, prefix, database)]:
        # On the driver's connection (in the same transaction): without parameters, the
        # functions' '%' are not taken for placeholders.
        driver.execute(statement)
    log.info("database roles' grants applied")


def refresh(conn: Connection, prefix: str) -> None:
    """Re-apply the grants after a migration, where the database has its roles."""
    if uses_logins(conn):
        apply(conn, prefix)
