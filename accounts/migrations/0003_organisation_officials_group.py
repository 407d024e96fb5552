import django.db.models.deletion
from django.db import migrations, models

GOVERNMENTAL = ["public", "local"]
# As accounts.roles.OFFICIALS_GROUP_NAME when this migration was written.
OFFICIALS_GROUP_NAME = "Officials of {name} [{pk}]"


def officials_groups(apps, schema_editor):
    """A group of officials for each institution, holding its confirmed members."""
    Group = apps.get_model("auth", "Group")
    Organisation = apps.get_model("accounts", "Organisation")
    Membership = apps.get_model("accounts", "Membership")
    for institution in Organisation.objects.filter(kind__in=GOVERNMENTAL):
        name = OFFICIALS_GROUP_NAME.format(name=institution.name[:110], pk=institution.pk)
        group, _created = Group.objects.get_or_create(name=name)
        institution.officials_group = group
        institution.save(update_fields=["officials_group"])
        members = Membership.objects.filter(
            organisation=institution, confirmed_at__isnull=False
        ).values_list("user_id", flat=True)
        group.user_set.add(*members)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_directory"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="officials_group",
            field=models.OneToOneField(
                blank=True,
                editable=False,
                help_text="The confirmed members of a public institution: feature apps grant "
                "it page permissions on the institution's part of the page tree.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="officials_of",
                to="auth.group",
                verbose_name="group of its officials",
            ),
        ),
        migrations.RunPython(officials_groups, migrations.RunPython.noop),
    ]
