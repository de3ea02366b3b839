"""The complete schema: importing this module registers every model on `Base.metadata`."""

from dpo_desk.db import (  # noqa: F401
    breach_models,
    consent_models,
    models,
    register_models,
    request_models,
)
from dpo_desk.db.base import Base

metadata = Base.metadata
