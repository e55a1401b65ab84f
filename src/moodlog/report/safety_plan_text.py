"""The safety plan as HTML for a QTextDocument: the one-page print and the clinician PDF's page.

No Qt on import. The page speaks the active language (section titles in the "SafetyPlan"
context the window uses, the rest in "SafetyPlanPage"); the crisis lines follow the region, not
the language. Every word the person wrote is escaped; empty sections say so.
"""

from __future__ import annotations

from datetime import date
from html import escape

from moodlog.charts.qt_text import QCoreApplication
from moodlog.core.crisis_lines import Resource
from moodlog.core.region_names import region_name
from moodlog.core.safety import EMERGENCY_ANYWHERE, known, region_resources
from moodlog.core.safety_plan import NOT_WRITTEN, SECTIONS, TITLES, Contact, SafetyPlan
from moodlog.i18n import current_language
from moodlog.report.crisis_text import resource_text
from moodlog.report.text import day_text

TITLE = "My safety plan"


def title() -> str:
    """TITLE in the active language."""
    return QCoreApplication.translate("SafetyPlanPage", "My safety plan")


def _item(item: str | Contact) -> str:
    if isinstance(item, Contact):
        rest = " \u00b7 ".join(escape(p) for p in (item.phone, item.address) if p)
        return f"<b>{escape(item.name)}</b>" + (f" \u2014 {rest}" if rest else "")
    return escape(item)


def _not_written() -> str:
    """core.safety_plan.NOT_WRITTEN in the active language."""
    if NOT_WRITTEN != "not written yet":  # core changed it: never show a stale translation
        return NOT_WRITTEN
    return QCoreApplication.translate("SafetyPlanPage", "not written yet")


def sections_html(plan: SafetyPlan, pt: float) -> str:
    """The seven numbered sections; "not written yet" for an empty one."""
    parts = []
    for n, key in enumerate(SECTIONS, 1):
        parts.append(f'<p style="font-size:{pt * 1.1:.1f}pt; font-weight:bold; '
                     f'margin-top:{pt * 0.9:.0f}px; margin-bottom:1px">'
                     f"{n}. {escape(QCoreApplication.translate('SafetyPlan', TITLES[key]))}</p>")
        items = plan.section(key)
        if items:
            parts.append(f'<ul style="margin-top:0px; margin-bottom:0px; '
                         f'font-size:{pt:.1f}pt">'
                         + "".join(f"<li>{_item(i)}</li>" for i in items) + "</ul>")
        else:
            parts.append(f'<p style="font-size:{pt:.1f}pt; color:#505050; margin-top:0px; '
                         f'margin-bottom:0px; margin-left:{pt * 1.6:.0f}px">'
                         f"<i>{escape(_not_written())}</i></p>")
    return "".join(parts)


def crisis_html(region: str, pt: float) -> str:
    """The crisis lines of ``region`` in a box, with the date they were checked."""
    found: tuple[Resource, ...] = region_resources(region)
    name = region_name(region, current_language()) if known(region) else QCoreApplication.translate(
        "SafetyPlanPage", "your country")
    checked = max(r.checked for r in found)
    lines = "".join(f"<li>{escape(resource_text(r))}</li>" for r in found)
    tail = "" if any(r.emergency for r in found) else (
        f"<p>{escape(QCoreApplication.translate('Crisis', EMERGENCY_ANYWHERE))}</p>")
    heading = QCoreApplication.translate("SafetyPlanPage", "Crisis lines for {region}").format(
        region=escape(name))
    checked_on = QCoreApplication.translate("SafetyPlanPage", "(checked on {day})").format(
        day=day_text(checked))
    return (f'<table width="100%" cellspacing="0" cellpadding="5" border="1.5" '
            f'style="margin-top:{pt * 1.2:.0f}px; border-style:solid; border-color:#000000">'
            f'<tr><td style="font-size:{pt:.1f}pt"><b>{heading}</b> '
            f'<span style="font-size:{pt * 0.75:.1f}pt">{checked_on}</span>'
            f'<ul style="margin-top:2px; margin-bottom:0px">{lines}</ul>{tail}</td></tr></table>')


def page_html(plan: SafetyPlan, region: str, today: date, pt: float) -> str:
    """The printable page: title, date, the seven sections and the crisis lines."""
    changed = (" \u00b7 " + QCoreApplication.translate(
        "SafetyPlanPage", "last changed {day}").format(day=day_text(plan.updated_at.date()))
               if plan.updated_at else "")
    printed = QCoreApplication.translate("SafetyPlanPage", "Printed {day}").format(
        day=day_text(today))
    return (f'<p style="font-size:{pt * 1.6:.1f}pt; font-weight:bold; margin-bottom:0px">'
            f"{escape(title())}</p>"
            f'<p style="font-size:{pt * 0.8:.1f}pt; margin-top:2px">{printed}'
            f"{changed}</p>"
            + sections_html(plan, pt) + crisis_html(region, pt))


def report_section_html(plan: SafetyPlan, today: date) -> str:
    """The plan as a section of the clinician PDF (added only when asked for)."""
    if plan.updated_at:
        heading = QCoreApplication.translate(
            "SafetyPlanPage", "Safety plan (included at the patient's request, last changed "
            "{day})").format(day=day_text(plan.updated_at.date()))
    else:
        heading = QCoreApplication.translate(
            "SafetyPlanPage", "Safety plan (included at the patient's request)")
    # On a page of its own: its heading was left alone at the foot of a page, the plan overleaf.
    return ('<p style="font-size:12pt; font-weight:bold; margin-top:0px; margin-bottom:2px; '
            'page-break-before:always">'
            f"{escape(heading, quote=False)}</p>"
            + sections_html(plan, 8.5))
