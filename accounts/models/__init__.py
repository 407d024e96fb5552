from accounts.models.memberships import Membership
from accounts.models.organisations import Organisation, OrganisationKind
from accounts.models.pages import OrganisationIndexPage
from accounts.models.users import User

__all__ = ["Membership", "Organisation", "OrganisationIndexPage", "OrganisationKind", "User"]
