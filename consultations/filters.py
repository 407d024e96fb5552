"""The consultation index's filters, on the shell's ``FacetFilterForm``. They
read no model: the index page, which imports them, hands them its
consultations."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consultations.status import ConsultationStatus
from iris_site.facets import FacetFilterForm, counted, facet_choices


class ConsultationFilterForm(FacetFilterForm):
    """Narrows the consultation index by status, country, responsible
    institution and policy area."""

    status = forms.ChoiceField(label=_("Show"), required=False, widget=forms.RadioSelect)
    institution = forms.ChoiceField(label=_("Responsible institution"), required=False)

    field_order = ["status", "country", "institution", "policy_area"]
    lookups = {**FacetFilterForm.lookups, "institution": "institution__slug"}

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, items=items, **kwargs)
        counts = items.status_counts()
        self.fields["status"].choices = [
            ("", counted(gettext("All"), sum(counts.values()))),
            *[
                (status.value, counted(status.label, counts[status.value]))
                for status in ConsultationStatus
            ],
        ]
        self.fields["status"].initial = ""
        self.fields["institution"].choices = facet_choices(
            gettext("All institutions"), items, "institution__slug", "institution__name"
        )

    def filter_by(self, items, name, value):
        if name == "status":
            return items.with_status(value)
        return super().filter_by(items, name, value)
