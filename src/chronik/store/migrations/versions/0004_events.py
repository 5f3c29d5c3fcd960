"""Schema version 4: event mentions and canonical events.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(24), primary_key=True),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("mode", sa.String(24)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("num_articles", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_events_type_date", "events", ["type", "date_start"])
    op.create_table(
        "event_mentions",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(24), sa.ForeignKey("events.id"), nullable=False),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("mention", sa.JSON, nullable=False),
    )
    op.create_index("ix_event_mentions_event", "event_mentions", ["event_id"])
    op.create_index("ix_event_mentions_type", "event_mentions", ["type", "date_start"])


def downgrade() -> None:
    op.drop_index("ix_event_mentions_type", "event_mentions")
    op.drop_index("ix_event_mentions_event", "event_mentions")
    op.drop_table("event_mentions")
    op.drop_index("ix_events_type_date", "events")
    op.drop_table("events")
