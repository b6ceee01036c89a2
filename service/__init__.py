"""okr-coach's HTTP service: a thin FastAPI layer over `coach.review()`.

`coach/` never imports this package. Start it with `okr-coach serve` (see `service.commands`)
or `uvicorn --factory service.app:create_app`.
"""
