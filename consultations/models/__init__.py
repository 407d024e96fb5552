from consultations.models.answers import Answer, ConsultationReport, MinimumPeriod, Outcome
from consultations.models.comments import (
    THREAD_STATES,
    Comment,
    CommentKind,
    CommentRevision,
    CommentState,
    CoSignature,
    Flag,
)
from consultations.models.events import ConsultationEvent, EventAudience, EventKind
from consultations.models.pages import (
    AttachmentKind,
    CommentPolicy,
    ConsultationAttachment,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuerySet,
    ConsultationStatus,
    DraftKind,
    InstitutionConsultationsPage,
    ModerationPolicy,
    status_conditions,
)
from consultations.models.subscriptions import ConsultationSubscription
from consultations.models.versions import DraftVersion, PartChange, VersionStage

__all__ = [
    "THREAD_STATES",
    "Answer",
    "AttachmentKind",
    "CoSignature",
    "Comment",
    "CommentKind",
    "CommentPolicy",
    "CommentRevision",
    "CommentState",
    "ConsultationAttachment",
    "ConsultationEvent",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationQuerySet",
    "ConsultationReport",
    "ConsultationStatus",
    "ConsultationSubscription",
    "DraftKind",
    "DraftVersion",
    "EventAudience",
    "EventKind",
    "Flag",
    "InstitutionConsultationsPage",
    "MinimumPeriod",
    "ModerationPolicy",
    "Outcome",
    "PartChange",
    "VersionStage",
    "status_conditions",
]
