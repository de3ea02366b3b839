"""An empty workbook to fill in for a register: its headings, in Danish."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.domain.import_mapping import REGISTERS
from dpo_desk.paths import private_file
from dpo_desk.translations import catalogue


def template_headers(register: str, language: str = "da") -> list[str]:
    """The headings of the register's template."""
    return [catalogue(language).translate("Import", f.title) for f in REGISTERS[register].fields]


def write_template(register: str, path: Path, language: str = "da") -> None:
    """Write the template workbook of `register` to `path` (bold, frozen header row)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = catalogue(language).translate("Import", REGISTERS[register].title)[:31]
    headers = template_headers(register, language)
    sheet.append(headers)
    for i, heading in enumerate(headers, start=1):
        sheet.cell(row=1, column=i).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(i)].width = min(max(len(heading) + 4, 12), 50)
    sheet.freeze_panes = "A2"
    with private_file(path) as partial:
        book.save(str(partial))
