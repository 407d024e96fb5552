from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from consultations.actions.subscriptions import Subscribe, Unsubscribe, subscriber_for_token
from consultations.models import ConsultationSubscription
from consultations.subscriptions.forms import SubscriptionForm


@login_required
def manage(request):
    """Follow new consultations, choose which, or stop."""
    subscription = ConsultationSubscription.objects.filter(user=request.user).first()
    form = SubscriptionForm.for_subscription(subscription, request.POST or None)
    if request.method == "POST" and "stop" in request.POST:
        Unsubscribe(request.user.pk).execute()
        messages.success(request, _("You will no longer hear of new consultations."))
        return redirect("consultations_subscription")
    if request.method == "POST" and form.is_valid():
        Subscribe(request.user, **form.cleaned_data).execute()
        messages.success(
            request, _("Saved: we will e-mail you when a consultation you follow is published.")
        )
        return redirect("consultations_subscription")
    return render(
        request,
        "consultations/subscriptions/manage.html",
        {"form": form, "subscription": subscription},
        status=400 if form.errors else 200,
    )


# Mail programs that offer "Unsubscribe" post here without a CSRF token
# (RFC 8058); the signed token in the address is the proof.
@csrf_exempt
def unsubscribe(request, token):
    """The link in every announcement: a button to confirm (link checkers
    that open the address unsubscribe no one), or the one-click POST."""
    user_id = subscriber_for_token(token)
    if user_id is None:
        return render(request, "consultations/subscriptions/unsubscribe.html", {}, status=404)
    if request.method == "POST":
        Unsubscribe(user_id).execute()
        return render(request, "consultations/subscriptions/unsubscribe.html", {"done": True})
    return render(request, "consultations/subscriptions/unsubscribe.html", {"token": token})


def profile_panel(request):
    """The profile's "New consultations" section: what the person follows."""
    subscription = (
        ConsultationSubscription.objects.filter(user=request.user)
        .prefetch_related("policy_areas")
        .first()
    )
    return {"subscription": subscription}
