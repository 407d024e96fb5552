"""What happens to comments, sent by the actions once the change is written.

Receivers (live threads, notifications, search) connect in their app's
``ready()``; every signal is sent inside the action's transaction, so a
receiver that talks to the outside world defers with ``transaction.on_commit``.

Each signal sends ``sender=<the action class>`` and ``comment=<Comment>``;
``answers_published`` sends ``consultation=<ConsultationPage>`` instead.
"""

from django.dispatch import Signal

comment_posted = Signal()  # a new comment or reply, in whatever state moderation left it
comment_published = Signal()  # a pending comment approved by a moderator
comment_edited = Signal()
comment_withdrawn = Signal()
comment_hidden = Signal()  # by a moderator, or by flags from several readers
comment_restored = Signal()
comment_rejected = Signal()
cosignature_added = Signal()
answers_published = Signal()  # the report went public: every answer with it
