"""The editor's form of a library document (a module of its own: the page
model names it as its ``base_form_class``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class LibraryDocumentPageForm(WagtailAdminPageForm):
    def clean(self):
        """A country is covered once: a second row of it is refused where it
        was added, rather than by the database on save."""
        cleaned_data = super().clean()
        countries = self.formsets["countries"]
        countries.is_valid()
        seen = set()
        for form in countries.forms:
            country = getattr(form, "cleaned_data", {}).get("country")
            if not country or form in countries.deleted_forms:
                continue
            if country in seen:
                form.add_error("country", _("This country is already listed."))
            seen.add(country)
        return cleaned_data
