from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consultations.models import ConsultationStatus


class ConsultationFilterForm(forms.Form):
    """Narrows the consultation index to one status; each choice says how
    many consultations it holds."""

    status = forms.ChoiceField(label=_("Show"), required=False, widget=forms.RadioSelect)

    def __init__(self, *args, counts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", self.counted(gettext("All"), sum(counts.values()))),
            *[
                (status.value, self.counted(status.label, counts[status.value]))
                for status in ConsultationStatus
            ],
        ]
        self.fields["status"].initial = ""

    @staticmethod
    def counted(label, count):
        return gettext("%(label)s (%(count)d)") % {"label": label, "count": count}
