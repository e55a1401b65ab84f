"""The safety texts that core keeps in English (for the command line), shown in the window's
language: each is marked here for lupdate and looked up by its English text when shown.

core stays free of Qt; a test checks that every marker here still equals core's text, so a
change there cannot silently leave the window with a stale translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moodlog.core.safety_plan import INVITATION, PURPOSES, TITLES
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

#: moodlog.core.safety: HEADLINE, NOT_MONITORED, EMERGENCY_ANYWHERE, CHOOSE_REGION, and the
#: name of the UNKNOWN region.
CRISIS_MARKERS = (
    QT_TRANSLATE_NOOP("Crisis", "If you are thinking about death or suicide, you deserve "
                                "support right now."),
    QT_TRANSLATE_NOOP("Crisis", "No one monitors this app. What you write here is not seen by "
                                "a clinician or anyone else."),
    QT_TRANSLATE_NOOP("Crisis", "If you are in immediate danger, call your local emergency "
                                "number now."),
    QT_TRANSLATE_NOOP("Crisis", "moodlog does not know your country. Choose it in the list "
                                "below (or in Preferences) to see its crisis lines; until then, "
                                "findahelpline.com lists helplines by country."),
    QT_TRANSLATE_NOOP("Crisis", "Another country"),
)

#: moodlog.core.safety_plan: TITLES, PURPOSES (in the order of SECTIONS) and INVITATION.
PLAN_MARKERS = (
    QT_TRANSLATE_NOOP("SafetyPlan", "Warning signs"),
    QT_TRANSLATE_NOOP("SafetyPlan", "Things I can do on my own"),
    QT_TRANSLATE_NOOP("SafetyPlan", "People and places that take my mind off things"),
    QT_TRANSLATE_NOOP("SafetyPlan", "People I can ask for help"),
    QT_TRANSLATE_NOOP("SafetyPlan", "Professionals and services I can contact"),
    QT_TRANSLATE_NOOP("SafetyPlan", "Making my surroundings safer"),
    QT_TRANSLATE_NOOP("SafetyPlan", "What matters most to me"),
    QT_TRANSLATE_NOOP("SafetyPlan", "Thoughts, images, moods, situations or behaviour that tell "
                                    "you a crisis may be starting."),
    QT_TRANSLATE_NOOP("SafetyPlan", "Things you can do by yourself to take your mind off your "
                                    "problems."),
    QT_TRANSLATE_NOOP("SafetyPlan", "People and social settings that help you think of "
                                    "something else."),
    QT_TRANSLATE_NOOP("SafetyPlan", "People you could reach out to and ask for help."),
    QT_TRANSLATE_NOOP("SafetyPlan", "Clinicians, clinics or services you could contact during a "
                                    "crisis."),
    QT_TRANSLATE_NOOP("SafetyPlan", "Steps you and your clinician agree on to make your "
                                    "surroundings safer."),
    QT_TRANSLATE_NOOP("SafetyPlan", "The things that are most important to you and worth "
                                    "living for."),
    QT_TRANSLATE_NOOP("SafetyPlan", "A safety plan is yours, in your own words. Many people "
                                    "write it together with their clinician. moodlog keeps it on "
                                    "this computer; no one else sees it."),
)


def crisis_text(text: str) -> str:
    """One of core.safety's texts in the window's language."""
    return QCoreApplication.translate("Crisis", text)


def title(key: str) -> str:
    """The title of a safety plan section in the window's language."""
    return QCoreApplication.translate("SafetyPlan", TITLES[key])


def purpose(key: str) -> str:
    return QCoreApplication.translate("SafetyPlan", PURPOSES[key])


def invitation() -> str:
    return QCoreApplication.translate("SafetyPlan", INVITATION)
