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

    from dpo_desk.ui.app import create_application, open_window

    app = create_application()
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window = open_window(db_target=sys.argv[1], language="da", settings=settings)
    assert window is not None

    def shown() -> None:
        print(f"shown {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    window.db.close()


if __name__ == "__main__":
    main()
