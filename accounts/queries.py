"""What the site holds about a person, for the download of their data."""

from allauth.account.models import EmailAddress

from iris_site import hooks


def personal_data(user):
    """Everything the site holds about ``user``: their account, their
    memberships, then what each feature app holds (the PERSONAL_DATA hook)
    under the app's name. Nothing of other people but the organisations'
    names: not who confirmed a membership, nor anyone's address."""
    data = {
        "account": {
            "email": user.email,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user).order_by("pk")
            ],
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": user.preferred_language,
            "speaking_for": user.speaking_for.name if user.speaking_for_id else None,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "memberships": [
            {
                "organisation": membership.organisation.name,
                "position": membership.position,
                "manages_memberships": membership.is_manager,
                "requested_at": membership.requested_at,
                "confirmed_at": membership.confirmed_at,
            }
            for membership in user.memberships.select_related("organisation").order_by("pk")
        ],
    }
    for contribution in hooks.ordered(hooks.PERSONAL_DATA):
        data[contribution.name] = contribution.export(user)
    return data
