"""xinxi-qc: quality checks and submission scoring for 政务信息 items.

Python API::

    from xinxi_qc import Item, load_config, check_item
    result = check_item(Item(title="…", body="…"), load_config())
    result.to_dict()   # the xinxi-qc/1 item object
"""
from .config import Config, load_config
from .engine import check_each, check_item, check_items
from .model import Finding, Item, ItemResult, Severity

__all__ = ["Config", "Finding", "Item", "ItemResult", "Severity", "check_each", "check_item", "check_items", "load_config"]
__version__ = "0.1.0"
