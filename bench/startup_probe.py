"""Started by bench/run.py: opens the main window and prints the moment it is shown."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import dpo_desk.ui.app  # noqa: F401 - first, as `dpo-desk` imports it (dpo_desk/ui/__init__.py)

    # isort: split
    from PySide6.QtCore import QSettings, QTimer

    from dpo_desk import i18n
    from dpo_desk.db.session import Database
    from dpo_desk.ui.app import create_application
    from dpo_desk.ui.main_window import MainWindow

    app = create_application()
    i18n.install("da")
    db = Database.open(sys.argv[1], must_exist=True)
    window = MainWindow(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()

    def shown() -> None:
        print(f"shown {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    db.close()


if __name__ == "__main__":
    main()
