"""Placeholder."""
def match(actors, surface, sentence_id=None):
    return None
