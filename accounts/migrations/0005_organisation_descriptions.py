"""An organisation's description moves into OrganisationDescription, one row
per language, so that wagtail-localize can translate it; each description
written so far becomes the original, in the site's default language."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def default_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    return (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
    )


def descriptions_to_rows(apps, schema_editor):
    Organisation = apps.get_model("accounts", "Organisation")
    OrganisationDescription = apps.get_model("accounts", "OrganisationDescription")
    described = Organisation.objects.exclude(description="")
    if not described.exists():
        return
    locale = default_locale(apps)
    OrganisationDescription.objects.bulk_create(
        OrganisationDescription(
            organisation=organisation,
            description=organisation.description,
            locale=locale,
            translation_key=uuid.uuid4(),
        )
        for organisation in described
    )


def originals_to_descriptions(apps, schema_editor):
    Organisation = apps.get_model("accounts", "Organisation")
    OrganisationDescription = apps.get_model("accounts", "OrganisationDescription")
    for original in OrganisationDescription.objects.order_by("-pk"):
        Organisation.objects.filter(pk=original.organisation_id).update(
            description=original.description
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_organisation_translated_names"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="OrganisationDescription",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("description", models.TextField(verbose_name="description")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="descriptions",
                        to="accounts.organisation",
                        verbose_name="organisation",
                    ),
                ),
            ],
            options={
                "verbose_name": "organisation's description",
                "verbose_name_plural": "organisations' descriptions",
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(
                        fields=("organisation", "locale"),
                        name="one_organisation_description_per_locale",
                    )
                ],
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.RunPython(descriptions_to_rows, originals_to_descriptions),
        migrations.RemoveField(model_name="organisation", name="description"),
    ]
