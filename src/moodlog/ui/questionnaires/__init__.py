"""Questionnaires: the list, the PHQ-9/GAD-7 dialog, clinician scores and outcome text."""
