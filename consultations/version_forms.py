"""The forms of a new version of the draft: its parts, each with the part of
the version before that it continues, and the comments behind a change."""

from django import forms
from django.conf import settings
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from consultations.draft_import.forms import PART_FIELDS, DraftPartForm
from consultations.models import Comment, VersionStage
from consultations.reports import answerable_comments


def match_choices(previous):
    """The earlier parts a new part may continue, by heading and title."""
    return [
        ("", _("None: a part added")),
        *(
            (part_id, Truncator(" ".join(filter(None, [label, title])) or text).chars(80))
            for part_id, _kind, label, title, text in previous
        ),
    ]


class VersionPartForm(DraftPartForm):
    merge = None
    match = forms.ChoiceField(label=_("Continues the part"), required=False)

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["match"].choices = choices


class BaseVersionPartFormSet(forms.BaseFormSet):
    def rows(self):
        """``(previous_id, kind, label, title, text)`` of each part kept."""
        return [
            (form.cleaned_data["match"], *(form.cleaned_data[name] for name in PART_FIELDS))
            for form in self.forms
            if not self._should_delete_form(form)
        ]


VersionPartFormSet = forms.formset_factory(
    VersionPartForm,
    formset=BaseVersionPartFormSet,
    extra=0,
    can_delete=True,
    max_num=settings.IRIS_MAX_DRAFT_PARTS,
    validate_max=True,
)


def version_part_forms(previous, rows, matches, data=None):
    """The preview's formset: ``rows`` (``(kind, label, title, text)``) with
    ``matches`` proposed, or the posted ``data``."""
    kwargs = {"form_kwargs": {"choices": match_choices(previous)}}
    if data is not None:
        return VersionPartFormSet(data, **kwargs)
    return VersionPartFormSet(
        initial=[
            {"match": match, **dict(zip(PART_FIELDS, row, strict=True))}
            for match, row in zip(matches, rows, strict=True)
        ],
        **kwargs,
    )


class VersionForm(forms.Form):
    based_on = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    stage = forms.ChoiceField(
        label=_("Stage"),
        choices=[choice for choice in VersionStage.choices if choice[0] != VersionStage.CONSULTED],
        initial=VersionStage.REVISED,
    )
    note = forms.CharField(
        label=_("What this version changes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class LinkCommentsForm(forms.Form):
    """The comments that led to the change of one part of a version."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=2)
    part_id = forms.CharField(widget=forms.HiddenInput, max_length=64)
    comments = forms.ModelMultipleChoiceField(
        label=_("Comments that led to this change"),
        queryset=Comment.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "Only published comments on this consultation, not replies or withdrawn "
                "ones, can be linked to its changes."
            )
        },
    )

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comments"].queryset = answerable_comments(consultation)


class CompareForm(forms.Form):
    """Which two versions the "what changed and why" page compares."""

    earlier = forms.TypedChoiceField(label=_("From version"), coerce=int)
    later = forms.TypedChoiceField(label=_("To version"), coerce=int)

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(version.number, str(version.number)) for version in versions]
        for name in ("earlier", "later"):
            self.fields[name].choices = choices
            self.fields[name].error_messages["invalid_choice"] = _(
                "There is no public version %(value)s of this draft."
            )

    def clean(self):
        data = super().clean()
        if not self.errors and data["earlier"] >= data["later"]:
            raise forms.ValidationError(
                _("Choose an earlier version first, then a later one."), code="order"
            )
        return data
