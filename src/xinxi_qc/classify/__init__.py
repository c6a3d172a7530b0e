"""Information-type classifiers. Every classifier has ``classify(doc) -> TypeGuess``."""
from pathlib import Path

from .cues import CueClassifier

__all__ = ["CueClassifier"]


def load_models(models_dir: Path) -> tuple[object, dict, list[str]]:
    """(type classifier, other models by name, warnings). Missing or incompatible model files fall
    back to the transparent cue-based checks, with a warning that says why."""
    from ..learn import agreement, type_model
    from ..learn.modelfile import ModelFileError, load_model

    warnings: list[str] = []
    classifier: object = CueClassifier()
    models: dict = {}
    path = models_dir / "type_model.json"
    if path.exists():
        try:
            classifier = type_model.TypeModel(load_model(path, type_model.KIND))
        except (ModelFileError, KeyError, TypeError, ValueError) as exc:
            warnings.append(f"信息类型模型未加载，改用规则线索分类：{exc}")
    path = models_dir / "agreement_model.json"
    if path.exists():
        try:
            models["agreement"] = agreement.AgreementModel(load_model(path, agreement.KIND))
        except (ModelFileError, KeyError, TypeError, ValueError) as exc:
            warnings.append(f"标题—正文一致性模型未加载，改用关键词覆盖率：{exc}")
    path = models_dir / "scoring.json"
    if path.exists():
        try:
            from ..learn.score_fit import KIND as SCORING_KIND, FittedScoring

            models["scoring"] = FittedScoring.from_document(load_model(path, SCORING_KIND))
        except (ModelFileError, KeyError, TypeError, ValueError) as exc:
            warnings.append(f"拟合的扣分表未加载，改用默认扣分：{exc}")
    return classifier, models, warnings
