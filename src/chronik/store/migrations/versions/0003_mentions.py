"""Schema version 3: actor and place mentions, actors, places.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentions",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("how", sa.String(40), nullable=False),
        sa.Column("candidates", sa.JSON, nullable=False),
        sa.Column("actor_id", sa.String(200)),
        sa.Column("place_id", sa.String(64)),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(8)),
        sa.Column("office", sa.String(40)),
        sa.Column("title", sa.Text),
    )
    op.create_index("ix_mentions_actor", "mentions", ["actor_id"])
    op.create_index("ix_mentions_place", "mentions", ["place_id"])
    op.create_table(
        "actors",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(8)),
        sa.Column("title", sa.Text),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(3)),
    )


def downgrade() -> None:
    op.drop_table("places")
    op.drop_table("actors")
    op.drop_index("ix_mentions_place", "mentions")
    op.drop_index("ix_mentions_actor", "mentions")
    op.drop_table("mentions")
