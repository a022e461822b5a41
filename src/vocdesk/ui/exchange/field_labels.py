"""A field of a conflict named as people know it: the heading its column has in the area's
import and export files (Thai or English), else the field's own name."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _specs() -> dict[str, Any]:  # kind -> TableSpec (the services' file columns)
    """The areas' file columns by the table they fill (read once, on first use)."""
    from vocdesk.services.complaints.transfer_columns import complaint_spec
    from vocdesk.services.holidays import HOLIDAY_SPEC
    from vocdesk.services.listening.transfer import SPEC as FEEDBACK
    from vocdesk.services.registry.transfer_columns import SPEC as STAKEHOLDERS
    from vocdesk.services.relationships.activity_transfer import SPEC as ACTIVITIES

    return {
        "stakeholder": STAKEHOLDERS, "feedback_entry": FEEDBACK, "complaint": complaint_spec(),
        "activity": ACTIVITIES, "holiday": HOLIDAY_SPEC,
    }  # fmt: skip


def field_label(table: str, field: str, lang: str) -> str:
    """``field`` of ``table`` as its file column is headed ("หมายเหตุ", "Notes"), or as it is."""
    spec = _specs().get(table)
    if spec is not None:
        keys = (field, field.removesuffix("_id"))
        for column in spec.columns:
            if column.key in keys:
                return column.header_th if lang == "th" else column.header.capitalize()
    return field
