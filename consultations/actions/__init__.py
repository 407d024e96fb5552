"""Every change to consultations, one class per change, one module per area
(``answers``, ``comments``, ``draft``, ``personal_data``, ``subscriptions``): views, the admin, the live socket and the demo
seeds call the same classes, so every path checks, writes, logs and signals
alike."""

from consultations.actions.comments import (
    LOG_ACTIONS,
    MODERATION_DECISIONS,
    ApproveComment,
    CommentPermissionError,
    CoSignComment,
    EditComment,
    FlagComment,
    HideComment,
    PostComment,
    RejectComment,
    RestoreComment,
    TakeHearingComment,
    TooManyCommentsError,
    WithdrawComment,
    moderation_decisions,
    refusal_to_comment,
    refusal_to_cosign,
    refusal_to_reply,
    take_hearing_comment,
)
from consultations.actions.personal_data import ErasePersonalData, erase_personal_data

__all__ = [
    "LOG_ACTIONS",
    "MODERATION_DECISIONS",
    "ApproveComment",
    "CoSignComment",
    "CommentPermissionError",
    "EditComment",
    "ErasePersonalData",
    "FlagComment",
    "HideComment",
    "PostComment",
    "RejectComment",
    "RestoreComment",
    "TakeHearingComment",
    "TooManyCommentsError",
    "WithdrawComment",
    "erase_personal_data",
    "moderation_decisions",
    "refusal_to_comment",
    "refusal_to_cosign",
    "refusal_to_reply",
    "take_hearing_comment",
]
