from allauth.account.views import LoginView as AllauthLoginView
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import permissions
from accounts.actions import (
    AccountAlreadyDeleted,
    ConfirmMembership,
    DeleteAccount,
    EndMembership,
    MembershipPermissionError,
    RequestMembership,
    UpdateProfile,
)
from accounts.forms import DeleteAccountForm, MembershipRequestForm, ProfileForm
from accounts.models import Membership
from accounts.queries import personal_data
from iris_site import hooks


class LoginView(AllauthLoginView):
    """allauth's log-in, answering 429 Too Many Requests once an account has
    had too many failed attempts (allauth itself answers 200 with the error)."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error("__all__", code="too_many_login_attempts"):
            response.status_code = 429
        return response


@login_required
def profile(request):
    user = request.user
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        try:
            UpdateProfile(user, **form.cleaned_data).execute()
        except MembershipPermissionError as error:
            form.add_error("speaking_for", str(error))
        else:
            messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:profile")
    memberships = user.memberships.select_related("organisation").order_by("organisation__name")
    pending = (
        Membership.objects.pending()
        .filter(organisation__in=permissions.managed_organisations(user))
        .exclude(user=user)
        .select_related("user", "organisation")
    )
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "memberships": memberships,
            "pending_requests": pending,
            "request_form": MembershipRequestForm(),
            "panels": hooks.panels(hooks.PROFILE_PANELS, request),
        },
    )


@login_required
@require_POST
def request_membership(request):
    form = MembershipRequestForm(request.POST)
    if form.is_valid():
        try:
            RequestMembership(
                request.user, form.cleaned_data["organisation"], form.cleaned_data["position"]
            ).execute()
        except ValidationError as error:
            form.add_error("organisation", error)
        else:
            messages.success(
                request,
                _("We have asked %(organisation)s to confirm your membership.")
                % {"organisation": form.cleaned_data["organisation"]},
            )
            return redirect("accounts:profile")
    return render(
        request,
        "accounts/membership_request.html",
        {"request_form": form},
        status=400,
    )


@login_required
@require_POST
def decide_membership(request, pk, decision):
    membership = get_object_or_404(Membership.objects.select_related("organisation", "user"), pk=pk)
    names = {"person": membership.user, "organisation": membership.organisation}
    try:
        if decision == "confirm":
            ConfirmMembership(membership, by=request.user).execute()
            message = _("%(person)s can now speak for %(organisation)s.")
        else:
            EndMembership(membership, by=request.user).execute()
            message = _ended_message(membership, request.user)
    except MembershipPermissionError as error:
        return render(request, "403.html", {"reason": str(error)}, status=403)
    messages.success(request, message % names)
    return redirect("accounts:profile")


@login_required
def download_data(request):
    """Everything the site holds about the signed-in person, as a JSON file."""
    response = JsonResponse(personal_data(request.user), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = 'attachment; filename="iris-dialogue-my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def delete_account(request):
    """The form that deletes the signed-in person's account (GET shows it)."""
    form = DeleteAccountForm(request.user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            DeleteAccount(
                request.user, remove_contributions=form.cleaned_data["remove_contributions"]
            ).execute()
        except AccountAlreadyDeleted as error:
            form.add_error(None, error)
        else:
            logout(request)
            messages.success(
                request, _("Your account has been deleted. Thank you for taking part.")
            )
            return redirect("/")
    return render(
        request,
        "accounts/delete_account.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


def _ended_message(membership, by):
    if membership.user_id == by.pk:
        if membership.is_confirmed:
            return _("You no longer speak for %(organisation)s.")
        return _("You have withdrawn your request to join %(organisation)s.")
    if membership.is_confirmed:
        return _("%(person)s no longer speaks for %(organisation)s.")
    return _("You have declined the request of %(person)s to join %(organisation)s.")
