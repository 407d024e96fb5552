"""The one country and one file of each document move to the rows that
0003 added, in a migration of their own: on PostgreSQL, rows written here
must be committed before 0005 alters the table (pending trigger events)."""

from django.db import migrations


def to_countries_and_files(apps, schema_editor):
    """Each document's one country and one file become its first country
    covered and its first file, the text read from it and any problem kept."""
    Page = apps.get_model("policy_library", "LibraryDocumentPage")
    Country = apps.get_model("policy_library", "LibraryDocumentCountry")
    File = apps.get_model("policy_library", "LibraryDocumentFile")
    pages = Page.objects.order_by("pk")
    Country.objects.bulk_create(
        Country(page_id=page.pk, country=page.country, sort_order=0)
        for page in pages.exclude(country="").only("country")
    )
    File.objects.bulk_create(
        File(
            page_id=page.pk,
            document_id=page.file_id,
            text=page.file_text,
            problem=page.file_problem,
            sort_order=0,
        )
        for page in pages.exclude(file=None).only("file", "file_text", "file_problem")
    )


def to_country_and_file(apps, schema_editor):
    """Back to one country and one file: the first of each."""
    Page = apps.get_model("policy_library", "LibraryDocumentPage")
    Country = apps.get_model("policy_library", "LibraryDocumentCountry")
    File = apps.get_model("policy_library", "LibraryDocumentFile")
    for country in Country.objects.order_by("-page_id", "-sort_order", "-pk"):
        Page.objects.filter(pk=country.page_id).update(country=country.country)
    for file in File.objects.order_by("-page_id", "-sort_order", "-pk"):
        Page.objects.filter(pk=file.page_id).update(
            file_id=file.document_id, file_text=file.text, file_problem=file.problem
        )


class Migration(migrations.Migration):
    dependencies = [
        ("policy_library", "0003_countries_files_and_related_pages"),
    ]

    operations = [
        migrations.RunPython(to_countries_and_files, to_country_and_file),
    ]
