"""one current return per municipality, who made a change, the change log; TEXT on PostgreSQL

- questionnaire_return: a partial unique index (participant_id WHERE status = 'current'), so
  the database itself refuses a second current return. A project that has duplicates (two
  imports at once before this version) keeps the last imported one current; the others become
  superseded and their records are removed, as a replaced return's are.
- imported_by (questionnaire_return), created_by (distinct_system), decided_by (name_decision,
  name_rejection): the user who made it; empty for what was there before.
- change_log: one row per committed write (kinds of data, ids, user, process, time).
- PostgreSQL: every VARCHAR(n) column becomes TEXT (a 400-character system name a
  municipality typed was refused); SQLite never held the lengths.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 06:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

RECORD_TABLES = ("installation", "staffing_line", "bought_service", "infrastructure_service",
                 "municipality_facts", "extra_value", "import_issue")
WHO = (("questionnaire_return", "imported_by"), ("distinct_system", "created_by"),
       ("name_decision", "decided_by"), ("name_rejection", "decided_by"))


def upgrade() -> None:
    bind = op.get_bind()
    duplicates = bind.execute(sa.text(
        "SELECT r.id FROM questionnaire_return r WHERE r.status = 'current' AND r.id < "
        "(SELECT max(o.id) FROM questionnaire_return o WHERE o.participant_id = r.participant_id"
        " AND o.status = 'current')")).scalars().all()
    for rid in duplicates:
        for table in RECORD_TABLES:
            bind.execute(sa.text(f"DELETE FROM {table} WHERE return_id = :rid"), {"rid": rid})
        bind.execute(sa.text("UPDATE questionnaire_return SET status = 'superseded' "
                             "WHERE id = :rid"), {"rid": rid})
    op.create_index('uq_questionnaire_return_one_current', 'questionnaire_return',
                    ['participant_id'], unique=True,
                    sqlite_where=sa.text("status = 'current'"),
                    postgresql_where=sa.text("status = 'current'"))
    for table, column in WHO:
        op.add_column(table, sa.Column(column, sa.Text(), nullable=True))
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.Text(), nullable=False),
    sa.Column('process', sa.Text(), nullable=False),
    sa.Column('kinds', sa.JSON(), nullable=False),
    sa.Column('ids', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    if bind.dialect.name == "postgresql":
        rows = bind.execute(sa.text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'character varying' "
            "AND table_name <> 'alembic_version'")).all()
        for table, column in rows:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE TEXT')


def downgrade() -> None:
    op.drop_table('change_log')
    for table, column in WHO:  # SQLite ≥ 3.35 drops a column in place (no table copy)
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    op.drop_index('uq_questionnaire_return_one_current', table_name='questionnaire_return')
