"""The complete schema: importing this module registers every model on `Base.metadata`."""

from dpo_desk.db import models, register_models, request_models  # noqa: F401
from dpo_desk.db.base import Base

metadata = Base.metadata
