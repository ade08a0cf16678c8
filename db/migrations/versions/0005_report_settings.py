"""report settings: what the user chose and wrote for the report

report_setting: one row per setting, `name` unique (`recommendation`: the recommendation text;
`scenarios`: the scenario names last chosen), `value` JSON, updated timestamp. Existing
projects get an empty table (no recommendation written, no scenarios chosen).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 10:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_setting')),
    sa.UniqueConstraint('name', name=op.f('uq_report_setting_name'))
    )


def downgrade() -> None:
    op.drop_table('report_setting')
