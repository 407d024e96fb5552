"""A speaker's position moves into PersonRole, one row per language, so that
wagtail-localize can translate it; each position written so far becomes the
original, in the site's default language."""

import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


def positions_to_rows(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Person = apps.get_model("hearings", "Person")
    PersonRole = apps.get_model("hearings", "PersonRole")
    people = list(Person.objects.exclude(position=""))
    if not people:
        return
    locale = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
    )
    PersonRole.objects.bulk_create(
        PersonRole(person=person, position=person.position, locale=locale, translation_key=uuid.uuid4())
        for person in people
    )


def originals_to_positions(apps, schema_editor):
    Person = apps.get_model("hearings", "Person")
    PersonRole = apps.get_model("hearings", "PersonRole")
    for original in PersonRole.objects.order_by("-pk"):
        Person.objects.filter(pk=original.person_id).update(position=original.position)


class Migration(migrations.Migration):

    dependencies = [
        ('hearings', '0003_board'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='PersonRole',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('position', models.CharField(max_length=200, verbose_name='position')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('person', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='roles', to='hearings.person', verbose_name='person')),
            ],
            options={
                'verbose_name': "speaker's position",
                'verbose_name_plural': "speakers' positions",
                'abstract': False,
                'constraints': [models.UniqueConstraint(fields=('person', 'locale'), name='one_person_role_per_locale')],
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(positions_to_rows, originals_to_positions),
        migrations.RemoveField(
            model_name='person',
            name='position',
        ),
    ]
