"""What happens to a person's part in consultations when they delete their
account (the PERSONAL_DATA hook; ``accounts.actions.DeleteAccount`` calls it
inside its transaction)."""

from django.db import transaction

from consultations import signals
from consultations.models import Comment, ConsultationSubscription, Flag


class ErasePersonalData:
    """Their subscription goes. Their comments stay, signed by the nameless
    account ("Former participant"), unless ``remove_contributions``: then
    each keeps its place in the thread as a tombstone (``Comment.is_removed``)
    without its text, proposed wording, earlier wordings or attachment, so
    replies and the institution's answer still have a comment to belong to;
    the reasons they gave when flagging comments go too. Co-signatures are
    the organisation's and stay."""

    def __init__(self, user, remove_contributions=False):
        self.user = user
        self.remove_contributions = remove_contributions

    def execute(self):
        with transaction.atomic():
            ConsultationSubscription.objects.filter(user=self.user).delete()
            comments = list(
                Comment.objects.filter(author=self.user).select_related("consultation", "parent")
            )
            if self.remove_contributions:
                Flag.objects.filter(flagged_by=self.user).update(reason="")
                for comment in comments:
                    self._remove(comment)
            # Each comment now shows "Former participant" or a tombstone: the
            # event tells live readers, and moves on the page's cached parts.
            for comment in comments:
                signals.comment_edited.send(sender=type(self), comment=comment)

    def _remove(self, comment):
        if comment.attachment:
            comment.attachment.delete(save=False)
        comment.revisions.all().delete()
        comment.text = comment.proposed_text = ""
        comment.edited_at = None
        comment.save(update_fields=["text", "proposed_text", "attachment", "edited_at"])


def erase_personal_data(user, remove_contributions):
    ErasePersonalData(user, remove_contributions).execute()
