"""The edges of talentrecall: the FastAPI app and the ``talentrecall`` command."""
