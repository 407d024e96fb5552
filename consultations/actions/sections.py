"""Each institution's part of the consultation tree, and the page permissions
that let its officials act there and nowhere else. Wagtail's page permission
policy then applies the one rule to every admin view."""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from accounts.roles import officials_group_of
from consultations.models import ConsultationIndexPage, InstitutionConsultationsPage

# What an institution's officials may do in its section: write drafts,
# change them and publish them (deleting and moving stay with administrators).
OFFICIAL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


class OpenInstitutionSection:
    """Give an institution its section under the consultation index, in the
    index's language and in every language the index is translated into, so
    its officials can write a draft in any of them."""

    def __init__(self, index, institution):
        self.index = index
        self.institution = institution

    def execute(self):
        with transaction.atomic():
            section = self._section_under(self.index)
            for index in self.index.get_translations():
                if self._existing_under(index) is None:
                    translation = section.copy_for_translation(index.locale)
                    translation.save_revision().publish()
        return section

    def _existing_under(self, index):
        return (
            InstitutionConsultationsPage.objects.child_of(index)
            .filter(institution=self.institution)
            .first()
        )

    def _section_under(self, index):
        section = self._existing_under(index)
        if section is None:
            section = InstitutionConsultationsPage(
                title=self.institution.name,
                slug=self.institution.slug,
                institution=self.institution,
                locale=index.locale,
            )
            index.add_child(instance=section)
            section.save_revision().publish()
        return section


def open_sections_for(institution):
    """The institution's section under every consultation index, created where
    missing (one index per site and language, translations included)."""
    originals = {}
    for index in ConsultationIndexPage.objects.order_by("pk"):
        originals.setdefault(index.translation_key, index)
    return [OpenInstitutionSection(index, institution).execute() for index in originals.values()]


def grant_section_to_officials(section):
    """The institution's officials hold the page permissions on its section
    (in every language: each translation is a page of its own), and no other
    institution's officials do."""
    group = officials_group_of(section.institution)
    GroupPagePermission.objects.filter(page=section, group__officials_of__isnull=False).exclude(
        group=group
    ).delete()
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=OFFICIAL_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=section, permission=permission)


# Receivers, connected in ConsultationsConfig.ready() ---------------------------------


def section_saved(sender, instance, **kwargs):
    """A section created (by an editor, a translation or the demo) or given to
    another institution: its permissions follow."""
    grant_section_to_officials(instance)


def membership_confirmed(sender, membership, **kwargs):
    """An institution's confirmed official finds its section ready to write in."""
    if membership.organisation.is_governmental:
        open_sections_for(membership.organisation)


def consultation_moved(sender, instance, **kwargs):
    """A consultation moved into another institution's section belongs to it
    (Wagtail saves a moved page as a plain page, without its own cleaning)."""
    from consultations.models import ConsultationPage

    section = InstitutionConsultationsPage.objects.ancestor_of(instance).first()
    if section is not None:
        ConsultationPage.objects.filter(pk=instance.pk).update(institution=section.institution_id)
