"""Each consultation moves into its institution's section of the tree, whose
page permissions belong to the institution's officials; the public officials'
role loses its permissions on the whole consultation index. A published
consultation's old address redirects to the new one.

Historical models know nothing of treebeard, so the tree is written here as
treebeard writes it: a materialised path of 4-character base-36 steps."""

import uuid

from django.db import migrations
from django.utils import timezone

STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
OFFICIAL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
PUBLIC_OFFICIALS = "Public officials"


def encode(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def next_child_path(Page, parent):
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    number = int(last[-STEP:], len(ALPHABET)) + 1 if last else 1
    return parent.path + encode(number)


def recount_children(Page, page):
    page.numchild = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
    page.save(update_fields=["numchild"])


def move_under(Page, page, section):
    """Move ``page`` and what lies below it to the end of ``section``'s children."""
    old_path, old_url_path = page.path, page.url_path
    new_path = next_child_path(Page, section)
    new_url_path = f"{section.url_path}{page.slug}/"
    shift = section.depth + 1 - page.depth
    for moved in Page.objects.filter(path__startswith=old_path):
        moved.path = new_path + moved.path[len(old_path) :]
        moved.depth += shift
        moved.url_path = new_url_path + moved.url_path[len(old_url_path) :]
        moved.save(update_fields=["path", "depth", "url_path"])


def language_path(Page, page, language_code):
    """The public path of ``page``: its URL path below its home page, under
    the language prefix (as ``i18n_patterns`` serves it)."""
    home = Page.objects.get(path=page.path[: 2 * STEP])
    below_home = page.url_path[len(home.url_path) :].rstrip("/")
    return f"/{language_code}/{below_home}"


def into_sections(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    Organisation = apps.get_model("accounts", "Organisation")
    ConsultationIndexPage = apps.get_model("consultations", "ConsultationIndexPage")
    ConsultationPage = apps.get_model("consultations", "ConsultationPage")
    Section = apps.get_model("consultations", "InstitutionConsultationsPage")

    section_type, _created = ContentType.objects.get_or_create(
        app_label="consultations", model="institutionconsultationspage"
    )
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=OFFICIAL_PAGE_PERMISSIONS
        )
    )
    translation_keys = {}
    now = timezone.now()
    for index in ConsultationIndexPage.objects.order_by("path"):
        language_code = index.locale.language_code
        consultations = ConsultationPage.objects.filter(
            path__startswith=index.path, depth=index.depth + 1
        ).order_by("path")
        for consultation in consultations:
            institution = Organisation.objects.get(pk=consultation.institution_id)
            section = Section.objects.filter(
                path__startswith=index.path, depth=index.depth + 1, institution=institution
            ).first()
            if section is None:
                section = Section.objects.create(
                    title=institution.name,
                    draft_title=institution.name,
                    slug=institution.slug,
                    institution=institution,
                    content_type=section_type,
                    locale_id=index.locale_id,
                    translation_key=translation_keys.setdefault(institution.pk, uuid.uuid4()),
                    path=next_child_path(Page, index),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{institution.slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
                group = institution.officials_group or Group.objects.get_or_create(
                    name=f"Officials of {institution.name[:110]} [{institution.pk}]"
                )[0]
                if institution.officials_group_id is None:
                    institution.officials_group = group
                    institution.save(update_fields=["officials_group"])
                for permission in permissions:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page_id=section.pk, permission=permission
                    )
            old_path = language_path(Page, consultation, language_code)
            page = Page.objects.get(pk=consultation.pk)
            move_under(Page, page, Page.objects.get(pk=section.pk))
            page.refresh_from_db()
            if page.live:
                Redirect.objects.get_or_create(
                    old_path=old_path,
                    site=None,
                    defaults={"redirect_page_id": page.pk, "automatically_created": True},
                )
        for page in Page.objects.filter(path__startswith=index.path, depth__lte=index.depth + 1):
            recount_children(Page, page)
    # The role of all officials no longer reaches into every institution's drafts.
    GroupPagePermission.objects.filter(
        group__name=PUBLIC_OFFICIALS,
        page__in=ConsultationIndexPage.objects.values_list("pk", flat=True),
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_organisation_officials_group"),
        ("consultations", "0006_institution_sections"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(into_sections, migrations.RunPython.noop)]
