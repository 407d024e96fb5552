"""Every change to a consultation's comments, one class per change: views,
the admin, the live socket and the demo seeds call these, so each path checks
permissions, writes, logs and signals the same way."""

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
    TooManyCommentsError,
    WithdrawComment,
    moderation_decisions,
    refusal_to_comment,
)

__all__ = [
    "LOG_ACTIONS",
    "MODERATION_DECISIONS",
    "ApproveComment",
    "CoSignComment",
    "CommentPermissionError",
    "EditComment",
    "FlagComment",
    "HideComment",
    "PostComment",
    "RejectComment",
    "RestoreComment",
    "TooManyCommentsError",
    "WithdrawComment",
    "moderation_decisions",
    "refusal_to_comment",
]
