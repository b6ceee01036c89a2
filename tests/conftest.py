import os

# Rules must not fail silently in tests: the review re-raises a rule's exception.
os.environ.setdefault("OKR_COACH_STRICT", "1")
