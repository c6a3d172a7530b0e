"""Information-type classifiers. Every classifier has ``classify(doc) -> TypeGuess``."""
from pathlib import Path

from .cues import CueClassifier

__all__ = ["CueClassifier"]


def load_models(models_dir: Path) -> tuple[object, dict, list[str]]:
    """(type classifier, other models by name, warnings). Missing, incompatible or invalid model
    files (wrong shapes, non-finite numbers, unknown labels: checked at load time) fall back to the
    transparent cue-based checks, with a one-line warning naming the file and the problem."""
    from ..learn import agreement, type_model
    from ..learn.modelfile import load_model

    warnings: list[str] = []
    classifier: object = CueClassifier()
    models: dict = {}

    def load(name: str, build, fallback: str):
        path = models_dir / name
        if not path.exists():
            return None
        try:
            return build(path)
        except Exception as exc:  # a broken model file must not take the checker down
            reason = " ".join(str(exc).split()) or type(exc).__name__
            if str(path) not in reason:
                reason = f"{path}: {reason}"
            warnings.append(f"{fallback}：{reason}")
            return None

    def scoring(path: Path):
        from ..learn.score_fit import KIND, FittedScoring

        return FittedScoring.from_document(load_model(path, KIND))

    trained = load("type_model.json", lambda p: type_model.TypeModel(load_model(p, type_model.KIND)),
                   "信息类型模型未加载，改用规则线索分类")
    if trained is not None:
        classifier = trained
    for key, name, build, fallback in (
            ("agreement", "agreement_model.json", lambda p: agreement.AgreementModel(load_model(p, agreement.KIND)),
             "标题—正文一致性模型未加载，改用关键词覆盖率"),
            ("scoring", "scoring.json", scoring, "拟合的扣分表未加载，改用默认扣分")):
        model = load(name, build, fallback)
        if model is not None:
            models[key] = model
    return classifier, models, warnings
