"""One thread per process for the checker's native runtimes (imported by ``check`` and every batch
process; kept free of heavy imports)."""
from __future__ import annotations

import os


def one_thread_per_process() -> None:
    """Make this process check on one core (``xinxi-qc check``, and every batch process, where
    workers run side by side, one per core).  ONNX Runtime (the NER model) otherwise opens a
    thread pool of one thread per core for every session; on items of a few hundred characters
    the pool costs more than it gains (one process on 800 news items: ~260 items/s with it, ~400
    without) and two batch workers with two threads each fight over two cores.  Sessions created
    afterwards get one thread unless their creator passes its own options; BLAS/OpenMP pools are
    limited through the environment for processes started later (pool and Dask workers).
    Idempotent."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        import onnxruntime as ort
    except ImportError:
        return
    base = ort.InferenceSession
    if getattr(base, "_one_thread", False):
        return

    class OneThreadSession(base):  # type: ignore[misc, valid-type]
        _one_thread = True

        def __init__(self, path_or_bytes, sess_options=None, *args, **kwargs):
            if sess_options is None:
                sess_options = ort.SessionOptions()
                sess_options.intra_op_num_threads = 1
                sess_options.inter_op_num_threads = 1
            super().__init__(path_or_bytes, sess_options, *args, **kwargs)

    ort.InferenceSession = OneThreadSession
