"""The tabs' texts translated through the shared helper speak Danish, the deadline's
tooltip of an extended request included."""

from __future__ import annotations

import datetime as dt

from dpo_desk.domain.requests import RequestStatus, RequestType
from dpo_desk.services.listings import RequestLine
from dpo_desk.ui.requests.columns import Texts, columns


def test_the_request_columns_speak_danish(qapp: object) -> None:
    line = RequestLine(
        1,
        "Åse",
        (RequestType.ACCESS,),
        "Kunde",
        "",
        dt.date(2026, 11, 2),
        dt.date(2027, 2, 2),
        RequestStatus.IN_PROGRESS,
        True,
        69,
    )
    texts = Texts()
    by_header = {c.header: c for c in columns(texts)}
    assert by_header["Deadline"].tooltip(line) == "Fristen er forlænget til tre måneder"  # type: ignore[misc]
    assert by_header["Type"].text(line) == "Indsigt (art. 15)"
    assert by_header["Deadline"].text(line) == "02-02-2027 *"
