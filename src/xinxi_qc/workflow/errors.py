"""Exceptions of the workflow layer.

Every error a user can cause (unknown unit, transition not allowed, missing reason, stale edit,
malformed scoring configuration) is a :class:`WorkflowError` with a one-line Chinese message.
The service raises it *before* anything is written (or inside a rolled-back transaction), so a
failed call never changes the database. Front ends print ``str(exc)`` and exit with status 2.
"""
from __future__ import annotations


class WorkflowError(Exception):
    """Base class: a bad request. ``str(exc)`` is a one-line message for the user."""


class NotFoundError(WorkflowError):
    """A unit, writer, item, solicitation or target that does not exist."""


class ValidationError(WorkflowError):
    """Bad or missing input (e.g. a return without a reason, an unknown level)."""


class TransitionError(WorkflowError):
    """The action is not allowed from the item's current status."""


class StaleVersionError(WorkflowError):
    """The item changed since the caller read it (optimistic concurrency check failed)."""


class ScoringConfigError(WorkflowError):
    """The TOML scoring configuration is malformed."""


class PermissionDeniedError(WorkflowError):
    """The acting account's role or unit does not allow the action."""
