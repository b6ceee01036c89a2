"""Training, evaluation and data for okr-coach's bilingual classifier.

Nothing here is imported at review time: `coach.classifier` reads the exported artifact in
`models/artifact/` with numpy. `python -m models.train` (or `make train`) rebuilds it.
"""
