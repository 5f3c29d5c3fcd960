"""Alembic environment: run migrations on the connection chronik hands in.

chronik never runs Alembic from an ini file; :func:`chronik.store.db.migrate`
builds the Config and passes an open connection in ``config.attributes``.
"""

from alembic import context

from chronik.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
