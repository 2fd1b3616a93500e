"""The life of an application as an explicit state machine (no Qt, no database)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import DomainError
from desktop.domain.roles import Action

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "TRANSITIONS",
    "WORKFLOW_ORDER",
    "Status",
    "Transition",
    "WorkflowError",
    "available_transitions",
    "transition",
]


class Status(StrEnum):
    REGISTERED = "registered"
    DOCUMENTS_COMPLETE = "documents_complete"
    UNDER_EXAMINATION = "under_examination"
    EXAMINED = "examined"
    CONCLUSION_DRAFTED = "conclusion_drafted"
    BEING_SIGNED = "being_signed"
    ISSUED_AGREED = "issued_agreed"
    ISSUED_NOT_AGREED = "issued_not_agreed"
    REFUSED = "refused"
    CLOSED = "closed"
    """Every exported item is back or accounted for, and the return act is signed."""


FINAL_STATUSES = frozenset({Status.ISSUED_AGREED, Status.ISSUED_NOT_AGREED, Status.REFUSED,
                            Status.CLOSED})
"""Decided: the deadlines no longer run and the documents of the request are locked."""
ACTIVE_STATUSES = frozenset(Status) - FINAL_STATUSES
WORKFLOW_ORDER: dict[Status, int] = {s: rank for rank, s in enumerate(Status)}
"""Each status's place in the workflow (the order above): the registry sorts by it."""


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[Status]
    target: Status
    action: Action
    """The permission a user needs to take this step."""
    needs_reason: bool = False
    automatic: bool = False
    """Taken only by the conclusion service, as a consequence of drafting or signing."""


def _t(
    name: str, sources: set[Status], target: Status, action: Action, needs_reason: bool = False,
    automatic: bool = False,
) -> Transition:
    return Transition(name, frozenset(sources), target, action, needs_reason, automatic)


S = Status
TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t("complete_documents", {S.REGISTERED}, S.DOCUMENTS_COMPLETE, Action.IMPORT_DOCUMENTS),
        _t("start_examination", {S.DOCUMENTS_COMPLETE}, S.UNDER_EXAMINATION,
           Action.RECORD_EXAMINATION),
        _t("finish_examination", {S.UNDER_EXAMINATION}, S.EXAMINED, Action.AGREE_RESULT),
        _t("draft_conclusion", {S.EXAMINED}, S.CONCLUSION_DRAFTED, Action.RENDER,
           automatic=True),
        _t("start_signing", {S.CONCLUSION_DRAFTED}, S.BEING_SIGNED, Action.SIGN, automatic=True),
        _t("issue_agreed", {S.BEING_SIGNED}, S.ISSUED_AGREED, Action.SIGN, automatic=True),
        _t("issue_not_agreed", {S.BEING_SIGNED}, S.ISSUED_NOT_AGREED, Action.SIGN,
           automatic=True),
        _t("repeat_examination",
           {S.EXAMINED, S.CONCLUSION_DRAFTED, S.BEING_SIGNED, S.ISSUED_NOT_AGREED},
           S.UNDER_EXAMINATION, Action.AGREE_RESULT, needs_reason=True),
        _t("refuse", set(ACTIVE_STATUSES), S.REFUSED, Action.REFUSE, needs_reason=True),
        _t("close", {S.ISSUED_AGREED}, S.CLOSED, Action.SIGN, automatic=True),
    )
}


class WorkflowError(DomainError):
    """A step cannot be taken; ``values`` are the step and the status it was tried in."""

    code = "workflow"
    terms = ("step", "status")

    def __init__(self, message: str, *, transition: str, status: Status,
                 reason: str) -> None:
        super().__init__(message, transition, status, reason=reason)
        self.transition = transition
        self.status = status


def transition(current: Status, name: str, reason: str | None = None) -> Status:
    """Return the status after taking *name* from *current*, or raise :class:`WorkflowError`."""
    step = TRANSITIONS.get(name)
    if step is None:
        raise WorkflowError(f"unknown step '{name}'", transition=name, status=current,
                            reason="unknown_step")
    if current not in step.sources:
        allowed = ", ".join(sorted(s.value for s in step.sources))
        raise WorkflowError(
            f"cannot take the step '{name}' from the status '{current}'; "
            f"it is allowed from: {allowed}",
            transition=name,
            status=current,
            reason="not_from_status",
        )
    if step.needs_reason and not (reason and reason.strip()):
        raise WorkflowError(
            f"the step '{name}' needs a stated reason", transition=name, status=current,
            reason="needs_reason",
        )
    return step.target


def available_transitions(current: Status) -> list[Transition]:
    """The steps that can be taken from *current*, in the order they are declared."""
    return [t for t in TRANSITIONS.values() if current in t.sources]
