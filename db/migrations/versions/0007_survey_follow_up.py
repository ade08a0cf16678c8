"""survey follow-up: corrections with a trail, issue states, dispatch, notes, removal

value_correction: a value of a return the user corrected (participant, record kind, sheet,
row, field, cell reference as the issue list names it), from (typed value and raw text) and
to, who, when, why, and its state (active | resolved | conflict | withdrawn).
issue_state: an import issue marked handled or accepted with a comment, keyed by the
participant and the issue's place (sheet, cell, code, raw text), so that it survives the ids
of a newer return of the same content.
participant_event: the status history of a participant (sent, reminder, received, contact,
added, removed).
note: a note on the project, a participant or a distinct system, optionally in the report.
participant: contact person, e-mail, phone, deadline, reminders and removed_at (a removed
participant's data is kept as history and left out of every figure).
Existing projects get empty tables and empty columns.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 05:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('value_correction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('row', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('cell', sa.String(length=120), nullable=False),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('from_value', sa.JSON(), nullable=True),
    sa.Column('raw', sa.Text(), nullable=True),
    sa.Column('to_value', sa.JSON(), nullable=True),
    sa.Column('by', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('file_value', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'],
                            name=op.f('fk_value_correction_participant_id_participant'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['return_id'], ['questionnaire_return.id'],
                            name=op.f('fk_value_correction_return_id_questionnaire_return'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_correction'))
    )
    op.create_index(op.f('ix_value_correction_participant_id'), 'value_correction',
                    ['participant_id'], unique=False)
    op.create_table('issue_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'],
                            name=op.f('fk_issue_state_participant_id_participant'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issue_state')),
    sa.UniqueConstraint('participant_id', 'key', name=op.f('uq_issue_state_participant_id'))
    )
    op.create_table('participant_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'],
                            name=op.f('fk_participant_event_participant_id_participant'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_event'))
    )
    op.create_index(op.f('ix_participant_event_participant_id'), 'participant_event',
                    ['participant_id'], unique=False)
    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_kind', sa.String(length=20), nullable=False),
    sa.Column('target', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('in_report', sa.Boolean(), nullable=False),
    sa.Column('by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note')),
    sa.UniqueConstraint('target_kind', 'target', name=op.f('uq_note_target_kind'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_person', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('email', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('phone', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('deadline', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('reminders', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('last_reminder_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('removed_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        for name in ('removed_at', 'last_reminder_at', 'reminders', 'deadline', 'phone',
                     'email', 'contact_person'):
            batch_op.drop_column(name)
    op.drop_table('note')
    op.drop_index(op.f('ix_participant_event_participant_id'), table_name='participant_event')
    op.drop_table('participant_event')
    op.drop_table('issue_state')
    op.drop_index(op.f('ix_value_correction_participant_id'), table_name='value_correction')
    op.drop_table('value_correction')
