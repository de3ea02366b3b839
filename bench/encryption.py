"""What encryption at rest costs: the same database plain and encrypted (SQLCipher).

Opening (the passphrase's key derivation), reading every request for the tab, saving one
row per transaction, and a backup.

python bench/encryption.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
PASSPHRASE = "benchmark passphrase"


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.0f} ms"


def figures(label: str, path: Path, passphrase: str | None) -> None:
    from dpo_desk.db import backup
    from dpo_desk.db.session import Database
    from dpo_desk.services import catalogue, requests

    opens = []
    for _ in range(3):
        t0 = time.perf_counter()
        db = Database.open(path, passphrase=passphrase)
        opens.append(time.perf_counter() - t0)
        db.close()
    db = Database.open(path, passphrase=passphrase)
    reads = []
    for _ in range(3):
        t0 = time.perf_counter()
        rows = requests.rows(db)
        reads.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    for i in range(200):  # one audited insert per transaction
        catalogue.add(db, "recipient", f"Modtager {label} {i}")
    saves = (time.perf_counter() - t0) / 200
    db.close()
    out = path.with_name(f"{path.stem}-backup.sqlite")
    t0 = time.perf_counter()
    backup.backup_to(path, out, key=passphrase)
    backed = time.perf_counter() - t0
    print(
        f"{label:9}: open {_median_ms(opens)}, read {len(rows)} requests {_median_ms(reads)}, "
        f"save one row {saves * 1000:.1f} ms, backup {backed * 1000:.0f} ms, "
        f"file {path.stat().st_size / 1e6:.1f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    from bench.make_data import register_database

    plain = register_database("requests", args.rows)
    encrypted = plain.parent / "encrypted.sqlite"
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE}
    subprocess.run(
        [sys.executable, "-m", "dpo_desk", "encrypt", "--db", str(plain), "--out", str(encrypted)],
        check=True,
        env=env,
        capture_output=True,
    )
    figures("plain", plain, None)
    figures("encrypted", encrypted, PASSPHRASE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
