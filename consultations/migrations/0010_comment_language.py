from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def written_in_the_original_language(apps, schema_editor):
    """Earlier comments recorded no language: the page they were posted on is
    not known, so each takes its consultation's original language."""
    Comment = apps.get_model("consultations", "Comment")
    Page = apps.get_model("wagtailcore", "Page")
    Comment.objects.filter(language="").update(
        language=Subquery(
            Page.objects.filter(pk=OuterRef("consultation_id")).values("locale__language_code")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0009_comments_said_at_hearings"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="language",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="The language of the page it was written on.",
                max_length=16,
                verbose_name="language",
            ),
        ),
        migrations.RunPython(written_in_the_original_language, migrations.RunPython.noop),
    ]
