"""Running the survey: corrections with a trail, issue states, dispatch and follow-up, notes.

Qt-free; reached through `ProjectApi.survey` (desktop/core/project/survey_ops.py).
"""
