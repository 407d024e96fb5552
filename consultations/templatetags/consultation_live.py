"""``{% live_thread page %}``: the consultation page's live region and script."""

from django import template

from consultations.models import ConsultationEvent, EventAudience
from consultations.permissions import can_moderate
from consultations.routing import live_path

register = template.Library()


@register.inclusion_tag("consultations/includes/live.html", takes_context=True)
def live_thread(context, page, after):
    """The numbers of the last events the page shows (``after``: the public
    one, read by the view before the comments it shows), so the socket starts
    right after them: nothing between the page and the socket is lost."""
    user = context["request"].user
    moderating = can_moderate(user, page)
    return {
        "live_path": live_path(page),
        # Once the period is over no comment comes; moderation and answers still do.
        "is_open": page.is_open,
        "after": after,
        "moderators_after": (
            ConsultationEvent.objects.latest_sequence(page, EventAudience.MODERATORS)
            if moderating
            else None
        ),
    }
