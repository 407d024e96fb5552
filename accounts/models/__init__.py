from accounts.models.memberships import Membership
from accounts.models.organisations import (
    Organisation,
    OrganisationDescription,
    OrganisationKind,
)
from accounts.models.pages import OrganisationIndexPage
from accounts.models.users import User

__all__ = [
    "Membership",
    "Organisation",
    "OrganisationDescription",
    "OrganisationIndexPage",
    "OrganisationKind",
    "User",
]
