"""Input readers: files and streams in, :class:`~xinxi_qc.model.Item` or
:class:`~xinxi_qc.model.InputError` out. A bad input never stops the others."""
from .dispatch import SUFFIXES, iter_inputs, read_bytes, read_path

__all__ = ["SUFFIXES", "iter_inputs", "read_bytes", "read_path"]
