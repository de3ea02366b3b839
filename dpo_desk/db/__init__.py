"""The database: SQLAlchemy models, the session, migrations, backups and the audit chain."""
