from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("policy_library", "0004_copy_country_and_file"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="librarydocumentpage",
            name="country",
        ),
        migrations.RemoveField(
            model_name="librarydocumentpage",
            name="file",
        ),
        migrations.RemoveField(
            model_name="librarydocumentpage",
            name="file_problem",
        ),
        migrations.RemoveField(
            model_name="librarydocumentpage",
            name="file_text",
        ),
    ]
