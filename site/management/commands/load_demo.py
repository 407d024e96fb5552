import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from iris_site.seeds import DemoSite, load_all

ADMIN_EMAIL = "admin@iris-dialogue.example"


class Command(BaseCommand):
    help = "Fill the site with the network's demo content. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Password for the demo administrator and people (default: kept in var/).",
        )

    def handle(self, *args, password=None, **options):
        password = password or self.demo_password()
        demo = DemoSite(password=password, stdout=self.stdout)
        admin = demo.ensure_user(ADMIN_EMAIL, "Ana", "Admin", is_staff=True, is_superuser=True)
        admin.set_password(password)
        admin.save(update_fields=["password"])
        load_all(demo)
        people = get_user_model().objects.count()
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({people} people)."))
        self.stdout.write(
            f"Admin log-in: {ADMIN_EMAIL} / {password}  (/admin/ on the demo's address)"
        )
        self.stdout.write(f"Every demo person signs in with the same password: {password}")
        width = max((len(email) for email, _role in demo.people), default=0)
        for email, role in demo.people:
            self.stdout.write(f"  {email:<{width}}  {role}")

    def demo_password(self):
        """One password per checkout, so the printed log-in stays valid."""
        path = settings.VAR_DIR / "demo_password"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(12))
        return path.read_text().strip()
