"""The example organisation (Softværket), loaded from the shipped `data/example.json`."""

from __future__ import annotations

import json
from typing import Any

from dpo_desk.db.session import Database
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.paths import data_path
from dpo_desk.services import organisation


def example_data() -> dict[str, Any]:
    """The example file's content."""
    return json.loads(data_path("example.json").read_text(encoding="utf-8"))


def load_example(db: Database) -> None:
    """Fill the database with the example organisation and its registers."""
    data = example_data()
    organisation.save(db, OrganisationDetails(**data["organisation"]))
