"""Shipped files are found from source, from an installed wheel and from the frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dpo_desk import paths


def test_resources_and_data_are_found_from_source() -> None:
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert paths.resource_path("translations", "dpo_desk_da.qm").is_file()
    assert paths.data_path("example.json").is_file()
    assert (paths.migrations_path() / "env.py").is_file()


def test_the_frozen_build_looks_in_its_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    assert paths.data_path("example.json") == tmp_path / "data" / "example.json"
    assert paths.migrations_path() == tmp_path / "dpo_desk" / "db" / "migrations"


def test_the_user_folders_are_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DPO_DESK_HOME", str(tmp_path / "home"))
    folder = paths.user_data_dir()
    assert folder == tmp_path / "home"
    assert folder.stat().st_mode & 0o777 == 0o700


def test_every_folder_the_program_creates_is_owner_only(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    monkeypatch.setenv("DPO_DESK_HOME", str(home))
    logs = paths.user_log_dir()  # made first, as the GUI does: its parents too
    for folder in (logs, home, home.parent):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
