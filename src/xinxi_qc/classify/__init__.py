"""Information-type classifiers. Every classifier has ``classify(doc) -> TypeGuess``."""
from .cues import CueClassifier

__all__ = ["CueClassifier"]


def load_classifier(models_dir):
    """The trained model in ``models_dir`` if one is shipped and loadable, else the cue classifier."""
    return CueClassifier()
