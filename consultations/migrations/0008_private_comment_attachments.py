"""Comment attachments move from the public media folder to the private
storage, which only a view that checks permissions serves."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import iris_site.storage


def move_to_private_storage(apps, schema_editor):
    Comment = apps.get_model("consultations", "Comment")
    private = iris_site.storage.private_storage()
    for name in Comment.objects.exclude(attachment="").values_list("attachment", flat=True):
        if private.exists(name) or not default_storage.exists(name):
            continue
        with default_storage.open(name) as public_file:
            private.save(name, public_file)
        default_storage.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_consultations_into_sections"),
    ]

    operations = [
        migrations.AlterField(
            model_name="comment",
            name="attachment",
            field=models.FileField(
                blank=True,
                max_length=255,
                storage=iris_site.storage.private_storage,
                upload_to="consultations/comments/%Y/%m/",
                verbose_name="attachment",
            ),
        ),
        migrations.RunPython(move_to_private_storage, migrations.RunPython.noop, elidable=True),
    ]
