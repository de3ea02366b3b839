"""Run by test_safety.py: writes one audited row per transaction until it is killed."""

import os
import sys

from dpo_desk.db.register_models import CatalogueItem
from dpo_desk.db.session import Database

db = Database.open(sys.argv[1], passphrase=os.environ.get("DPO_DESK_PASSPHRASE"))
print("ready", flush=True)
i = 0
while True:
    i += 1
    with db.transaction() as session:
        session.add(CatalogueItem(kind="crash", name=f"row {i:06d}", position=i))
