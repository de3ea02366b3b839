"""Alembic environment: runs on the connection that `dpo_desk.db.migrate` hands over."""

from alembic import context

from dpo_desk.db.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` command line during development
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
