"""Schema version 5: what the REST API's queries need.

Sort keys and a folded place name on events, the actors of every event
(``event_actors``), actors with their folded names (``actor_keys``), and
full-text indexes over event sentences and article titles and texts (SQLite
FTS5, PostgreSQL tsvector 'german' + GIN).  A database of version 4 is
backfilled from ``events.record`` and ``articles``.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CHUNK = 2000


def upgrade() -> None:
    op.add_column("events", sa.Column("date_key", sa.Date))
    op.add_column("events", sa.Column("date_key_desc", sa.Date))
    op.add_column("events", sa.Column("place_key", sa.Text))
    for name, columns in (("ix_events_date_key", ["date_key", "id"]), ("ix_events_date_key_desc", ["date_key_desc", "id"]),
                          ("ix_events_type_key", ["type", "date_key", "id"]), ("ix_events_confidence", ["confidence", "id"]),
                          ("ix_events_articles", ["num_articles", "id"]),
                          ("ix_events_cover", ["id", "type", "date_key", "date_key_desc", "confidence", "num_articles",
                                               "date_start", "date_end", "mode", "place_key"])):
        op.create_index(name, "events", columns)
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(24), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("actor_id", sa.String(200), primary_key=True),
        sa.Column("side", sa.String(6), primary_key=True),
        sa.Column("country", sa.String(3)),
    )
    op.create_index("ix_event_actors_actor", "event_actors", ["actor_id", "event_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country", "event_id"])
    op.create_table(
        "actor_keys",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(8)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("search_key", sa.Text, nullable=False),
    )
    from chronik.store.event_index import create_search_tables

    create_search_tables(op.get_bind())
    _backfill(op.get_bind())


def _backfill(conn) -> None:
    """Index every stored event and article (chunks of events, so memory stays flat)."""
    from chronik.store import schema
    from chronik.store.event_index import index_articles, index_columns, index_events

    e = schema.events
    last = ""
    while True:
        rows = conn.execute(sa.select(e.c.id, e.c.record).where(e.c.id > last).order_by(e.c.id).limit(_CHUNK)).all()
        if not rows:
            break
        for event_id, record in rows:
            conn.execute(sa.update(e).where(e.c.id == event_id).values(**index_columns(record)))
        index_events(conn, [record for _, record in rows])
        last = rows[-1][0]
    a = schema.articles
    index_articles(conn, [i for (i,) in conn.execute(sa.select(a.c.id))])


def downgrade() -> None:
    from chronik.store.event_index import drop_search_tables

    drop_search_tables(op.get_bind())
    op.drop_table("actor_keys")
    op.drop_index("ix_event_actors_country", "event_actors")
    op.drop_index("ix_event_actors_actor", "event_actors")
    op.drop_table("event_actors")
    for name in ("ix_events_cover", "ix_events_articles", "ix_events_confidence", "ix_events_type_key",
                 "ix_events_date_key_desc", "ix_events_date_key"):
        op.drop_index(name, "events")
    for column in ("place_key", "date_key_desc", "date_key"):
        op.drop_column("events", column)
