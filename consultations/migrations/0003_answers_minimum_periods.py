"""Default legal minimum consultation periods for the countries of the
network, as the laws read when this was written. They are defaults: editors
correct them in the admin (Settings > Minimum periods) when a law changes,
and an edited period is never overwritten by this migration."""

from django.db import migrations

DEFAULTS = [
    ("AL", 28, "Law No. 146/2014 on public notification and consultation, Art. 17: "
     "at least 20 working days (28 calendar days)."),
    ("BA", 30, "Rules for consultations in drafting legal regulations "
     "(Council of Ministers of BiH): at least 30 days."),
    ("ME", 20, "Decree on the procedure and manner of conducting public consultations "
     "in drafting laws and strategies: at least 20 days."),
    ("MK", 20, "Rules of Procedure of the Government, Art. 68 (ENER): at least 20 days."),
    ("RS", 20, "Law on State Administration, Art. 77: a public debate lasts at least 20 days."),
]


def add_defaults(apps, schema_editor):
    MinimumPeriod = apps.get_model("consultations", "MinimumPeriod")
    for country, days, legal_basis in DEFAULTS:
        MinimumPeriod.objects.get_or_create(
            country=country, defaults={"days": days, "legal_basis": legal_basis}
        )


class Migration(migrations.Migration):
    dependencies = [("consultations", "0002_comments_answers_reports")]

    operations = [migrations.RunPython(add_defaults, migrations.RunPython.noop)]
