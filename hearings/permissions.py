"""Who may see who registered for a hearing: the one rule the list, the
sign-in sheet and the exports ask. Nobody else learns it."""

from accounts.permissions import is_editor, is_official_of


def organising_institutions(hearing):
    """The hearing's organising institutions and the institutions responsible
    for the consultations it is about (read from the consultation page, which
    this app names only by its type)."""
    institutions = set(hearing.organisers.all())
    for page in hearing.consultations.all():
        institution = getattr(page.specific, "institution", None)
        if institution is not None:
            institutions.add(institution)
    return institutions


def can_see_registrations(user, hearing):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return is_editor(user) or any(
        is_official_of(user, institution) for institution in organising_institutions(hearing)
    )
