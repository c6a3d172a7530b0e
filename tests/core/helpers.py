"""Helpers the boundary-case test modules share."""
from xinxi_qc.analysis.document import Document
from xinxi_qc.model import Item


def proper_names(config, body):
    """The proper names the checker finds in ``body`` (what no-examples reads)."""
    doc = Document(Item(title="t", body=body), config.lexicons, config.segmenter, config.today)
    return [s.text for s in doc.proper_names]
