from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from consultations.models import Comment, CommentKind, ConsultationStatus, Outcome
from consultations.reports import ORGANISATION_TYPES, answerable_comments


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


class AnsweringFilterForm(forms.Form):
    """Narrows the answering screen: unanswered comments, one kind, one type
    of organisation."""

    unanswered = forms.BooleanField(label=_("Unanswered only"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *CommentKind.choices]
    )
    organisation_type = forms.ChoiceField(
        label=_("Organisation type"),
        required=False,
        choices=[("", _("All types")), *ORGANISATION_TYPES],
    )


class AnswerForm(forms.Form):
    """The answer to one comment, or to several identical ones at once."""

    comments = forms.ModelMultipleChoiceField(
        label=_("Comments"),
        queryset=Comment.objects.none(),
        error_messages={
            "required": _("Choose at least one comment to answer."),
            "invalid_choice": _("Comment %(value)s cannot be answered on this consultation."),
            "invalid_pk_value": _("Comment %(pk)s cannot be answered on this consultation."),
        },
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    reasoning = forms.CharField(
        label=_("Reasoning"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000
    )

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comments"].queryset = answerable_comments(consultation)


class ReportForm(forms.Form):
    introduction = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("How the consultation went and what the institution will change."),
    )
