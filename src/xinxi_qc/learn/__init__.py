"""Trained models: features, training (scikit-learn, offline), and JSON model files that load
without executing code. Inference is pure Python over plain arrays, so checking needs no sklearn."""
